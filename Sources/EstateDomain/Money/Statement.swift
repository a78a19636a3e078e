/// A firm's account between two dates: what it was owed before (the opening balance), each
/// invoice, credit note, payment and reversal in date order with the running balance, and what
/// it owes at the end. A balance above zero is owed by the firm; below zero is its credit.
public struct Statement: Sendable {
    public enum EntryKind: String, Sendable {
        case invoice, deposit
        case creditNote = "credit_note"
        case payment, reversal
    }

    public struct Entry: Sendable {
        public let date: CivilDate
        public let kind: EntryKind
        /// The invoice's or credit note's number, the payment's reference.
        public let reference: String
        /// What the entry adds to what the firm owes (an invoice, a reversal).
        public let debit: Rupiah
        /// What it takes off (a payment, a credit note).
        public let credit: Rupiah
        public let balance: Rupiah
    }

    public let nib: NIB
    /// The firm's legal name as the estate records it.
    public let name: String
    public let from: CivilDate?
    public let to: CivilDate?
    public let opening: Rupiah
    public let entries: [Entry]
    public var closing: Rupiah { entries.last?.balance ?? opening }

    /// The statement of `nib` from `from` to `to` (both inclusive; open-ended when nil).
    public init(_ records: MoneyRecords, nib: NIB, name: String, from: CivilDate? = nil, to: CivilDate? = nil) {
        self.nib = nib
        self.name = name
        self.from = from
        self.to = to
        var all: [(date: CivilDate, order: Int, kind: EntryKind, reference: String, change: Int64)] = []
        for invoice in records.invoices where invoice.nib == nib {
            let kind: EntryKind = switch invoice.kind {
            case .periodic: .invoice
            case .deposit: .deposit
            case .creditNote: .creditNote
            }
            let due = invoice.figures.amountDue.amount
            all.append((invoice.issuedOn, 0, kind, invoice.number.description, kind == .creditNote ? -due : due))
        }
        for (index, payment) in records.payments.enumerated() where payment.nib == nib {
            let amount = payment.amount.amount
            all.append((payment.paidOn, 1 + index, payment.kind == .payment ? .payment : .reversal, payment.reference,
                        payment.kind == .payment ? -amount : amount))
        }
        all.sort { ($0.date, $0.order, $0.reference) < ($1.date, $1.order, $1.reference) }
        var balance: Int64 = 0
        var entries: [Entry] = []
        for item in all where to.map({ item.date <= $0 }) ?? true {
            balance += item.change
            guard from.map({ item.date >= $0 }) ?? true else { continue }
            entries.append(Entry(
                date: item.date, kind: item.kind, reference: item.reference, debit: Rupiah(max(0, item.change)),
                credit: Rupiah(max(0, -item.change)), balance: Rupiah(balance)))
        }
        let moved = entries.reduce(Int64(0)) { $0 + $1.debit.amount - $1.credit.amount }
        opening = Rupiah(balance - moved)
        self.entries = entries
    }
}
