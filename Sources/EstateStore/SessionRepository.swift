import Crypto
import Foundation

/// A dashboard session as the store keeps it (issue 17, item 2): never the cookie's secret, only
/// its SHA-256; the token it signs in as; its times in whole seconds since 1970 (UTC).
public struct StoredSession: Hashable, Sendable {
    /// The public handle admins list and revoke by (12 hex characters), not the secret.
    public let id: String
    public let secretSHA256: String
    public let tokenID: String
    public let createdAt: Int64
    public let lastSeenAt: Int64
    public let expiresAt: Int64
    public let endedAt: Int64?
    /// Why it ended: signed out, or revoked by whom.
    public let endedBy: String?
    /// The address it was signed in from.
    public let address: String?

    public init(
        id: String, secretSHA256: String, tokenID: String, createdAt: Int64, lastSeenAt: Int64, expiresAt: Int64,
        endedAt: Int64? = nil, endedBy: String? = nil, address: String? = nil
    ) {
        self.id = id
        self.secretSHA256 = secretSHA256
        self.tokenID = tokenID
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.endedAt = endedAt
        self.endedBy = endedBy
        self.address = address
    }

    /// Whether it may still be used at `now`: not ended, before its absolute expiry, and used
    /// within the last `idle` seconds.
    public func isLive(at now: Int64, idle: Int64) -> Bool {
        endedAt == nil && now < expiresAt && now - lastSeenAt < idle
    }

    /// Whether it may be used at `now` signing in as `token` (its own, as the store has it): live
    /// itself, and its token there and not revoked. A revoked token's sessions are over.
    public func isUsable(at now: Int64, idle: Int64, token: StoredToken?) -> Bool {
        guard let token, token.id == tokenID else { return false }
        return isLive(at: now, idle: idle) && !token.revoked
    }
}

/// A new session: the cookie's text (`s_<43 random characters>`, handed to the browser once)
/// and the row the store keeps.
public struct IssuedSession: Sendable {
    public let cookie: String
    public let stored: StoredSession

    /// A session for `tokenID` from `now`, ending at the latest `lifetime` seconds later.
    public static func generate(tokenID: String, now: Int64, lifetime: Int64, address: String?) -> IssuedSession {
        var generator = SystemRandomNumberGenerator()
        let secretAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let secret = "s_" + String((0..<43).map { _ in secretAlphabet.randomElement(using: &generator)! })
        let id = String((0..<12).map { _ in Array("0123456789abcdef").randomElement(using: &generator)! })
        return IssuedSession(
            cookie: secret,
            stored: StoredSession(
                id: id, secretSHA256: AccessTokens.digest(secret), tokenID: tokenID, createdAt: now, lastSeenAt: now,
                expiresAt: now + lifetime, address: address.map { String($0.prefix(100)) }))
    }

    /// Whether a cookie's text has a session's shape (else it is no session at all).
    public static func isSessionCookie(_ text: String) -> Bool {
        text.hasPrefix("s_") && text.count == 45
    }
}

/// The dashboard's sessions and the server's keys (issue 17, item 2).
public protocol SessionRepository: Sendable {
    /// Keeps a new session and audits the sign-in.
    func startSession(_ session: StoredSession, actor: String) async throws

    /// The session whose secret has this digest, ended or not (with its token live or not: the
    /// caller checks both); nil when there is none.
    func session(secretSHA256: String) async throws -> StoredSession?

    /// Notes that the session was used at `now` (its idle expiry counts from there).
    func touchSession(id: String, at now: Int64) async throws

    /// Ends the live session `id` at `now`, saying why, and audits it; false when there is no
    /// live session with that id.
    func endSession(id: String, at now: Int64, reason: String, actor: String) async throws -> Bool

    /// The sessions not ended, newest first.
    func openSessions() async throws -> [StoredSession]

    /// The key named `name`, made from `proposed` the first time it is asked for and the same for
    /// every server on the store after that.
    func serverKey(_ name: String, proposed: String) async throws -> String

    /// Records a refusal in the audit trail: a sign-in (an unknown or revoked token, a throttled
    /// address) or a write the caller's role or firm does not allow.
    func auditRefusal(_ refusal: AuditedRefusal) async throws
}

extension AccessTokens {
    /// HMAC-SHA256 of `message` under the hex `key`, as hex: a value only the server can make.
    public static func keyed(_ message: String, key: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return code.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    /// 64 random hex characters (256 bits): a new server key.
    public static func randomKey() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<64).map { _ in Array("0123456789abcdef").randomElement(using: &generator)! })
    }
}

/// A refusal the audit trail keeps: who (a token, or an address when no token was accepted),
/// what was refused and why.
public struct AuditedRefusal: Sendable, Hashable {
    public let actor: String
    public let action: String
    public let subject: String
    public let reason: String

    public init(actor: String, action: String, subject: String, reason: String) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.reason = reason
    }

    /// A sign-in refused for the address it came from.
    public static func signIn(address: String?, reason: String) -> AuditedRefusal {
        AuditedRefusal(actor: "address:\(address ?? "unknown")", action: "refuse sign-in", subject: "dashboard sign-in", reason: reason)
    }
}
