import Foundation

/// The bearer token of the request being handled, which every transaction the request makes
/// checks again, inside itself. The server keeps the tokens it verified, so that a request costs
/// no extra round trip to the database for its token; a token may have been revoked since (by the
/// CLI or another server), so it is confirmed *for each request*, by the database, before anything
/// is written or shown:
/// - every transaction that writes checks it inside the transaction, holding the token's row
///   (`AccessStatements.confirm`), and refuses with `TokenNoLongerValid` when it is revoked: a
///   write made with a revoked token is never committed, nor one that commits after a revocation
///   returned. It does so whether or not the token was `confirmed` earlier in the request (a lock
///   held by an earlier transaction ended with it);
/// - the PostgreSQL one-call write checks it in the same call (migration 0009);
/// - when nothing the request did confirmed it (a read, a refusal before any write), the server
///   verifies it directly before it answers (`AuthenticationMiddleware`).
///
/// The store reads the check of the running request from `PendingTokenCheck.current` (a task
/// local, set by the server around the request's handler); the CLI never sets one.
public final class PendingTokenCheck: @unchecked Sendable {
    /// The token's public id.
    public let id: String
    /// The SHA-256 of the secret that was presented, compared with the stored one.
    public let secretSHA256: String
    private let lock = NSLock()
    private var confirmedByDatabase = false

    /// The check of the request being handled, if its token came from memory.
    @TaskLocal public static var current: PendingTokenCheck?

    /// `confirmed`: the server has just verified the token with the database (a token seen for
    /// the first time), so the answer needs no further check; writes check it all the same.
    public init(id: String, secretSHA256: String, confirmed: Bool = false) {
        self.id = id
        self.secretSHA256 = secretSHA256
        confirmedByDatabase = confirmed
    }

    /// Whether the database has said, during this request, that the token is live: enough to
    /// release an answer, never a reason for a write to skip its own check.
    public var confirmed: Bool { lock.withLock { confirmedByDatabase } }

    /// Records that the database found the token live during this request.
    public func confirm() { lock.withLock { confirmedByDatabase = true } }
}

/// The token of the request was revoked (or is unknown) when a transaction of the request asked
/// the database: nothing was written. The server answers 401.
public struct TokenNoLongerValid: Error, Sendable {
    public init() {}
}
