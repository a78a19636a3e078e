import EstateDomain
import EstateStore

/// An outbox entry as `estate outbox list --format json` and `GET /api/v1/outbox` show it
/// (the message's body is not listed: it is the reminder's text, and names the firm).
public struct OutboxEntryView: Encodable, Sendable {
    public let id: Int64
    public let nib: String
    public let kind: String
    public let key: String
    public let recipient: String
    public let language: String
    public let subject: String
    public let state: String
    public let attempts: Int
    public let lastError: String?
    public let sentAt: Int64?

    public init(_ entry: OutboxEntry) {
        id = entry.id
        nib = entry.draft.nib.digits
        kind = entry.draft.kind.rawValue
        key = entry.draft.key
        recipient = entry.draft.recipient
        language = entry.draft.language.rawValue
        subject = entry.draft.subject
        state = entry.state.rawValue
        attempts = entry.attempts
        lastError = entry.lastError
        sentAt = entry.sentAt
    }
}

/// Where a firm's reminders go, as the API shows it.
public struct MailRecipientView: Encodable, Sendable {
    public let nib: String
    public let email: String
    public let language: String
    public let optedOut: [String]

    public init(_ recipient: MailRecipient) {
        nib = recipient.nib.digits
        email = recipient.email
        language = recipient.language.rawValue
        optedOut = recipient.optedOut.map(\.rawValue).sorted()
    }
}
