/// Which invoices a firm's payments settle, worked out from the invoices and payments in order
/// rather than stored, so that it is always what the records say:
///
/// - payments count in the order they were made (`paidOn`, then as recorded); a reversed
///   payment, and its reversal, count for nothing;
/// - a payment settles first the invoice it names (while that invoice is owed), then the firm's
///   other invoices, oldest first (issue date, then number);
/// - what is left is the firm's credit, which settles its next invoices as they are issued;
/// - a cancelled invoice (its credit note among the invoices given) owes nothing, so what was
///   paid on it settles the firm's other invoices, its corrected invoice among them.
///
/// Give it the invoices and payments up to a date to see the accounts as they were on that day.
public struct PaymentLedger: Sendable {
    /// A part of a payment settling one invoice.
    public struct Allocation: Hashable, Sendable {
        public let invoice: InvoiceNumber
        public let amount: Rupiah

        public init(invoice: InvoiceNumber, amount: Rupiah) {
            self.invoice = invoice
            self.amount = amount
        }
    }

    /// What payments settle of each invoice owed (absent: nothing).
    public let settled: [InvoiceNumber: Rupiah]
    /// Each counted payment's parts, by reference.
    public let allocations: [String: [Allocation]]
    /// What each firm has paid beyond what it owes.
    public let credit: [NIB: Rupiah]

    /// `payments` in the order they were recorded.
    public init(invoices: [Invoice], payments: [Payment]) {
        let cancelled = Set(invoices.compactMap(\.cancels))
        let owed = invoices
            .filter { $0.kind != .creditNote && !cancelled.contains($0.number) }
            .sorted { ($0.issuedOn, $0.number) < ($1.issuedOn, $1.number) }
        let owedByFirm = Dictionary(grouping: owed, by: \.nib)
        let reversed = Set(payments.compactMap(\.reverses))
        let counted = payments.enumerated()
            .filter { $0.element.kind == .payment && !reversed.contains($0.element.reference) }
            .sorted { ($0.element.paidOn, $0.offset) < ($1.element.paidOn, $1.offset) }
            .map(\.element)
        var settled: [InvoiceNumber: Int64] = [:]
        var allocations: [String: [Allocation]] = [:]
        var credit: [NIB: Rupiah] = [:]
        for payment in counted {
            var left = payment.amount.amount
            let firms = owedByFirm[payment.nib] ?? []
            let named = firms.filter { $0.number == payment.invoice }
            for invoice in named + firms where left > 0 {
                let open = invoice.figures.amountDue.amount - settled[invoice.number, default: 0]
                guard open > 0 else { continue }
                let part = min(open, left)
                settled[invoice.number, default: 0] += part
                allocations[payment.reference, default: []].append(Allocation(invoice: invoice.number, amount: Rupiah(part)))
                left -= part
            }
            if left > 0 { credit[payment.nib] = Rupiah((credit[payment.nib]?.amount ?? 0) + left) }
        }
        self.settled = settled.mapValues(Rupiah.init)
        self.allocations = allocations
        self.credit = credit
    }

    /// `invoice` with what the payments settle of it.
    public func applied(to invoice: Invoice) -> Invoice {
        invoice.settled(by: settled[invoice.number] ?? Rupiah(0))
    }
}
