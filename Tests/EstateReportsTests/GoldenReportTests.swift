import EstateDomain
import EstateReports
import Foundation
import Testing

/// The occupancy report of the seed cluster, as an officer reads it in each language, compared
/// with reviewed files in Tests/golden. After an intended change, rewrite them with
/// `UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`, read the diff, and commit it.
@Suite("Golden reports")
struct GoldenReportTests {
    @Test(
        "occupancy report text matches the reviewed golden file",
        arguments: [(Language.indonesian, "occupancy.id.txt"), (.english, "occupancy.en.txt")])
    func occupancy(language: Language, file: String) throws {
        // act
        let text = try ReportOutput.render(.occupancy, context: try context(language), format: .table)
        // check
        try compare(text, golden: file)
    }

    @Test(
        "occupancy report Markdown matches the reviewed golden file",
        arguments: [(Language.indonesian, "occupancy.id.md"), (.english, "occupancy.en.md")])
    func occupancyMarkdown(language: Language, file: String) throws {
        let text = try ReportOutput.render(.occupancy, context: try context(language), format: .markdown)
        try compare(text, golden: file)
    }

    private func compare(_ text: String, golden file: String) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/golden/\(file)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "differs from Tests/golden/\(file)")
    }
}
