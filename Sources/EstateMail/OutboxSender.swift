import EstateStore
import Foundation
import Logging

/// Delivers the outbox (issue 17, item 4): claims one due entry at a time, hands it to the relay,
/// and records each step under its claim. A temporary failure is tried again after a growing
/// pause (`backoff` × 2^(attempt−1), at most an hour) until `maximumAttempts`, a permanent one
/// is `failed` at once. An entry is sent once: the only moment a sender's end could leave the
/// relay holding a message it was not told about is after the final dot, and the entry is then
/// `committing`, which a later sender turns into `unconfirmed` (for a person to check and
/// `retry`), never into a second message.
public struct OutboxSender: Sendable {
    public let store: any OutboxRepository
    public let client: SMTPClient
    /// How long a claim holds; the SMTP exchange is cut well inside it.
    public let claimSeconds: Int64
    public let backoffSeconds: Int64
    /// With the pause doubling to an hour, 30 attempts span about a day (26 h): a relay down
    /// over a weekend night still gets the message, a wrong address stops being tried.
    public static let maximumAttempts = 30
    let clock: @Sendable () -> Int64
    let logger: Logger

    public init(
        store: any OutboxRepository, smtp: SMTPConfiguration, claimSeconds: Int64 = 120, backoffSeconds: Int64 = 60,
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) },
        logger: Logger = Logger(label: "estate.outbox")
    ) {
        self.store = store
        self.claimSeconds = claimSeconds
        self.backoffSeconds = backoffSeconds
        self.client = SMTPClient(configuration: smtp, deadline: max(1, claimSeconds * 3 / 4))
        self.clock = clock
        self.logger = logger
    }

    /// What one pass did.
    public struct Pass: Sendable, Equatable {
        public var sent = 0, retried = 0, failed = 0, abandoned = 0
        public var total: Int { sent + retried + failed + abandoned }
    }

    /// Delivers every entry due now, one after another, until none is due.
    public func deliverDue() async throws -> Pass {
        var pass = Pass()
        while let entry = try await store.claimOutbox(at: clock(), leaseSeconds: claimSeconds, claim: UUID().uuidString) {
            try await deliver(entry, into: &pass)
        }
        return pass
    }

    /// The pause before attempt `attempts + 1`.
    public func pause(afterAttempts attempts: Int) -> Int64 {
        min(3600, backoffSeconds << Int64(max(0, min(attempts - 1, 20))))
    }

    func deliver(_ entry: OutboxEntry, into pass: inout Pass) async throws {
        guard let claim = entry.claim else { return }
        let message = MailMessage.render(entry, from: client.configuration.from, date: Date())
        let (store, clock, id) = (store, clock, entry.id)
        let outcome = await client.send(to: entry.draft.recipient, message: message) {
            try await store.recordOutbox(id, claim: claim, .committing, at: clock())
        }
        let step: OutboxStep
        switch outcome {
        case .accepted:
            step = .sent
            pass.sent += 1
        case .unknown(let why):
            step = .unconfirmed(error: why)
            pass.failed += 1
        case .abandoned:
            pass.abandoned += 1
            logger.warning("outbox entry \(id): claim lost before the final dot; not sent", metadata: ["key": "\(entry.draft.key)"])
            return
        case .permanent(let why):
            step = .failed(error: why)
            pass.failed += 1
        case .temporary(let why) where entry.attempts >= Self.maximumAttempts:
            step = .failed(error: "\(why) (after \(entry.attempts) attempts)")
            pass.failed += 1
        case .temporary(let why):
            step = .retry(at: clock() + pause(afterAttempts: entry.attempts), error: why)
            pass.retried += 1
        }
        if try await !store.recordOutbox(id, claim: claim, step, at: clock()) {
            logger.error("outbox entry \(id): claim lost while recording \(step)", metadata: ["key": "\(entry.draft.key)"])
        }
    }
}
