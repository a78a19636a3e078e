import EstateDomain
import EstateStore

/// A recorded payment as the CLI's JSON and the API show it: what it settles as the records
/// stand now, and its firm's credit.
public struct PaymentView: Encodable, Hashable, Sendable {
    public let reference: String
    public let kind: String
    public let nib: String
    public let amount: Int64
    public let paidOn: String
    public let invoice: String?
    public let withholdingSlip: String?
    public let reverses: String?
    public let reason: String?
    public let allocations: [Allocation]
    /// What the firm has paid beyond all it owes, used by its next invoices.
    public let credit: Int64
    /// The reference was already recorded with these figures; nothing was written.
    public let replayed: Bool

    public struct Allocation: Encodable, Hashable, Sendable {
        public let invoice: String
        public let amount: Int64
    }

    public init(_ record: PaymentRecord) {
        let payment = record.payment
        reference = payment.reference
        kind = payment.kind.rawValue
        nib = payment.nib.digits
        amount = payment.amount.amount
        paidOn = payment.paidOn.iso
        invoice = payment.invoice?.description
        withholdingSlip = payment.withholdingSlip
        reverses = payment.reverses
        reason = payment.reason
        allocations = record.allocations.map { Allocation(invoice: $0.invoice.description, amount: $0.amount.amount) }
        credit = record.credit.amount
        replayed = record.replayed
    }

    /// What recording (or replaying) a payment did, in a sentence of `language`.
    public static func summary(_ record: PaymentRecord, language: Language) -> String {
        let id = language == .indonesian
        let payment = record.payment
        let parts = record.allocations.map { "\($0.invoice) \($0.amount.format(language))" }.joined(separator: ", ")
        let head: String
        switch (record.replayed, payment.kind) {
        case (true, _):
            head = id ? "Pembayaran \(payment.reference) sudah tercatat dengan angka yang sama; tidak ada yang ditulis."
                : "Payment \(payment.reference) was already recorded with these figures; nothing written."
        case (false, .reversal):
            head = id ? "Pembayaran \(payment.reverses ?? "") dibatalkan oleh \(payment.reference)."
                : "Payment \(payment.reverses ?? "") reversed by \(payment.reference)."
        case (false, .payment):
            head = id ? "Pembayaran \(payment.reference) \(payment.amount.format(language)) dari NIB \(payment.nib.digits) tercatat."
                : "Recorded payment \(payment.reference) of \(payment.amount.format(language)) from NIB \(payment.nib.digits)."
        }
        let settles = parts.isEmpty ? "" : (id ? " Melunasi: \(parts)." : " Settles: \(parts).")
        let credit = record.credit.amount > 0
            ? (id ? " Kelebihan bayar (kredit): \(record.credit.format(language))." : " Credit: \(record.credit.format(language)).")
            : ""
        return head + settles + credit
    }

    /// Payments as a terminal table, in `language`.
    public static func table(_ records: [PaymentRecord], language: Language) -> String {
        let id = language == .indonesian
        guard !records.isEmpty else { return id ? "Tidak ada pembayaran." : "No payment." }
        var table = TextTable(
            header: id ? ["referensi", "jenis", "NIB", "tanggal", "jumlah", "melunasi"]
                : ["reference", "kind", "NIB", "paid on", "amount", "settles"])
        table.rightAligned = [4]
        for record in records {
            let payment = record.payment
            table.add([
                payment.reference,
                payment.kind == .payment ? (id ? "pembayaran" : "payment")
                    : (id ? "pembatalan \(payment.reverses ?? "")" : "reversal of \(payment.reverses ?? "")"),
                payment.nib.digits, payment.paidOn.format(language), payment.amount.format(language),
                record.allocations.map { "\($0.invoice) \($0.amount.format(language))" }.joined(separator: "; "),
            ])
        }
        return table.rendered
    }
}
