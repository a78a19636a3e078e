import EstateDomain
import EstateReports
import EstateStore
import Foundation

/// The HTML of the dashboard's money page: the month's invoices (each with its printable page,
/// and an admin's cancel form), the payments (each with its receipt), the downloads, and the
/// forms the caller's role allows. Every text is escaped; every link stays in the page's estate.
struct MoneyPageView {
    let language: Language
    let period: BillingPeriod
    let role: APIRole
    let csrf: String
    let here: DashboardEstate
    let refusal: Dashboard.FormRefusal?
    let today: CivilDate

    func render(invoices: [Invoice], payments: [PaymentRecord], firms: (NIB) -> String?) -> String {
        let l = language
        var html = [
            "<header><h1>\(e(t("Tagihan dan pembayaran", "Invoices and payments")))</h1></header>",
            "<form method=\"get\" action=\"/dashboard/money\"><label>\(e(t("Bulan", "Month"))) <input type=\"month\" "
                + "name=\"period\" value=\"\(period)\"></label>\(estateField) <button type=\"submit\">"
                + "\(e(t("Tampilkan", "Show")))</button></form>",
        ]
        if let refusal {
            html.append(
                "<p class=\"error\" role=\"alert\"><strong>\(e(t("Ditolak, tidak ada yang ditulis", "Refused, nothing written"))):"
                    + "</strong> \(e(refusal.message))</p>")
        }
        if role >= .admin {
            html.append(
                form("/dashboard/money/run", "run")
                    + "<input type=\"hidden\" name=\"period\" value=\"\(period)\"><button type=\"submit\">"
                    + "\(e(t("Terbitkan tagihan \(period)", "Issue the invoices of \(period)")))</button></form>")
        }
        html.append("<section id=\"invoices\"><h2>\(e(t("Tagihan \(period)", "Invoices of \(period)")))</h2>")
        if invoices.isEmpty {
            html.append("<p class=\"empty\">\(e(t("Belum ada tagihan bulan ini.", "No invoice for this month yet.")))</p>")
        } else {
            html.append(
                "<table><thead><tr>" + [
                    t("Nomor", "Number"), t("Perusahaan", "Firm"), t("Kavling", "Plot"), t("Jenis", "Kind"),
                    t("Harus dibayar", "Amount due"), t("Sisa", "Outstanding"), t("Status", "Status"), "",
                ].map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
            for invoice in invoices {
                html.append(row(invoice, firm: firms(invoice.nib) ?? invoice.tenantName))
            }
            html.append("</tbody></table>")
        }
        let base = here.apiBase
        html.append(
            "<p class=\"downloads\"><a href=\"\(base)/invoice-runs/\(period)/document?lang=\(l.rawValue)\">"
                + "\(e(t("Semua tagihan bulan ini untuk dicetak", "Every invoice of the month, printable")))</a> "
                + "<a href=\"\(base)/invoices?format=csv&period=\(period)\">\(e(t("Tagihan (CSV)", "Invoices (CSV)")))</a> "
                + "<a href=\"\(base)/payments?format=csv\">\(e(t("Pembayaran (CSV)", "Payments (CSV)")))</a> "
                + "<a href=\"\(base)/reports/arrears?format=html&lang=\(l.rawValue)\">"
                + "\(e(t("Tunggakan", "Arrears")))</a></p></section>")
        if role >= .officer { html.append(paymentForm) }
        html.append(paymentsTable(payments, firms: firms))
        return html.joined(separator: "\n")
    }

    private func row(_ invoice: Invoice, firm: String) -> String {
        let l = language
        var cells = [
            "<a href=\"\(here.apiBase)/invoices/\(e(invoice.number.description))/document?lang=\(l.rawValue)\">\(e(invoice.number.description))</a>",
            "<a href=\"\(here.link("/dashboard/tenants/\(invoice.nib.digits)"))\">\(e(firm))</a>",
            e(invoice.plotCode), e(invoice.kind.name(l)), e(invoice.figures.amountDue.format(l)),
            e(invoice.outstanding.format(l)), e(invoice.status.name(l)),
        ]
        if role >= .admin, invoice.kind != .creditNote, invoice.cancelledBy == nil {
            let kept = refusal?.form == "cancel" && refusal?.values["number"] == invoice.number.description
                ? refusal?.values["reason"] ?? "" : ""
            cells.append(
                "<details\(kept.isEmpty ? "" : " open")><summary>\(e(t("Batalkan", "Cancel")))</summary>"
                    + form("/dashboard/money/cancellation", "cancel")
                    + "<input type=\"hidden\" name=\"number\" value=\"\(e(invoice.number.description))\">"
                    + "<input type=\"hidden\" name=\"period\" value=\"\(period)\">"
                    + "<label>\(e(t("Alasan", "Reason"))) <input name=\"reason\" required maxlength=\"500\" value=\"\(e(kept))\"></label>"
                    + "<button type=\"submit\">\(e(t("Terbitkan nota kredit", "Issue a credit note")))</button></form></details>")
        } else {
            cells.append("")
        }
        return "<tr>" + cells.enumerated().map { $0.offset == 4 || $0.offset == 5 ? "<td class=\"n\">\($0.element)</td>" : "<td>\($0.element)</td>" }.joined() + "</tr>"
    }

    private var paymentForm: String {
        let kept = refusal?.form == "pay" ? refusal?.values ?? [:] : [:]
        let field = { (name: String, label: String, extra: String, fallback: String) -> String in
            "<label>\(e(label)) <input name=\"\(name)\" \(extra) value=\"\(e(kept[name] ?? fallback))\"></label> "
        }
        return "<section id=\"record-payment\"><h2>\(e(t("Catat pembayaran", "Record a payment")))</h2>"
            + form("/dashboard/money/payments", "pay")
            + "<input type=\"hidden\" name=\"period\" value=\"\(period)\">"
            + field("nib", "NIB", "required inputmode=\"numeric\"", "")
            + field("amount", t("Jumlah (Rp)", "Amount (Rp)"), "required", "")
            + field("paid_on", t("Tanggal diterima", "Received on"), "type=\"date\" required", today.iso)
            + field("reference", t("Referensi bank", "Bank reference"), "required maxlength=\"100\"", "")
            + field("invoice", t("Nomor tagihan (boleh kosong)", "Invoice number (optional)"), "", "")
            + field("withholding_slip", t("Bukti potong (boleh kosong)", "Withholding slip (optional)"), "maxlength=\"100\"", "")
            + "<button type=\"submit\">\(e(t("Catat", "Record")))</button></form></section>"
    }

    private func paymentsTable(_ records: [PaymentRecord], firms: (NIB) -> String?) -> String {
        let l = language
        var html = ["<section id=\"payments\"><h2>\(e(t("Pembayaran", "Payments")))</h2>"]
        guard !records.isEmpty else {
            return html[0] + "<p class=\"empty\">\(e(t("Belum ada pembayaran.", "No payment yet.")))</p></section>"
        }
        html.append(
            "<table><thead><tr>" + [t("Referensi", "Reference"), t("Perusahaan", "Firm"), t("Tanggal", "Date"),
                t("Jumlah", "Amount"), t("Melunasi", "Settles"), ""].map { "<th>\(e($0))</th>" }.joined()
                + "</tr></thead><tbody>")
        let reversed = Dictionary(
            records.compactMap { r in r.payment.reverses.map { ($0, r.payment.reference) } }, uniquingKeysWith: { a, _ in a })
        for record in records.reversed() {
            let p = record.payment
            let receipt = p.kind == .payment && reversed[p.reference] == nil
                ? "<a href=\"\(here.apiBase)/payments/receipt?reference=\(Self.queryEscaped(p.reference))&lang=\(l.rawValue)\">"
                    + "\(e(t("Kuitansi", "Receipt")))</a>"
                : p.kind == .payment
                    ? e(t("dibatalkan oleh \(reversed[p.reference] ?? "")", "reversed by \(reversed[p.reference] ?? "")"))
                    : e(t("pembatalan \(p.reverses ?? "")", "reversal of \(p.reverses ?? "")"))
            html.append(
                "<tr><td>\(e(p.reference))</td><td>\(e(firms(p.nib) ?? p.nib.digits))</td><td>\(e(p.paidOn.format(l)))</td>"
                    + "<td class=\"n\">\(e(p.amount.format(l)))</td><td>"
                    + e(record.allocations.map { "\($0.invoice) \($0.amount.format(l))" }.joined(separator: "; "))
                    + "</td><td>\(receipt)</td></tr>")
        }
        return html.joined() + "</tbody></table></section>"
    }

    private func form(_ action: String, _ name: String) -> String {
        "<form method=\"post\" action=\"\(here.link(action))\" class=\"\(name)\"><input type=\"hidden\" name=\"csrf\" value=\"\(e(csrf))\">"
    }

    private var estateField: String {
        here.code.map { "<input type=\"hidden\" name=\"estate\" value=\"\(e($0))\">" } ?? ""
    }

    /// A query value with every byte outside RFC 3986's unreserved characters percent-encoded
    /// (a reference may hold `&`, `#`, `/` or letters of any script).
    static func queryEscaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private func t(_ id: String, _ en: String) -> String { language == .indonesian ? id : en }
    private func e(_ text: String) -> String { ReportHTMLRenderer.escaped(text) }
}
