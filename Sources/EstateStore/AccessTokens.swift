import Crypto
import EstateDomain
import Foundation

/// What a bearer token may do on the HTTP API. Each role from `regency` up (regency, viewer,
/// officer, admin) includes the ones before it; `tenant` comes first and includes none: a firm's
/// account passes only the routes that name it as their tenant access, and sees only its own
/// firms there.
public enum APIRole: String, CaseIterable, Comparable, Sendable, Codable {
    /// A firm's own account (issue 17): its profile, declarations, applications, leases,
    /// invoices, statement and receipts, for the firms its token names, and nothing else.
    case tenant
    /// The regency's industry office (Dinas Perindustrian, issue 18): reads the business forum
    /// (industries, needs, capability profiles, matches, schedules, outcomes, its report), the
    /// estates, their plots and map, the partnerships and the reports without money or papers
    /// (`ReportKind.readByRegencyOffice`); never a firm's invoices, payments, documents,
    /// declarations or applications, which are between the firm and its association.
    case regency
    /// Reads plots, tenants, the waitlist and every report.
    case viewer
    /// Also adds tenants, declarations and applications, and asks for allocation proposals.
    case officer
    /// Also commits proposals, ends leases, withdraws plots, imports files and manages tokens.
    case admin

    public static func < (lhs: APIRole, rhs: APIRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A token as the store keeps it: never the secret, only its SHA-256.
public struct StoredToken: Hashable, Sendable {
    /// The public part of the token (10 lowercase letters or digits), its key in the store.
    public let id: String
    public let name: String
    public let role: APIRole
    /// Hex SHA-256 of the secret part.
    public let secretSHA256: String
    public let revoked: Bool
    /// The codes of the estates it may be used for; nil for every estate of the store (a
    /// regency-wide token, e.g. the industry office's viewer).
    public let estates: [String]?
    /// The NIBs (13 digits) of the firms a tenant token acts for; nil for a staff token, which
    /// sees every firm of its estates.
    public let firms: [String]?

    public init(
        id: String, name: String, role: APIRole, secretSHA256: String, revoked: Bool = false, estates: [String]? = nil,
        firms: [String]? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.secretSHA256 = secretSHA256
        self.revoked = revoked
        self.estates = estates.map { Array(Set($0)).sorted() }
        self.firms = firms.map { Array(Set($0)).sorted() }
    }

    /// Whether the token may be used for the estate with `code`.
    public func allows(estate code: String) -> Bool { estates?.contains(code) ?? true }

    /// Whether it may be used for every estate (the regency-wide views need it).
    public var isRegencyWide: Bool { estates == nil }
}

/// A new token: the text to hand over once (`ce_<id>_<secret>`) and what the store keeps.
public struct IssuedToken: Sendable {
    public let text: String
    public let stored: StoredToken

    /// A token with 10 random id characters and a 43-character random secret (256 bits).
    public static func generate(
        name: String, role: APIRole, estates: [String]? = nil, firms: [String]? = nil
    ) -> IssuedToken {
        var generator = SystemRandomNumberGenerator()
        let idAlphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let secretAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        let id = String((0..<10).map { _ in idAlphabet.randomElement(using: &generator)! })
        let secret = String((0..<43).map { _ in secretAlphabet.randomElement(using: &generator)! })
        return IssuedToken(
            text: "ce_\(id)_\(secret)",
            stored: StoredToken(
                id: id, name: name, role: role, secretSHA256: AccessTokens.digest(secret), estates: estates,
                firms: firms))
    }
}

/// Reading and checking presented tokens.
public enum AccessTokens {
    /// Splits `ce_<id>_<secret>` into its parts; nil for anything else.
    public static func parse(_ text: String) -> (id: String, secret: String)? {
        let parts = text.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "ce", parts[1].count == 10, parts[2].count == 43 else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    /// Hex SHA-256 of a secret.
    public static func digest(_ secret: String) -> String { digest(bytes: Array(secret.utf8)) }

    /// Hex SHA-256 of bytes (a secret's, a document's), lower case.
    public static func digest(bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Whether the secret matches the stored digest, comparing every byte whatever differs
    /// first, so that the time taken says nothing about how much of a guess was right.
    public static func matches(secret: String, stored: StoredToken) -> Bool {
        constantTimeEqual(digest(secret), stored.secretSHA256) && !stored.revoked
    }

    /// Compares two strings in a time that depends on their length only.
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

/// A request to commit under an `Idempotency-Key`: the key and a digest of the request, so
/// that reusing a key for a different request is refused rather than answered wrongly.
public struct IdempotencyKey: Hashable, Sendable {
    public let key: String
    public let requestSHA256: String

    public init(key: String, request: String) {
        self.key = key
        requestSHA256 = AccessTokens.digest(request)
    }

    /// The key `key` as sent by the token `token`: stored as the token's id and the key's
    /// digest, so that another token's request under the same key is never its replay, and
    /// learns nothing of its use (issue 17's security review).
    public init(key: String, request: String, token: String) {
        self.init(key: "\(token)/" + AccessTokens.digest(key), request: request)
    }
}

/// What an idempotent commit answered: what was committed under the key, and whether an
/// earlier request with the key committed it (then this one wrote nothing). The adapter renders
/// its answer from `committed`, so a replay reads like the first answer.
public struct IdempotentCommit: Hashable, Sendable {
    public let committed: CommittedAllocation
    public let replayed: Bool

    public init(committed: CommittedAllocation, replayed: Bool) {
        self.committed = committed
        self.replayed = replayed
    }
}

extension AccessRepository {
    /// The live stored token that `text` (`ce_<id>_<secret>`) is; nil when it is malformed,
    /// unknown, revoked or its secret does not match.
    public func verifiedToken(_ text: String) async throws -> StoredToken? {
        guard let (id, secret) = AccessTokens.parse(text), let stored = try await token(id: id),
            AccessTokens.matches(secret: secret, stored: stored)
        else { return nil }
        return stored
    }
}

/// What the HTTP API keeps beside the estate: tokens and idempotent commits.
public protocol AccessRepository: Sendable {
    /// Stores a new token; a live token with the same name is refused (`StoreError.exists`).
    func createToken(_ token: StoredToken, actor: String) async throws

    /// Revokes the live token with this id or name; false when there is none.
    func revokeToken(_ idOrName: String, actor: String) async throws -> Bool

    /// The token with this id, revoked or not.
    func token(id: String) async throws -> StoredToken?

    /// Every token, live first.
    func tokens() async throws -> [StoredToken]

    /// Commits the proposal once per key: the first request writes the leases and stores what it
    /// committed under the key, in the same transaction; a retry with the same key and request
    /// gets that back and writes nothing; the same key with a different request is refused.
    func commit(_ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey) async throws
        -> IdempotentCommit

    /// Whether the store answers a trivial query (for `/readyz`).
    func ping() async throws

    /// Whether the database can be reached at all right now, asked outside the pool: tells a
    /// database that is away from one that is only busy when a call takes long.
    func reachable() async -> Bool
}
