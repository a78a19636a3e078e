/// A reminder written for its reader (issue 17, item 4): a subject line and a short plain-text
/// body in Bahasa Indonesia or English, saying what is due, by when, and what to do.
extension Reminder {
    public func text(_ l: Language, association: String) -> (subject: String, body: String) {
        let id = l == .indonesian
        let (subject, lines): (String, [String])
        switch self.subject {
        case .invoiceIssued(let number, let amount, let dueOn):
            subject = id ? "Tagihan \(number) terbit" : "Invoice \(number) issued"
            lines = id
                ? ["Tagihan \(number) sebesar \(amount.format(l)) telah terbit.", "Mohon dibayar paling lambat \(dueOn.format(l))."]
                : ["Invoice \(number) for \(amount.format(l)) has been issued.", "Please pay it by \(dueOn.format(l))."]
        case .invoiceOverdue(let number, let outstanding, let dueOn):
            subject = id ? "Tagihan \(number) lewat jatuh tempo" : "Invoice \(number) is overdue"
            lines = id
                ? ["Tagihan \(number) jatuh tempo \(dueOn.format(l)) dan masih terutang \(outstanding.format(l)).",
                   "Mohon segera dibayar; abaikan pesan ini bila sudah membayar."]
                : ["Invoice \(number) was due on \(dueOn.format(l)); \(outstanding.format(l)) is still owed.",
                   "Please pay it soon; ignore this message if you have paid."]
        case .leaseExpiring(let plot, _, let end):
            subject = id ? "Sewa kavling \(plot) berakhir \(end.format(l))" : "The lease of plot \(plot) ends on \(end.format(l))"
            lines = id
                ? ["Sewa kavling \(plot) berakhir pada \(end.format(l)).", "Hubungi pengurus asosiasi bila ingin memperpanjang."]
                : ["The lease of plot \(plot) ends on \(end.format(l)).", "Contact the association's officers to renew it."]
        case .reconfirmationDue(let submittedOn, let lastConfirmed, let lapsesOn):
            subject = id ? "Konfirmasi ulang permohonan kavling" : "Please reconfirm your plot application"
            let lapse = lapsesOn.map { id ? " Tanpa konfirmasi, permohonan gugur pada \($0.format(l))." : " Without it, the application lapses on \($0.format(l))." } ?? ""
            lines = id
                ? ["Permohonan kavling tanggal \(submittedOn.format(l)) terakhir dikonfirmasi \(lastConfirmed.format(l))."
                    + lapse, "Konfirmasi ulang lewat dasbor atau hubungi pengurus."]
                : ["Your plot application of \(submittedOn.format(l)) was last confirmed on \(lastConfirmed.format(l))."
                    + lapse, "Reconfirm it on the dashboard or contact the officers."]
        case .declarationDue(let year, let dueOn):
            subject = id ? "Laporan tahunan \(year) ditunggu" : "Your \(year) yearly declaration is due"
            lines = id
                ? ["Laporan omzet, tenaga kerja dan investasi tahun \(year) paling lambat \(dueOn.format(l)).",
                   "Kirim lewat dasbor perusahaan Anda."]
                : ["The \(year) figures (turnover, workers, investment) are due by \(dueOn.format(l)).",
                   "Send them from your firm's page on the dashboard."]
        case .documentExpiring(_, let kind, let number, let until):
            subject = id ? "\(kind.name(l).capitalizedFirst) \(number) berlaku sampai \(until.format(l))"
                : "\(kind.name(l).capitalizedFirst) \(number) is valid until \(until.format(l))"
            lines = id
                ? ["\(kind.name(l).capitalizedFirst) nomor \(number) berlaku sampai \(until.format(l)).",
                   "Unggah dokumen yang diperbarui lewat dasbor."]
                : ["\(kind.name(l).capitalizedFirst) number \(number) is valid until \(until.format(l)).",
                   "Upload the renewed document on the dashboard."]
        }
        let greeting = id ? "Kepada \(firmName)," : "Dear \(firmName),"
        let footer = id
            ? "Salam,\n\(association)\n\nPesan ini dikirim otomatis. Untuk berhenti menerima jenis pengingat ini, hubungi pengurus."
            : "Regards,\n\(association)\n\nThis message was sent automatically. To stop this kind of reminder, ask the officers."
        return (subject, ([greeting, ""] + lines + ["", footer]).joined(separator: "\n"))
    }
}

extension String {
    /// The text with its first letter in capitals ("izin usaha" → "Izin usaha").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
