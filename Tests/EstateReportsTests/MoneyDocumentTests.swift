import EstateDomain
import EstateStore
import Foundation
import Testing

@testable import EstateReports

/// The documents a firm receives and the accountant's files (issue 16, item 7), from invoices
/// built by hand: every figure and the words of the amount on the page in both languages, text
/// escaped, and CSV cells that a spreadsheet would run as formulas neutralised.
@Suite("money documents and CSV")
struct MoneyDocumentTests {
    static func invoice(name: String = "CV Baja Mandiri Sentosa", withheld: Int64 = 780_000, reason: String? = nil) -> Invoice {
        let day = { (d: Int) in CivilDate(year: 2026, month: 12, day: d)! }
        return Invoice(
            number: InvoiceNumber(series: .invoice, estate: "KAWASAN-1", year: 2026, sequence: 7), kind: .periodic,
            nib: try! NIB(parsing: "9120983690060"), tenantName: name, legalForm: .cv, plotCode: "A-01",
            periodStart: day(1), periodEnd: day(31), issuedOn: day(1), dueOn: day(15),
            figures: InvoiceFigures(
                lines: [InvoiceLine(kind: .rent, days: 31, amount: Rupiah(7_500_000)),
                        InvoiceLine(kind: .serviceCharge, days: 31, amount: Rupiah(1_500_000))],
                subtotal: Rupiah(9_000_000), dpp: Rupiah(8_250_000), ppn: Rupiah(990_000), pph42: Rupiah(min(750_000, withheld)),
                withheld: Rupiah(withheld), total: Rupiah(9_990_000), amountDue: Rupiah(9_990_000 - withheld)),
            reason: reason)
    }

    static let profile = BillingProfile(
        name: "Asosiasi IKM Logam", npwp: try! NPWP(parsing: "01.234.567.8-431.000"), address: "Jl. Industri Raya 1",
        bankAccount: "BRI 0123-01-000123-30-1")

    @Test("an invoice's sheet carries every figure, the words of the amount due and the bank", arguments: Language.allCases)
    func invoiceSheet(language: Language) throws {
        let html = InvoiceDocument.html([Self.invoice()], profile: Self.profile, firm: { _ in nil }, language: language)
        for figure in [Rupiah(7_500_000), Rupiah(1_500_000), Rupiah(9_000_000), Rupiah(8_250_000), Rupiah(990_000),
                       Rupiah(9_990_000), Rupiah(-750_000), Rupiah(-30_000), Rupiah(9_210_000)] {
            #expect(html.contains(figure.format(language)), "\(figure.format(language)) missing")
        }
        #expect(html.contains("Sembilan juta dua ratus sepuluh ribu rupiah"))
        #expect(html.contains("BRI 0123-01-000123-30-1") && html.contains("0012345678431000") && html.contains("9120983690060"))
        #expect(html.contains(language == .indonesian ? "Jatuh tempo" : "Due on"))
        #expect(html.contains(language == .indonesian ? "15/12/2026" : "2026-12-15"))
        #expect(!html.contains("<script"))
    }

    @Test("no withholding, no withholding rows; a name with markup is escaped; no profile is said, not left blank")
    func edges() throws {
        let html = InvoiceDocument.html(
            [Self.invoice(name: "UD <b>Sinar</b>", withheld: 0)], profile: nil, firm: { _ in nil }, language: .indonesian)
        #expect(!html.contains("PPh Pasal 4 ayat (2)"))
        #expect(html.contains("UD &lt;b&gt;Sinar&lt;/b&gt;") && !html.contains("<b>Sinar"))
        #expect(html.contains("profil penagihan belum diisi"))
        #expect(html.contains("Sembilan juta sembilan ratus sembilan puluh ribu rupiah"))
    }

    @Test("a run of three is three sheets on one page, each breaking to its own A4 page")
    func run() throws {
        let html = InvoiceDocument.html(
            Array(repeating: Self.invoice(), count: 3), profile: Self.profile, firm: { _ in nil }, language: .english)
        #expect(html.components(separatedBy: "<article class=\"sheet\">").count == 4)
        #expect(html.contains("page-break-after: always") && html.contains("@page { size: A4"))
    }

    @Test("invoice CSV: the JSON's keys as header, whole Rupiah, formulas and tabs neutralised")
    func invoiceCSV() throws {
        let csv = MoneyCSV.invoices([Self.invoice(name: "=HYPERLINK(\"x\")", reason: "a\tb")])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == MoneyCSV.invoiceColumns.joined(separator: ","))
        #expect(lines[1].contains(#""'=HYPERLINK(""x"")""#), "\(lines[1])")
        #expect(lines[1].contains(",7500000,1500000,0,9000000,8250000,990000,750000,780000,9990000,9210000,0,9210000,open,"))
        #expect(lines[1].hasSuffix(",\"a\tb\""))
        #expect(lines.count == 3 && lines[2].isEmpty)
    }

    @Test("payment CSV lists what each payment settles; a receipt states the amount in words")
    func paymentCSVAndReceipt() throws {
        let nib = try NIB(parsing: "9120983690060")
        let payment = try Payment(
            reference: "BRI-1", nib: nib, amount: Rupiah(10_000_000), paidOn: CivilDate(year: 2026, month: 12, day: 5)!)
        let invoice = Self.invoice()
        let ledger = PaymentLedger(invoices: [invoice], payments: [payment])
        let record = PaymentRecord(payment, replayed: false, ledger: ledger)
        let csv = MoneyCSV.payments([record])
        #expect(csv.contains("BRI-1,payment,9120983690060,10000000,2026-12-05,,,,,INV/KAWASAN-1/2026/00007:9210000"), "\(csv)")
        let receipt = ReceiptDocument.html(record, profile: Self.profile, firm: nil, language: .indonesian)
        #expect(receipt.contains("KUITANSI") && receipt.contains("Sepuluh juta rupiah"))
        #expect(receipt.contains("Rp790.000"), "the part beyond what is owed, kept as a credit")
        let english = ReceiptDocument.html(record, profile: Self.profile, firm: nil, language: .english)
        #expect(english.contains("RECEIPT") && english.contains("IDR 10,000,000"))
    }
}
