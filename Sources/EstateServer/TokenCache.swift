import EstateStore
import Foundation

/// The tokens this server has verified, keyed by their public id, so that a request with a known
/// token costs no round trip to the database before its handler runs (the presented secret is
/// still compared with the kept digest, in constant time, by the caller).
/// Nothing here is trusted on its own: a token found here is confirmed by the database for every
/// request (`PendingTokenCheck`), and forgotten when that fails. A token's role and name never
/// change (a token is only ever revoked), so what is kept cannot go stale in any other way.
final class TokenCache: @unchecked Sendable {
    /// Beyond this many tokens the cache starts again empty: a bound on memory that no real
    /// association reaches (each entry is a few hundred bytes).
    static let capacity = 4_096
    private let lock = NSLock()
    private var tokens: [String: StoredToken] = [:]

    /// The token kept under this id, if it was verified before.
    func token(id: String) -> StoredToken? {
        lock.withLock { tokens[id] }
    }

    /// Keeps a token the database has just verified.
    func remember(_ token: StoredToken) {
        lock.withLock {
            if tokens.count >= Self.capacity { tokens.removeAll(keepingCapacity: true) }
            tokens[token.id] = token
        }
    }

    /// Forgets a token the database no longer accepts.
    func forget(id: String) {
        _ = lock.withLock { tokens.removeValue(forKey: id) }
    }
}
