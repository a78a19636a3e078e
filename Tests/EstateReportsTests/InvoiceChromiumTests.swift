import EstateDomain
import EstateReports
import EstateTestSupport
import Foundation
import Testing

/// The invoice pages in Debian's headless Chromium, as a firm's clerk prints them: each invoice
/// of a run on its own A4 page of the PDF, in both languages. Under CI a missing Chromium fails.
@Suite("invoice pages in a real browser")
struct InvoiceChromiumTests {
    @Test(
        "a run of three invoices prints to a three-page A4 PDF with the words of the amount",
        .enabled(if: Chromium.executable != nil || Chromium.required, "Chromium is not installed (apt-get install chromium)"),
        arguments: Language.allCases)
    func print(language: Language) throws {
        let chromium = try #require(Chromium.executable, "CI=true but Chromium is missing: .ci/run must install it")
        // setup
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("estate-invoice-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("invoices.html")
        try InvoiceDocument.html(
            Array(repeating: MoneyDocumentTests.invoice(), count: 3), profile: MoneyDocumentTests.profile,
            firm: { _ in nil }, language: language
        ).write(to: page, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("invoices.pdf")
        // act
        _ = try Chromium.run(
            chromium, Chromium.flags(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let dom = try Chromium.run(chromium, Chromium.flags(folder) + ["--dump-dom", page.absoluteString])
        // check
        let document = try Data(contentsOf: pdf)
        #expect(document.starts(with: Array("%PDF".utf8)))
        let text = String(decoding: document, as: UTF8.self)
        // Chromium (Skia) writes one `/Type /Page` object per page, each at the end of its line.
        let pages = text.components(separatedBy: "/Type /Page\n").count - 1
        #expect(pages == 3, "the PDF should have one A4 page per invoice, has \(pages)")
        // A4 is 595 × 842 points.
        #expect(text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"), "not A4")
        #expect(dom.contains("Sembilan juta dua ratus sepuluh ribu rupiah"))
    }
}
