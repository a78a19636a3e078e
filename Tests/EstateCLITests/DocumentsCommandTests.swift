import EstateDomain
import EstateStore
import EstateStores
import Foundation
import Testing

/// `estate documents upload|list|download|accept|refuse|expiring` as an officer runs them
/// (issue 17, item 3): an upload is read by its bytes, a file that is none of the three is
/// refused with the usage exit code, the file comes back byte for byte, a firm's waiting upload is
/// decided once, and the expiry report uses the rule set's notice window.
@Suite("estate documents")
struct DocumentsCommandTests {
    @Test("upload, list, download, decide and the expiry report")
    func documents() async throws {
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", EndToEndTests.seeds] + db).code == 0)
        let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
        let file = run.folder.appendingPathComponent("izin.pdf")
        try Data(pdf).write(to: file)
        let fake = run.folder.appendingPathComponent("fake.pdf")
        try Data("<html><script>x</script></html>".utf8).write(to: fake)
        let upload = ["documents", "upload", "9120983690060"]
        let kept = try run.estate(
            upload + [file.path, "--kind", "business_permit", "--number", "PB-2026-0042", "--valid-until", "2027-01-31"] + db)
        #expect(kept.code == 0 && kept.stdout.contains("Kept document 1"), "\(kept.stdout)\(kept.stderr)")
        let refused = try run.estate(upload + [fake.path, "--kind", "other", "--number", "X"] + db)
        #expect(refused.code == 64 && refused.stderr.contains("an HTML page"), "\(refused.code) \(refused.stderr)")
        let missing = try run.estate(upload + ["nope.pdf", "--kind", "other", "--number", "X"] + db)
        #expect(missing.code == 66 && missing.stderr.contains("cannot read nope.pdf"), "\(missing.stderr)")
        let fifo = run.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, run.folder.path, "/dev/zero"] {
            let odd = try run.estate(upload + [path, "--kind", "other", "--number", "X"] + db)
            #expect(odd.code == 64 && odd.stderr.contains("not a regular file"), "\(path): \(odd.code) \(odd.stderr)")
        }
        let badKind = try run.estate(upload + [file.path, "--kind", "ktp", "--number", "X"] + db)
        #expect(badKind.code == 64 && badKind.stderr.contains("--kind"), "\(badKind.stderr)")
        let saved = run.folder.appendingPathComponent("back.pdf")
        let download = try run.estate(["documents", "download", "1", "--output", saved.path] + db)
        #expect(download.code == 0, "\(download.stderr)")
        #expect(try Data(contentsOf: saved) == Data(pdf))
        let again = try run.estate(["documents", "download", "1", "--output", saved.path] + db)
        #expect(again.code != 0 && again.stderr.contains("--force"), "an existing file was replaced")
        // A firm's own upload, as the server would keep it, waits for an officer.
        let store = try await StoreLocation(run.database).open().store
        _ = try await store.uploadDocument(
            try DocumentUpload(kind: .nibCertificate, number: "0220001", validUntil: nil, content: pdf),
            for: try NIB(parsing: "9120838829624"), accepted: false, actor: "token:firm")
        let list = try run.estate(["documents", "list", "--state", "submitted", "--lang", "en"] + db)
        #expect(list.code == 0 && list.stdout.contains("waiting for an officer") && list.stdout.contains("0220001"))
        #expect(try run.estate(["documents", "accept", "2"] + db).code == 0)
        let twice = try run.estate(["documents", "refuse", "2", "--reason", "tidak terbaca"] + db)
        #expect(twice.code == 67 && twice.stderr.contains("already accepted"), "\(twice.code) \(twice.stderr)")
        let json = try run.json(try run.estate(["documents", "--format", "json"] + db).stdout, array: true)
        #expect((json["items"] as? [[String: Any]])?.count == 2, "\(json)")
        // 2027-01-31 is 52 days after 2026-12-10: within the sample rule set's 90-day notice.
        let report = try run.estate(["documents", "expiring", "--as-of", "2026-12-10", "--format", "json"] + db)
        let object = try run.json(report.stdout)
        #expect(object["window_days"] as? Int == 90, "\(report.stdout)")
        let entries = object["documents"] as? [[String: Any]] ?? []
        #expect(entries.map { $0["days_left"] as? Int } == [52], "\(report.stdout)")
        let early = try run.estate(["documents", "expiring", "--as-of", "2026-10-01"] + db)
        #expect(early.stdout.contains("No accepted document lapses"), "accepted after the date: \(early.stdout)")
    }
}
