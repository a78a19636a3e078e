import Foundation
import Testing

/// `estate industries|needs|capabilities|match` as an officer of the Dinas runs them (issue 18,
/// items 1–3): registering, a mistyped value named with its fix and nothing written, a second
/// registration of one NIB refused, and the explained matches, in JSON with the keys and
/// as text in both languages, a firm lacking a required certification shown as no match with why.
@Suite("estate industries, needs, capabilities, match")
struct ForumCommandTests {
    @Test("register, profile, match, with every refusal named")
    func forum() throws {
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database, "--as-of", "2026-12-07"]
        let seeded = try run.estate(["seed", "--seeds", EndToEndTests.seeds, "--database", run.database])
        #expect(seeded.code == 0, "\(seeded.stderr)")
        let add = ["industries", "add", "9120000000017", "--name", "PT Sinar Motor Indonesia", "--kbli", "29100",
            "--location", "Kawasan Industri Jababeka, Cikarang Utara"]
        let added = try run.estate(add + db)
        #expect(added.code == 0 && added.stdout.contains("Registered"), "\(added.stderr)")
        let twice = try run.estate(add + db)
        #expect(twice.code != 0 && twice.stderr.contains("9120000000017") && twice.stderr.contains("already registered"), "\(twice.stderr)")
        let badKBLI = try run.estate(["industries", "add", "9120000000025", "--name", "PT X", "--kbli", "291", "--location", "Cikarang"] + db)
        #expect(badKBLI.code == 64 && badKBLI.stderr.contains("kbli") && badKBLI.stderr.contains("291"), "\(badKBLI.stderr)")
        let need = ["needs", "add", "9120000000017", "--item", "braket knalpot", "--material", "SPCC", "--volume", "5000",
            "--requires", "iso_9001", "--prefers", "tkdn:40"]
        let badProcess = try run.estate(need + ["--process", "drilling"] + db)
        #expect(badProcess.code == 64 && badProcess.stderr.contains("drilling") && badProcess.stderr.contains("stamping"), "\(badProcess.stderr)")
        let badPercent = try run.estate(need + ["--process", "stamping", "--requires", "iso_9001:40"] + db)
        #expect(badPercent.code == 64 && badPercent.stderr.contains("only TKDN"), "\(badPercent.stderr)")
        let noIndustry = try run.estate(["needs", "add", "9120000000025", "--item", "baut", "--process", "machining"] + db)
        #expect(noIndustry.code != 0 && noIndustry.stderr.contains("9120000000025"), "\(noIndustry.stderr)")
        let recorded = try run.estate(need + ["--process", "stamping"] + db)
        let number = try #require(recorded.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
        #expect(recorded.code == 0 && Int(number) != nil, "\(recorded.stdout)")
        let needs = try run.json(try run.estate(["needs", "--industry", "9120000000017", "--format", "json"] + db).stdout)
        #expect((needs["needs"] as? [[String: Any]])?.count == 1, "nothing of the refused needs was written: \(needs)")
        let set = ["capabilities", "set"]
        let badMachine = try run.estate(set + ["9120983690060", "--process", "stamping", "--machine", "press 60 t:stamping"] + db)
        #expect(badMachine.code == 64 && badMachine.stderr.contains("NAME:PROCESS:UNITS_A_MONTH"), "\(badMachine.stderr)")
        let unknownFirm = try run.estate(set + ["9120000000025", "--process", "stamping"] + db)
        #expect(unknownFirm.code != 0 && unknownFirm.stderr.contains("9120000000025"), "\(unknownFirm.stderr)")
        let able = try run.estate(set + [
            "9120983690060", "--process", "stamping", "--material", "spcc", "--machine", "press 60 t:stamping:6000",
            "--certification", "iso_9001:QMS-1:2027-12-31", "--workers", "12", "--local-workers", "9",
            "--regency", "Kab. Bekasi",
        ] + db)
        #expect(able.code == 0, "\(able.stderr)")
        let lapsed = try run.estate(set + [
            "9120838829624", "--process", "stamping", "--material", "SPCC", "--machine", "press:stamping:9000",
            "--certification", "iso_9001:QMS-2:2026-12-06",
        ] + db)
        #expect(lapsed.code == 0, "\(lapsed.stderr)")
        let shown = try run.estate(["capabilities", "show", "9120838829624", "--lang", "en"] + db)
        #expect(shown.stdout.contains("QMS-2") && shown.stdout.contains("(expired)"), "\(shown.stdout)")
        let matches = try run.json(try run.estate(["match", "--need", number, "--format", "json"] + db).stdout)
        let list = try #require(matches["matches"] as? [[String: Any]])
        let matched = list.compactMap { $0["nib"] as? String }
        #expect(matched.contains("9120983690060") && !matched.contains("9120838829624"), "the lapsed ISO 9001 matches: \(matched)")
        let scores = list.compactMap { $0["score"] as? Int }
        #expect(scores == scores.sorted(by: >), "best first: \(scores)")
        let first = try #require(list.first { $0["nib"] as? String == "9120983690060" })
        #expect(first["need"] as? Int == Int(number) && first["industry"] as? String == "9120000000017" && first["nib"] as? String == "9120983690060")
        let trace = try #require(first["trace"] as? [[String: Any]])
        #expect(trace.count == 8 && trace.reduce(0) { $0 + ($1["points"] as? Int ?? 0) } == first["score"] as? Int)
        let english = try run.estate(["match", "--need", number, "--nib", "9120838829624", "--lang", "en"] + db)
        #expect(english.stdout.contains("no match") && english.stdout.contains("ISO 9001 (required) expired"), "\(english.stdout)")
        let indonesian = try run.estate(["match", "--need", number, "--nib", "9120838829624", "--lang", "id"] + db)
        #expect(indonesian.stdout.contains("tidak cocok") && indonesian.stdout.contains("kedaluwarsa"), "\(indonesian.stdout)")
        #expect(try run.estate(["needs", "close", number] + db).code == 0)
        let again = try run.estate(["needs", "close", number] + db)
        #expect(again.code != 0 && again.stderr.contains("already closed"), "\(again.stderr)")
        let none = try run.json(try run.estate(["match", "--need", number, "--format", "json"] + db).stdout)
        #expect((none["matches"] as? [Any])?.isEmpty == true, "a closed need has no match")
        // The sample register of seeds/forum: every need of the sample industries has a match.
        let sample = try run.json(try run.estate(["match", "--format", "json"] + db).stdout)
        let needsMatched = Set(((sample["matches"] as? [[String: Any]]) ?? []).compactMap { $0["need"] as? Int })
        #expect(needsMatched == Set(1...5), "\(needsMatched)")
    }

    @Test("a forum added, firms invited, its schedule in JSON keeping every rule and proven optimal, its agenda in HTML")
    func schedule() throws {
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", EndToEndTests.seeds] + db).code == 0)
        let added = try run.estate(["forum", "add", "forum-uji-1", "--date", "2027-03-10", "--venue", "Aula Dinas"] + db)
        #expect(added.code == 0 && added.stdout.contains("FORUM-UJI-1"), "\(added.stderr)")
        let badDate = try run.estate(["forum", "add", "F-2", "--date", "2027-02-30", "--venue", "Aula"] + db)
        #expect(badDate.code == 64 && badDate.stderr.contains("2027-02-30"), "\(badDate.stderr)")
        let none = try run.estate(["forum", "schedule", "FORUM-UJI-1", "--slots", "3"] + db)
        #expect(none.code != 0 && none.stderr.contains("invites no large industry"), "\(none.stderr)")
        let industries = ["9130100000011", "9130100000029", "9130100000037", "9130100000045"]
        let unknown = try run.estate(["forum", "invite", "FORUM-UJI-1", "9130100000011", "9999999999999"] + db)
        #expect(unknown.code != 0 && unknown.stderr.contains("9999999999999"), "\(unknown.stderr)")
        #expect(try run.estate(["forum", "invite", "FORUM-UJI-1"] + industries + db).code == 0)
        let zero = try run.estate(["forum", "schedule", "FORUM-UJI-1", "--slots", "0"] + db)
        #expect(zero.code == 64 && zero.stderr.contains("slots"), "\(zero.stderr)")
        let output = try run.estate(["forum", "schedule", "FORUM-UJI-1", "--slots", "3", "--format", "json"] + db)
        let json = try run.json(output.stdout)
        let meetings = try #require(json["meetings"] as? [[String: Any]], "\(output.stderr)")
        #expect(!meetings.isEmpty && json["objective"] as? Int == json["bound"] as? Int && json["optimal"] as? Bool == true)
        var pairs = Set<String>()
        var seats = Set<String>()
        for meeting in meetings {
            let (slot, industry, nib) = (meeting["slot"] as? Int ?? 0, meeting["industry"] as? String ?? "", meeting["nib"] as? String ?? "")
            #expect((1...3).contains(slot) && industries.contains(industry) && meeting["score"] is Int)
            #expect(pairs.insert(industry + nib).inserted, "a pair meets twice")
            #expect(seats.insert("\(slot) \(industry)").inserted && seats.insert("\(slot) \(nib)").inserted, "two meetings at once")
        }
        #expect(json["objective"] as? Int == meetings.reduce(0) { $0 + ($1["score"] as? Int ?? 0) })
        let agenda = run.folder.appendingPathComponent("agenda.html")
        let html = try run.estate(["forum", "schedule", "FORUM-UJI-1", "--slots", "3", "--format", "html", "--output", agenda.path] + db)
        #expect(html.code == 0, "\(html.stderr)")
        let page = try String(contentsOf: agenda, encoding: .utf8)
        let firms = Set(meetings.compactMap { $0["nib"] as? String })
        let tables = Set(meetings.compactMap { $0["table"] as? Int })
        #expect(page.components(separatedBy: "<article class=\"sheet\">").count - 1 == 1 + tables.count + firms.count)
        #expect(page.contains("JADWAL RUANGAN") || page.contains("VENUE SCHEDULE"))
        // Saved, the meetings take outcomes, and the Dinas's report counts them.
        let first = try #require(meetings.first)
        let (industry, nib) = (first["industry"] as? String ?? "", first["nib"] as? String ?? "")
        let early = try run.estate(["forum", "outcome", "FORUM-UJI-1", "--industry", industry, "--nib", nib, "--kind", "mou", "--on", "2027-03-10"] + db)
        #expect(early.code != 0 && early.stderr.contains("saved meeting"), "an outcome before the schedule is saved: \(early.stderr)")
        #expect(try run.estate(["forum", "schedule", "FORUM-UJI-1", "--slots", "3", "--save"] + db).code == 0)
        let order = ["forum", "outcome", "FORUM-UJI-1", "--industry", industry, "--nib", nib, "--kind", "purchase_order", "--on", "2027-04-01"]
        let noValue = try run.estate(order + db)
        #expect(noValue.code == 64 && noValue.stderr.contains("value"), "\(noValue.stderr)")
        #expect(try run.estate(order + ["--value", "Rp150.000.000"] + db).code == 0)
        #expect(try run.estate(["forum", "outcome", "FORUM-UJI-1", "--industry", industry, "--nib", nib, "--kind", "partnership", "--on", "2027-05-01", "--value", "600000000", "--jobs", "6", "--local-jobs", "5"] + db).code == 0)
        let again = try run.estate(["forum", "schedule", "FORUM-UJI-1", "--slots", "2", "--save"] + db)
        #expect(again.code != 0 && again.stderr.contains("2 outcomes"), "\(again.stderr)")
        let report = try run.json(try run.estate(["forum", "report", "--year", "2027", "--format", "json"] + db).stdout)
        let total = try #require(report["total"] as? [String: Any])
        #expect(total["meetings"] as? Int == meetings.count && total["purchase_orders"] as? Int == 1 && total["purchase_order_value"] as? Int == 150_000_000)
        #expect(total["partnerships"] as? Int == 1 && total["jobs"] as? Int == 6 && total["local_jobs"] as? Int == 5 && total["local_share"] as? Int == 83)
        #expect((report["forums"] as? [String])?.contains("FORUM-UJI-1") == true)
    }
}
