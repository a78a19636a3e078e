import EstateDomain
import EstateStore

/// The receipt (kuitansi) of a recorded payment (issue 16, item 7): who paid, the amount in
/// figures and in Indonesian words, what it settles as the records stand, the day and the
/// association as the one who received it, on one A4 sheet.
public enum ReceiptDocument {
    /// The receipt of `record`: a payment still counted (`EstateOperations.receipt` refuses a
    /// reversal and a payment taken back before it asks for this).
    public static func html(_ record: PaymentRecord, profile: BillingProfile?, firm: Tenant?, language l: Language)
        -> String
    {
        let payment = record.payment
        var html = ["<article class=\"sheet\">"]
        html.append(
            "<header>\(MoneyDocumentPage.letterhead(profile, language: l))<h1>\(e(t(l, "KUITANSI", "RECEIPT")))"
                + "<small>\(e(payment.reference))</small></h1></header>")
        let settles = record.allocations.map { "\($0.invoice) (\($0.amount.format(l)))" }
        let unapplied = payment.amount.amount - record.allocations.reduce(0) { $0 + $1.amount.amount }
        var purpose = settles
        if unapplied > 0 {
            purpose.append(
                t(l, "kelebihan \(Rupiah(unapplied).format(l)) menjadi kredit untuk tagihan berikutnya",
                  "\(Rupiah(unapplied).format(l)) beyond what is owed, kept as a credit for the next invoices"))
        }
        html.append(
            MoneyDocumentPage.facts([
                (t(l, "Nomor", "Number"), payment.reference),
                (t(l, "Telah terima dari", "Received from"), firm?.legalName ?? payment.nib.digits),
                ("NIB", payment.nib.digits), ("NPWP", firm?.npwp.digits),
                (t(l, "Uang sejumlah", "The sum of"), MoneyDocumentPage.inWords(payment.amount)),
                (t(l, "Untuk pembayaran", "In payment of"), purpose.joined(separator: "; ")),
                (t(l, "Tagihan yang disebut", "Invoice named"), payment.invoice?.description),
                (t(l, "Bukti potong", "Withholding slip"), payment.withholdingSlip),
                (t(l, "Tanggal diterima", "Received on"), payment.paidOn.format(l)),
            ]))
        html.append("<table><tbody><tr class=\"due\"><td>\(e(t(l, "Jumlah", "Amount")))</td>"
            + "<td class=\"n\">\(e(payment.amount.format(l)))</td></tr></tbody></table>")
        html.append(
            "<div class=\"sign\"><p>Bekasi, \(e(payment.paidOn.format(l)))</p><p>\(e(t(l, "Penerima", "Received by")))</p>"
                + "<p class=\"line\">\(e(profile?.name ?? ""))</p></div>")
        html.append("</article>")
        return MoneyDocumentPage.html(
            title: "\(t(l, "Kuitansi", "Receipt")) \(payment.reference)", language: l, articles: [html.joined(separator: "\n")])
    }

    private static func e(_ text: String) -> String { MoneyDocumentPage.e(text) }
    private static func t(_ l: Language, _ id: String, _ en: String) -> String { MoneyDocumentPage.t(l, id, en) }
}
