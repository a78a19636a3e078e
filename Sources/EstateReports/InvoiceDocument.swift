import EstateDomain

/// Invoices as the firm receives them (issue 16, item 7): each on one A4 sheet in Bahasa
/// Indonesia or English, with the association's and the firm's names and NPWP, the NIB, plot,
/// period, lines, DPP, PPN, withholdings, total, amount due in figures and in Indonesian words
/// (*terbilang*), the bank account and the due date. A whole run is one page of sheets.
public enum InvoiceDocument {
    /// `invoices` as one printable HTML page; `firm` finds a firm's registry record (NPWP,
    /// address), nil when the estate no longer holds it.
    public static func html(
        _ invoices: [Invoice], profile: BillingProfile?, firm: (NIB) -> Tenant?, language: Language
    ) -> String {
        let title = invoices.count == 1
            ? "\(heading(invoices[0], language).title) \(invoices[0].number)"
            : MoneyDocumentPage.t(language, "Tagihan (\(invoices.count))", "Invoices (\(invoices.count))")
        return MoneyDocumentPage.html(
            title: title, language: language,
            articles: invoices.map { sheet($0, profile: profile, firm: firm($0.nib), language: language) })
    }

    static func heading(_ invoice: Invoice, _ l: Language) -> (title: String, subtitle: String) {
        switch invoice.kind {
        case .periodic: (t(l, "TAGIHAN", "INVOICE"), t(l, "Sewa lahan dan iuran pengelolaan", "Plot rent and service charge"))
        case .deposit: (t(l, "TAGIHAN UANG JAMINAN", "DEPOSIT INVOICE"), t(l, "Uang jaminan sewa", "Lease deposit"))
        case .creditNote: (t(l, "NOTA KREDIT", "CREDIT NOTE"), t(l, "Pembatalan tagihan", "Cancels an invoice"))
        }
    }

    static func sheet(_ invoice: Invoice, profile: BillingProfile?, firm: Tenant?, language l: Language) -> String {
        let f = invoice.figures
        let (title, subtitle) = heading(invoice, l)
        var html = ["<article class=\"sheet\">"]
        html.append(
            "<header>\(MoneyDocumentPage.letterhead(profile, language: l))<h1>\(e(title))<small>\(e(subtitle))</small>"
                + "<small>\(e(invoice.number.description))</small></h1></header>")
        if invoice.cancelledBy != nil {
            html.append("<div class=\"stamp\">\(e(t(l, "DIBATALKAN", "CANCELLED")))</div>")
        }
        let period = "\(invoice.periodStart.format(l)) – \(invoice.periodEnd.format(l))"
        html.append(
            "<div class=\"parties\"><div><h2>\(e(t(l, "Kepada", "Bill to")))</h2>"
                + MoneyDocumentPage.facts([
                    (t(l, "Nama", "Name"), invoice.tenantName), ("NIB", invoice.nib.digits),
                    ("NPWP", firm?.npwp.digits), (t(l, "Alamat", "Address"), firm?.contact.address),
                    (t(l, "Bentuk usaha", "Legal form"), invoice.legalForm?.rawValue),
                ]) + "</div><div><h2>\(e(t(l, "Rincian", "Details")))</h2>"
                + MoneyDocumentPage.facts([
                    (t(l, "Nomor", "Number"), invoice.number.description),
                    (t(l, "Tanggal", "Date"), invoice.issuedOn.format(l)),
                    (t(l, "Kavling", "Plot"), invoice.plotCode), (t(l, "Periode", "Period"), period),
                    (t(l, "Jatuh tempo", "Due on"), invoice.kind == .creditNote ? nil : invoice.dueOn.format(l)),
                    (t(l, "Membatalkan", "Cancels"), invoice.cancels?.description),
                    (t(l, "Alasan", "Reason"), invoice.reason),
                    (t(l, "Dibatalkan oleh", "Cancelled by"), invoice.cancelledBy?.description),
                ]) + "</div></div>")
        html.append(
            "<table><thead><tr><th>\(e(t(l, "Uraian", "Description")))</th><th class=\"n\">\(e(t(l, "Hari", "Days")))</th>"
                + "<th class=\"n\">\(e(t(l, "Jumlah", "Amount")))</th></tr></thead><tbody>")
        for line in f.lines {
            html.append(
                "<tr><td>\(e(lineName(line.kind, l)))</td><td class=\"n\">\(line.days.map(String.init) ?? "–")</td>"
                    + "<td class=\"n\">\(e(line.amount.format(l)))</td></tr>")
        }
        html.append("</tbody><tbody>")
        let serviceWithheld = Rupiah(f.withheld.amount - f.pph42.amount)
        var rows: [(String, Rupiah, String)] = [("Subtotal", f.subtotal, "")]
        if f.ppn.amount > 0 {
            rows += [(t(l, "DPP (dasar pengenaan pajak)", "VAT base (DPP)"), f.dpp, ""), (t(l, "PPN", "VAT (PPN)"), f.ppn, "")]
        }
        rows.append((t(l, "Total", "Total"), f.total, "total"))
        if f.pph42.amount > 0 {
            rows.append((t(l, "PPh Pasal 4 ayat (2) atas sewa, dipotong penyewa", "Final income tax on rent (PPh 4(2)), withheld by the tenant"), Rupiah(-f.pph42.amount), ""))
        }
        if serviceWithheld.amount > 0 {
            rows.append((t(l, "PPh atas iuran pengelolaan, dipotong penyewa", "Income tax on the service charge, withheld by the tenant"), Rupiah(-serviceWithheld.amount), ""))
        }
        rows.append((t(l, "Harus dibayar", "Amount due"), f.amountDue, "due"))
        for (label, amount, kind) in rows {
            html.append(
                "<tr\(kind.isEmpty ? "" : " class=\"\(kind)\"")><td colspan=\"2\">\(e(label))</td>"
                    + "<td class=\"n\">\(e(amount.format(l)))</td></tr>")
        }
        html.append("</tbody></table>")
        html.append(
            "<p class=\"words\">\(e(t(l, "Terbilang", "In words (Indonesian)"))): "
                + "\(e(MoneyDocumentPage.inWords(f.amountDue)))</p>")
        if invoice.kind == .creditNote {
            html.append(
                "<p class=\"note\">\(e(t(l, "Nota kredit ini membatalkan seluruh tagihan yang disebut; tidak ada yang perlu dibayar.", "This credit note cancels the whole invoice named; nothing is to be paid.")))</p>")
        } else {
            html.append(
                "<div class=\"pay\"><h2>\(e(t(l, "Pembayaran", "Payment")))</h2>"
                    + MoneyDocumentPage.facts([
                        (t(l, "Transfer ke", "Pay to"), profile?.bankAccount ?? t(l, "(rekening belum diisi)", "(no bank account recorded)")),
                        (t(l, "Paling lambat", "By"), invoice.dueOn.format(l)),
                        (t(l, "Berita transfer", "Transfer reference"), invoice.number.description),
                    ]) + "</div>")
            if f.withheld.amount > 0 {
                html.append(
                    "<p class=\"note\">\(e(t(l, "Serahkan bukti potong atas pajak yang dipotong bersama pembayaran.", "Hand over the withholding slips (bukti potong) for the tax withheld with the payment.")))</p>")
            }
        }
        html.append("</article>")
        return html.joined(separator: "\n")
    }

    static func lineName(_ kind: InvoiceLine.Kind, _ l: Language) -> String {
        switch kind {
        case .rent: t(l, "Sewa lahan", "Plot rent")
        case .serviceCharge: t(l, "Iuran pengelolaan", "Service charge")
        case .deposit: t(l, "Uang jaminan", "Deposit")
        }
    }

    private static func e(_ text: String) -> String { MoneyDocumentPage.e(text) }
    private static func t(_ l: Language, _ id: String, _ en: String) -> String { MoneyDocumentPage.t(l, id, en) }
}
