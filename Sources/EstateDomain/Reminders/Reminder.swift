/// One reminder a firm is due on a day (issue 17, item 4), before it is written in a language:
/// what it is about, and the key that makes it one entry of the outbox however often the
/// reminders are planned (an invoice's issue once, a lease's end once, a stale application once
/// per confirmation, a document's expiry once).
public struct Reminder: Sendable, Hashable {
    public enum Subject: Sendable, Hashable {
        case invoiceIssued(number: String, amount: Rupiah, dueOn: CivilDate)
        case invoiceOverdue(number: String, outstanding: Rupiah, dueOn: CivilDate)
        case leaseExpiring(plot: String, start: CivilDate, end: CivilDate)
        case reconfirmationDue(submittedOn: CivilDate, lastConfirmed: CivilDate, lapsesOn: CivilDate?)
        case declarationDue(fiscalYear: Int, dueOn: CivilDate)
        case documentExpiring(id: Int64, kind: DocumentKind, number: String, validUntil: CivilDate)
    }

    public let nib: NIB
    public let firmName: String
    public let subject: Subject

    public init(nib: NIB, firmName: String, subject: Subject) {
        self.nib = nib
        self.firmName = firmName
        self.subject = subject
    }

    public var kind: ReminderKind {
        switch subject {
        case .invoiceIssued: .invoiceIssued
        case .invoiceOverdue: .invoiceOverdue
        case .leaseExpiring: .leaseExpiring
        case .reconfirmationDue: .reconfirmationDue
        case .declarationDue: .declarationDue
        case .documentExpiring: .documentExpiring
        }
    }

    /// The outbox's unique key: the same reminder planned twice is one entry.
    public var key: String {
        switch subject {
        case .invoiceIssued(let number, _, _), .invoiceOverdue(let number, _, _): "\(kind.rawValue):\(number)"
        case .leaseExpiring(let plot, let start, let end): "\(kind.rawValue):\(nib.digits):\(plot):\(start.iso):\(end.iso)"
        case .reconfirmationDue(let submitted, let confirmed, _):
            "\(kind.rawValue):\(nib.digits):\(submitted.iso):\(confirmed.iso)"
        case .declarationDue(let year, _): "\(kind.rawValue):\(nib.digits):\(year)"
        case .documentExpiring(let id, _, _, let until): "\(kind.rawValue):\(id):\(until.iso)"
        }
    }
}
