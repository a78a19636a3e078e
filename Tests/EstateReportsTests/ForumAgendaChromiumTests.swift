import EstateDomain
import EstateReports
import EstateTestSupport
import Foundation
import Testing

/// A forum's agenda in Debian's headless Chromium, as the Dinas prints it (issue 18, item 4): the
/// venue's sheet and one per participant, each on its own A4 page, in both languages, with the
/// names escaped. Under CI a missing Chromium fails.
@Suite("forum agenda in a real browser")
struct ForumAgendaChromiumTests {
    static func document(_ language: Language) throws -> ForumScheduleDocument {
        let nib = { (n: Int) in try NIB(parsing: String(9_120_000_000_000 + n)) }
        let industries = try (1...2).map { n in
            try LargeIndustry(nib: try nib(900 + n), name: "PT Besar <\(n)> & Co", kbli: [try KBLI(parsing: "29100")], location: "Cikarang", regency: "Kabupaten Bekasi")
        }
        let needs = try (1...2).map { n in
            try IndustryNeed(id: Int64(n), industry: try nib(900 + n), item: "braket \(n)", process: .stamping, material: "SPCC", volumePerMonth: 100)
        }
        let firms = try (1...3).map { n in
            MatchingFirm(
                nib: try nib(n), name: "CV Kecil \(n)", kbli: [try KBLI(parsing: "25920")],
                profile: try CapabilityProfile(
                    nib: try nib(n), processes: [.stamping], materials: ["SPCC"],
                    machines: [try Machine(name: "press", process: .stamping, capacityPerMonth: 100)], localWorkers: 6, workers: 12,
                    regency: "Kabupaten Bekasi"),
                declared: nil, partnerships: [])
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/rules/forum.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let rules = try decoder.decode(MatchRuleBook.self, from: Data(contentsOf: url))
        let forum = try ForumEvent(
            code: "FORUM-1", heldOn: try CivilDate(parsing: "2027-03-10", field: "d"), venue: "Aula Dinas",
            industries: industries.map(\.nib))
        let schedule = try ForumSchedule.plan(
            forum, times: try SlotTimes(slots: 3), needs: needs, industries: industries, firms: firms, rules: rules)
        var names: [NIB: String] = [:]
        for industry in industries { names[industry.nib] = industry.name }
        for firm in firms { names[firm.nib] = firm.name }
        return ForumScheduleDocument(schedule, names: names)
    }

    @Test(
        "the venue's sheet and one per table and per firm, each on its own A4 page",
        .enabled(if: Chromium.executable != nil || Chromium.required, "Chromium is not installed (apt-get install chromium)"),
        arguments: Language.allCases)
    func print(language: Language) throws {
        let chromium = try #require(Chromium.executable, "CI=true but Chromium is missing: .ci/run must install it")
        let document = try Self.document(language)
        // Two tables, three firms, three slots: every firm meets both industries.
        #expect(document.meetings.count == 6 && document.optimal)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("estate-agenda-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("agenda.html")
        try ForumAgendaPage.html(document, language: language).write(to: page, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("agenda.pdf")
        _ = try Chromium.run(
            chromium, Chromium.flags(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let dom = try Chromium.run(chromium, Chromium.flags(folder) + ["--dump-dom", page.absoluteString])
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let pages = text.components(separatedBy: "/Type /Page\n").count - 1
        #expect(pages == 1 + 2 + 3, "one A4 page for the venue, each table and each firm; has \(pages)")
        #expect(text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"), "not A4")
        #expect(dom.contains("PT Besar &lt;1&gt; &amp; Co") && !dom.contains("<1>"))
        #expect(dom.contains(language == .indonesian ? "JADWAL RUANGAN" : "VENUE SCHEDULE"))
    }
}
