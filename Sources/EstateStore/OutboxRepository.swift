import EstateDomain

/// Where an outbox entry's delivery stands (issue 17, item 4).
public enum OutboxState: String, Sendable, CaseIterable, Hashable {
    /// Waiting for its next attempt.
    case queued
    /// Claimed by a sender; the message's final dot has not been sent, so the SMTP server has
    /// not taken it: a sender lost now leaves it to be sent again.
    case sending
    /// The final dot may have reached the SMTP server: a sender lost now leaves it
    /// `unconfirmed`, never sent again without a person's `retry`.
    case committing
    /// The SMTP server accepted it (250 after the data).
    case sent
    /// Refused for good (5xx) or out of attempts; `retry` queues it again.
    case failed
    /// A sender was lost after the final dot: it may or may not have been delivered.
    case unconfirmed
}

/// A message to plan: the reminder written in its recipient's language, under its key.
public struct OutboxDraft: Sendable, Hashable {
    public let nib: NIB
    public let kind: ReminderKind
    public let key: String
    public let recipient: String
    public let language: Language
    public let subject: String
    public let body: String

    public init(nib: NIB, kind: ReminderKind, key: String, recipient: String, language: Language, subject: String, body: String) {
        self.nib = nib
        self.kind = kind
        self.key = key
        self.recipient = recipient
        self.language = language
        self.subject = subject
        self.body = body
    }
}

/// An outbox entry as stored; times are seconds since 1970 (UTC).
public struct OutboxEntry: Sendable, Hashable {
    public let id: Int64
    public let draft: OutboxDraft
    public let createdAt: Int64
    public let state: OutboxState
    public let attempts: Int
    public let nextAttemptAt: Int64
    /// The claim a sender holds (while `sending` or `committing`): every later step names it.
    public let claim: String?
    public let lastError: String?
    public let sentAt: Int64?

    public init(
        id: Int64, draft: OutboxDraft, createdAt: Int64, state: OutboxState, attempts: Int, nextAttemptAt: Int64,
        claim: String?, lastError: String?, sentAt: Int64?
    ) {
        self.id = id
        self.draft = draft
        self.createdAt = createdAt
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.claim = claim
        self.lastError = lastError
        self.sentAt = sentAt
    }
}

/// What a sender records after a step of its delivery.
public enum OutboxStep: Sendable, Hashable {
    /// About to send the final dot.
    case committing
    case sent
    /// A temporary failure (4xx, no connection): queued again for `at`.
    case retry(at: Int64, error: String)
    /// A permanent refusal (5xx) or the last attempt.
    case failed(error: String)
    /// No answer to the final dot: the relay may have it; a person decides (`retry`).
    case unconfirmed(error: String)
}

/// The firms' mail addresses and the outbox (issue 17, item 4).
public protocol OutboxRepository: Sendable {
    /// Sets (or replaces) a firm's address, language and opt-outs; an unknown firm is `notFound`.
    func setRecipient(_ recipient: MailRecipient, actor: String) async throws
    func recipients() async throws -> [MailRecipient]

    /// Adds the drafts whose keys are new, queued for `now`; returns how many were added.
    func enqueue(_ drafts: [OutboxDraft], at now: Int64) async throws -> Int

    /// First returns lost claims to where they belong (`sending` past its time → `queued`;
    /// `committing` → `unconfirmed`), then claims the oldest queued entry due by `now` for
    /// `leaseSeconds` under a new claim, counting the attempt. Two senders never hold one entry.
    func claimOutbox(at now: Int64, leaseSeconds: Int64, claim: String) async throws -> OutboxEntry?

    /// Records a step of the delivery under `claim`; false when the claim is no longer held
    /// (it ran out and the entry was recovered), in which case the sender must stop.
    func recordOutbox(_ id: Int64, claim: String, _ step: OutboxStep, at now: Int64) async throws -> Bool

    /// Every entry, or those in one state, newest first.
    func outbox(state: OutboxState?) async throws -> [OutboxEntry]

    /// Queues a `failed` or `unconfirmed` entry again for `now` (a person's decision); another
    /// state is `StoreError.refused`, an unknown id `notFound`.
    func retryOutbox(_ id: Int64, at now: Int64, actor: String) async throws -> OutboxEntry
}
