import EstateStore
import Foundation
import Hummingbird

/// The server's keys, read from the store once and kept: the same for every server on the
/// store, so a CSRF value made by one is checked by another.
final class ServerKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String: String] = [:]

    /// The key `name`, made on first use.
    func key(_ name: String, store: any EstateServerStore) async throws -> String {
        if let key = lock.withLock({ kept[name] }) { return key }
        let key = try await store.serverKey(name, proposed: AccessTokens.randomKey())
        lock.withLock { kept[name] = key }
        return key
    }
}

/// Sign-in attempts by address, in this server's memory (issue 17, item 2). Each attempt is
/// counted before its token is checked, in one step with the check, so that requests held back
/// and released together cannot all pass while nothing is counted yet; an attempt that succeeds
/// is then taken off again (only that one: a valid token does not wipe the address's failures).
/// After the second failure each is answered late; once `failuresAllowed` fall within the
/// window the address is refused (429 with Retry-After) until the oldest of them leaves it.
final class SignInThrottle: @unchecked Sendable {
    /// A bound on memory under a spray of addresses: beyond it the addresses that are not
    /// refused are forgotten first, and a new address is let through uncounted only when every
    /// kept one is refused.
    static let capacity = 10_000
    private let lock = NSLock()
    private var attempts: [String: [Int64]] = [:]

    /// Counts an attempt from `address` at `now`: nil when it may go on, else the seconds until
    /// the address may try again (the refused attempt is not counted).
    func attempt(_ address: String, now: Int64, policy: SessionPolicy) -> Int64? {
        lock.withLock {
            let recent = (attempts[address] ?? []).filter { now - $0 < policy.failureWindowSeconds }
            if recent.count >= policy.failuresAllowed, let oldest = recent.first {
                attempts[address] = recent
                return max(1, policy.failureWindowSeconds - (now - oldest))
            }
            if attempts[address] == nil, attempts.count >= Self.capacity {
                attempts = attempts.filter { entry in
                    entry.value.filter { now - $0 < policy.failureWindowSeconds }.count >= policy.failuresAllowed
                }
                guard attempts.count < Self.capacity else { return nil }
            }
            attempts[address] = recent + [now]
            return nil
        }
    }

    /// The attempt made at `now` was no failure (the token was good, or the form was stale).
    func forget(_ address: String, at now: Int64) {
        lock.withLock {
            guard var times = attempts[address], let index = times.lastIndex(of: now) else { return }
            times.remove(at: index)
            attempts[address] = times.isEmpty ? nil : times
        }
    }

    /// The failures of `address` within the window at `now`.
    func failures(_ address: String, now: Int64, policy: SessionPolicy) -> Int {
        lock.withLock { (attempts[address] ?? []).filter { now - $0 < policy.failureWindowSeconds }.count }
    }
}

/// A dashboard session as a request carries it: its public id and the CSRF value every form and
/// unsafe API call made with it must send back, keyed with the server's key and bound to this
/// session alone (another session's value, or one made without the key, is refused).
public struct DashboardSession: Sendable, Hashable {
    public static let cookieName = "estate_session"
    /// The cookie of the sign-in page's own CSRF value, before any session exists.
    public static let signInCookieName = "estate_signin"
    public let id: String
    /// The value every form of this session must send back (`csrf` field or `X-CSRF-Token`).
    public let csrf: String

    init(_ session: StoredSession, key: String) {
        id = session.id
        csrf = AccessTokens.keyed("csrf:" + session.secretSHA256, key: key)
    }

    /// The sign-in form's CSRF value for the nonce in the browser's sign-in cookie.
    static func signInValue(nonce: String, key: String) -> String {
        AccessTokens.keyed("signin:" + nonce, key: key)
    }

    /// A sign-in nonce made at `now`: the time, then 64 random hex characters.
    static func signInNonce(at now: Int64) -> String { "\(now)." + AccessTokens.randomKey() }

    /// Whether a sign-in nonce was made within the last hour (a form older than that is stale).
    static func isFresh(nonce: String, at now: Int64) -> Bool {
        guard let made = nonce.split(separator: ".").first.flatMap({ Int64($0) }) else { return false }
        return (-60...3600).contains(now - made)
    }
}
