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

/// Failed sign-ins by address, in this server's memory: after the second each is answered
/// late, and once `failuresAllowed` fall within the window the address is refused (429 with
/// Retry-After) until the oldest of them leaves it. A success clears the address.
final class SignInThrottle: @unchecked Sendable {
    /// Beyond this many addresses the oldest record is dropped: a bound on memory under a spray
    /// of addresses, where the per-address limit no longer holds anyway.
    static let capacity = 10_000
    private let lock = NSLock()
    private var failures: [String: [Int64]] = [:]

    /// Seconds until `address` may try again, or nil when it may now.
    func retryAfter(_ address: String, now: Int64, policy: SessionPolicy) -> Int64? {
        lock.withLock {
            let recent = (failures[address] ?? []).filter { now - $0 < policy.failureWindowSeconds }
            failures[address] = recent.isEmpty ? nil : recent
            guard recent.count >= policy.failuresAllowed, let oldest = recent.first else { return nil }
            return max(1, policy.failureWindowSeconds - (now - oldest))
        }
    }

    /// Counts a failure; returns how many are within the window now.
    func fail(_ address: String, now: Int64, policy: SessionPolicy) -> Int {
        lock.withLock {
            if failures.count >= Self.capacity, failures[address] == nil { failures.removeAll(keepingCapacity: true) }
            let recent = (failures[address] ?? []).filter { now - $0 < policy.failureWindowSeconds } + [now]
            failures[address] = recent
            return recent.count
        }
    }

    func succeed(_ address: String) {
        _ = lock.withLock { failures.removeValue(forKey: address) }
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
}
