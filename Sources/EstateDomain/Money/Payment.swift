/// A payment a firm made to the association, as recorded from the bank's statement or a
/// receipt. Never edited once recorded: a reversal (a bounced transfer, a payment booked to the
/// wrong firm) is a payment of its own that names the one it takes back.
public struct Payment: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case payment
        case reversal
    }

    /// Unique per estate: the bank's transfer reference or the receipt's number. The same
    /// reference recorded twice with the same figures is a replay.
    public let reference: String
    public let nib: NIB
    /// What was paid (for a reversal: what the reversed payment paid), always more than zero.
    public let amount: Rupiah
    public let paidOn: CivilDate
    /// The invoice the payer named, settled first.
    public let invoice: InvoiceNumber?
    /// The number of the withholding slip (bukti potong) the firm handed over with it.
    public let withholdingSlip: String?
    /// For a reversal, the reference of the payment it takes back, and why.
    public let reverses: String?
    public let reason: String?

    public var kind: Kind { reverses == nil ? .payment : .reversal }

    /// No payment is larger: a bound on typing, not a rule of the association (a year of the
    /// whole cluster's rent is a few billion Rupiah), so that the sums of a firm's ledger and
    /// statement can never overflow whatever is recorded.
    public static let largestAmount = Rupiah(1_000_000_000_000)

    /// A payment as typed: the reference and the slip's number checked as free text, the amount
    /// more than zero.
    public init(
        reference: String, nib: NIB, amount: Rupiah, paidOn: CivilDate, invoice: InvoiceNumber? = nil,
        withholdingSlip: String? = nil
    ) throws {
        guard amount.amount > 0 else {
            throw InputError(
                field: "amount", value: String(amount.amount), problem: "is not more than zero",
                fix: "Give what the firm paid in whole Rupiah, e.g. 9210000 or Rp9.210.000; a payment taken back is "
                    + "a reversal (estate payments reverse).",
                masalah: "tidak lebih dari nol",
                perbaikan: "Isikan jumlah yang dibayar dalam Rupiah utuh, misalnya 9210000 atau Rp9.210.000; pembayaran "
                    + "yang ditarik kembali dicatat sebagai pembatalan (estate payments reverse).")
        }
        guard amount <= Self.largestAmount else {
            throw InputError(
                field: "amount", value: String(amount.amount), problem: "is more than one payment can be (Rp1 trillion)",
                fix: "Check the figure: give what the firm paid in whole Rupiah, e.g. 9210000.",
                masalah: "lebih besar daripada satu pembayaran (Rp1 triliun)",
                perbaikan: "Periksa angkanya: isikan jumlah yang dibayar dalam Rupiah utuh, misalnya 9210000.")
        }
        self.init(
            checkedReference: try FreeText.checked(reference, field: "reference", limit: 100, example: "BRI-20261205-0042"),
            nib: nib, amount: amount, paidOn: paidOn, invoice: invoice,
            withholdingSlip: try withholdingSlip.map {
                try FreeText.checked($0, field: "withholding_slip", limit: 100, example: "BP-2026-0012")
            },
            reverses: nil, reason: nil)
    }

    /// As stored: no check repeated (the store's CHECKs held it when it was written).
    public init(
        checkedReference reference: String, nib: NIB, amount: Rupiah, paidOn: CivilDate, invoice: InvoiceNumber?,
        withholdingSlip: String?, reverses: String?, reason: String?
    ) {
        self.reference = reference
        self.nib = nib
        self.amount = amount
        self.paidOn = paidOn
        self.invoice = invoice
        self.withholdingSlip = withholdingSlip
        self.reverses = reverses
        self.reason = reason
    }

    /// The reversal `reference` of this payment on `date` for `reason`: the same firm and amount.
    /// Refused for a reversal.
    public func reversal(reference: String, on date: CivilDate, reason: String) throws -> Payment {
        guard kind == .payment else {
            throw RecordChangeRefusal.notAllowed(
                "\(self.reference) is itself a reversal (of \(reverses ?? "")); record a new payment instead",
                indonesian: "\(self.reference) sendiri adalah pembatalan (dari \(reverses ?? "")); catat pembayaran baru")
        }
        return Payment(
            checkedReference: try FreeText.checked(reference, field: "reference", limit: 100, example: "BRI-20261206-0001"),
            nib: nib, amount: amount, paidOn: date, invoice: nil, withholdingSlip: nil, reverses: self.reference,
            reason: try FreeText.checked(reason, field: "reason", limit: 500, example: "transfer ditolak bank"))
    }

    /// Whether `other` records the same payment (a replay): every figure equal.
    public func sameFigures(as other: Payment) -> Bool { self == other }
}
