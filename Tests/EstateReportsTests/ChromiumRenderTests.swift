import EstateDomain
import EstateReports
import EstateTestSupport
import Foundation
import Testing

/// Renders the HTML report in Debian's headless Chromium, as a person would open it, and fails
/// on an empty or broken page. Runs where Chromium is installed (`.ci/run` installs it); under
/// CI a missing Chromium is a failure, not a skip.
@Suite("HTML report in a real browser")
struct ChromiumRenderTests {
    @Test(
        "the occupancy report renders to a non-empty PNG, a PDF and a DOM with every plot and table",
        .enabled(
            if: Chromium.executable != nil || Chromium.required, "Chromium is not installed (apt-get install chromium)"),
        arguments: Language.allCases)
    func render(language: Language) throws {
        let chromium = try #require(Chromium.executable, "CI=true but Chromium is missing: .ci/run must install it")
        // setup
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("estate-render-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("occupancy.html")
        try ReportOutput.render(.occupancy, context: try context(language), format: .html)
            .write(to: page, atomically: true, encoding: .utf8)
        let png = folder.appendingPathComponent("occupancy.png")
        let pdf = folder.appendingPathComponent("occupancy.pdf")
        let base = Chromium.flags(folder)
        // act
        _ = try Chromium.run(
            chromium, base + ["--window-size=1100,1900", "--screenshot=\(png.path)", page.absoluteString])
        _ = try Chromium.run(
            chromium, base + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let dom = try Chromium.run(chromium, base + ["--dump-dom", page.absoluteString])
        // check
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // A blank page of this size compresses to about 10 kB; the report is over 100 kB.
        #expect(image.count > 40_000, "the screenshot looks empty (\(image.count) bytes)")
        let document = try Data(contentsOf: pdf)
        #expect(document.starts(with: Array("%PDF".utf8)))
        #expect(document.count > 20_000, "the PDF looks empty (\(document.count) bytes)")
        let outlined = seedEstate.plots.filter { $0.outline != nil }.count
        #expect(dom.components(separatedBy: "<polygon class=\"plot\"").count - 1 == outlined)
        #expect(dom.contains(language == .indonesian ? "Laporan keterisian kluster" : "Cluster occupancy report"))
        #expect(dom.components(separatedBy: "<table>").count - 1 == 3)
    }
}
