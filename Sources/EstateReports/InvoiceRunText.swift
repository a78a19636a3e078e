import EstateDomain
import EstateStore

/// An invoice run and one invoice as a terminal shows them, in the reader's language.
public enum InvoiceRunText {
    /// What the run issued (a table), what it found already issued and what it could not bill.
    public static func summary(_ run: InvoiceRun, language: Language) -> String {
        let id = language == .indonesian
        var parts: [String] = []
        let count = run.issued.count
        if run.dryRun {
            parts.append(id ? "Uji coba, tidak ada yang ditulis: akan menerbitkan \(count) tagihan untuk \(run.period)."
                : "Dry run, nothing written: would issue \(count) invoice(s) for \(run.period).")
        } else {
            parts.append(id ? "Menerbitkan \(count) tagihan untuk \(run.period)." : "Issued \(count) invoice(s) for \(run.period).")
        }
        if !run.issued.isEmpty { parts.append(InvoiceView.table(run.issued, language: language)) }
        if run.alreadyInvoiced > 0 {
            parts.append(id ? "\(run.alreadyInvoiced) sewa sudah memiliki tagihan bulan ini; tidak diterbitkan lagi."
                : "\(run.alreadyInvoiced) lease(s) already had this month's invoice; not issued again.")
        }
        for skipped in run.skipped {
            parts.append((id ? "Tidak ditagih: kavling \(skipped.lease.plotCode) (NIB \(skipped.nib)): \(skipped.alasan)"
                : "Not billed: plot \(skipped.lease.plotCode) (NIB \(skipped.nib)): \(skipped.reason)"))
        }
        if !run.unknownLegalForm.isEmpty {
            let nibs = run.unknownLegalForm.map(\.digits).joined(separator: ", ")
            parts.append(id ? "Bentuk usaha tidak diketahui, tanpa potongan PPh: NIB \(nibs)."
                : "Legal form unknown, nothing withheld: NIB \(nibs).")
        }
        return parts.joined(separator: "\n")
    }

    /// One invoice: its parties, lines, taxes and the amount due, in words too.
    public static func detail(_ invoice: Invoice, language: Language) -> String {
        let id = language == .indonesian
        let f = invoice.figures
        var rows: [(String, String)] = [
            (id ? "Nomor" : "Number", invoice.number.description),
            (id ? "Jenis" : "Kind", invoice.kind.name(language)),
            (id ? "Status" : "Status", invoice.status.name(language)),
            (id ? "Penyewa" : "Tenant", "\(invoice.tenantName) (NIB \(invoice.nib), \(invoice.legalForm?.rawValue ?? "?"))"),
            (id ? "Kavling" : "Plot", invoice.plotCode),
            (id ? "Periode" : "Period", "\(invoice.periodStart.format(language)) – \(invoice.periodEnd.format(language))"),
            (id ? "Tanggal" : "Issued", invoice.issuedOn.format(language)),
            (id ? "Jatuh tempo" : "Due", invoice.dueOn.format(language)),
        ]
        for line in f.lines {
            let days = line.days.map { id ? " (\($0) hari)" : " (\($0) days)" } ?? ""
            rows.append((lineName(line.kind, language) + days, line.amount.format(language)))
        }
        rows += [
            ("Subtotal", f.subtotal.format(language)), ("DPP", f.dpp.format(language)), ("PPN", f.ppn.format(language)),
            (id ? "Total" : "Total", f.total.format(language)),
            (id ? "PPh 4(2) dipotong" : "PPh 4(2) withheld", f.pph42.format(language)),
            (id ? "Seluruh potongan" : "All withheld", f.withheld.format(language)),
            (id ? "Harus dibayar" : "Amount due", f.amountDue.format(language)),
            ("Terbilang", Terbilang.rupiah(f.amountDue)),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }.joined(separator: "\n")
    }

    static func lineName(_ kind: InvoiceLine.Kind, _ language: Language) -> String {
        switch (kind, language) {
        case (.rent, .indonesian): "Sewa lahan"
        case (.serviceCharge, .indonesian): "Iuran pengelolaan"
        case (.deposit, .indonesian): "Uang jaminan"
        case (.rent, .english): "Rent"
        case (.serviceCharge, .english): "Service charge"
        case (.deposit, .english): "Deposit"
        }
    }
}
