import EstateDomain

/// What a store keeps of the payments firms make (issue 16, item 5). Recording is one
/// transaction under the estate's write lock that reads the reference there: the same payment
/// sent twice (a retried request, two officers typing the same bank line) is recorded once, and
/// the database's UNIQUE (estate, reference) holds it as well.
public protocol PaymentRepository: Sendable {
    /// Records `payment`, or answers the stored one (`replayed`) when its reference is already
    /// recorded with the same figures; refuses the reference with other figures, a firm that is
    /// not the estate's, a date after today, and a named invoice that is not the firm's, a credit
    /// note or cancelled.
    func recordPayment(_ payment: Payment, actor: String) async throws -> PaymentRecord

    /// Takes back the payment `reference` by a reversal of its own (`reversal` its reference) on
    /// `date`; replayed like a payment, refused for a payment already reversed or a reversal.
    func reversePayment(_ reference: String, reversal: String, on date: CivilDate, reason: String, actor: String)
        async throws -> PaymentRecord

    /// The estate's payments (one firm's, when given), in the order recorded, with what each settles.
    func payments(nib: NIB?) async throws -> [PaymentRecord]

    /// The estate's invoices and payments (one firm's, when given) as stored, for the arrears
    /// report and statements, which settle them as of their own date.
    func moneyRecords(nib: NIB?) async throws -> MoneyRecords
}

/// A recorded payment, the invoices it settles (as the records stand now) and its firm's credit.
public struct PaymentRecord: Hashable, Sendable {
    public let payment: Payment
    /// The reference was already recorded with these figures: nothing was written.
    public let replayed: Bool
    public let allocations: [PaymentLedger.Allocation]
    /// What the firm has paid beyond all it owes, to be used by its next invoices.
    public let credit: Rupiah

    public init(_ payment: Payment, replayed: Bool, ledger: PaymentLedger) {
        self.payment = payment
        self.replayed = replayed
        self.allocations = ledger.allocations[payment.reference] ?? []
        self.credit = ledger.credit[payment.nib] ?? Rupiah(0)
    }
}
