/// A firm's or an estate's invoices and payments as stored (invoices not yet settled), what the
/// arrears report and a statement are worked out from.
public struct MoneyRecords: Sendable {
    public let invoices: [Invoice]
    /// In the order recorded.
    public let payments: [Payment]

    public init(invoices: [Invoice] = [], payments: [Payment] = []) {
        self.invoices = invoices
        self.payments = payments
    }

    /// The records as they stood at the end of `date`: invoices and credit notes issued by then,
    /// payments made by then (an invoice cancelled later reads as not cancelled).
    public func asOf(_ date: CivilDate) -> MoneyRecords {
        let invoices = invoices.filter { $0.issuedOn <= date }
        let issued = Set(invoices.map(\.number))
        return MoneyRecords(
            invoices: invoices.map { invoice in
                guard let credit = invoice.cancelledBy, !issued.contains(credit) else { return invoice }
                return invoice.uncancelled
            },
            payments: payments.filter { $0.paidOn <= date })
    }

    /// The invoices with what the payments settle of each.
    public var settled: [Invoice] {
        let ledger = PaymentLedger(invoices: invoices, payments: payments)
        return invoices.map(ledger.applied)
    }
}
