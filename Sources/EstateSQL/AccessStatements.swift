import EstateDomain
import EstateStore
import Foundation

/// The statements both engines run for the `AccessRepository`.
package enum AccessStatements {
    package static func insert(_ token: StoredToken) -> SQLStatement {
        SQLStatement(
            "INSERT INTO api_tokens (id, name, role, secret_sha256, estates, firms) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .text(token.id), .text(token.name), .text(token.role.rawValue), .text(token.secretSHA256),
                .optionalText(token.estates?.joined(separator: ";")), .optionalText(token.firms?.joined(separator: ";")),
            ],
            subject: .record(what: "live token named", key: token.name))
    }

    /// The live token with this id or name (to revoke it and audit which one it was).
    package static func live(_ idOrName: String) -> SQLStatement {
        SQLStatement(
            "SELECT \(columns) FROM api_tokens WHERE revoked_at IS NULL AND (id = ? OR name = ?)",
            [.text(idOrName), .text(idOrName)])
    }

    package static func revoke(id: String) -> SQLStatement {
        SQLStatement("UPDATE api_tokens SET revoked_at = CURRENT_TIMESTAMP WHERE id = ?", [.text(id)])
    }

    package static let columns =
        "id, name, role, secret_sha256, CAST(CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END AS BIGINT), estates, firms"

    /// One row when the token with this id and secret digest is live: the check every write
    /// transaction of a request makes for the request's token (`PendingTokenCheck`). With
    /// `holdingRow` (PostgreSQL) the row is share-locked until the transaction ends, so that a
    /// revocation waits for the writes that confirmed the token and none commits after it
    /// returned (SQLite's `BEGIN IMMEDIATE` already orders them).
    package static func confirm(_ check: PendingTokenCheck, holdingRow: Bool) -> SQLStatement {
        SQLStatement(
            "SELECT 1 FROM api_tokens WHERE id = ? AND secret_sha256 = ? AND revoked_at IS NULL"
                + (holdingRow ? " FOR SHARE" : ""),
            [.text(check.id), .text(check.secretSHA256)])
    }

    package static func select(id: String) -> SQLStatement {
        SQLStatement("SELECT \(columns) FROM api_tokens WHERE id = ?", [.text(id)])
    }

    package static let all = SQLStatement(
        "SELECT \(columns) FROM api_tokens ORDER BY revoked_at IS NOT NULL, created_at, id")

    package static func token(_ row: any SQLRowReader) throws -> StoredToken {
        StoredToken(
            id: try row.text(0) ?? "", name: try row.text(1) ?? "",
            // A role this build does not know reads as a tenant of no firm: it sees nothing.
            role: APIRole(rawValue: try row.text(2) ?? "") ?? .tenant, secretSHA256: try row.text(3) ?? "",
            revoked: (try row.int(4) ?? 0) != 0,
            estates: try row.text(5).map { $0.split(separator: ";").map(String.init) },
            firms: try row.text(6).map { $0.split(separator: ";").map(String.init) }
                ?? (APIRole(rawValue: try row.text(2) ?? "") == nil ? [] : nil))
    }

    package static func audit(_ action: String, _ token: StoredToken, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: action, subject: "token \(token.id)",
            after: String(
                decoding: (try? JSONEncoder().encode(
                    [
                        "name": token.name, "role": token.role.rawValue,
                        "estates": token.estates?.joined(separator: ";") ?? "every estate",
                        "firms": token.firms?.joined(separator: ";") ?? "every firm",
                    ]))
                    ?? Data("{}".utf8),
                as: UTF8.self), record: AuditKeys.token(token.id))
    }

    package static func remembered(_ key: IdempotencyKey) -> SQLStatement {
        SQLStatement(
            "SELECT request_sha256, CAST(committed AS TEXT) FROM idempotent_commits WHERE key = ?", [.text(key.key)])
    }

    /// Keeps what a commit made under its key: the proposal it signed, its leases and the firms'
    /// names, as JSON; the adapter renders the answer from it, the first time and on a replay.
    package static func remember(_ key: IdempotencyKey, committed: CommittedAllocation) throws -> SQLStatement {
        SQLStatement(
            "INSERT INTO idempotent_commits (key, request_sha256, committed) VALUES (?, ?, ?)",
            [.text(key.key), .text(key.requestSHA256), .text(try stored(committed))],
            subject: .record(what: "Idempotency-Key", key: key.key))
    }

    /// A commit as `idempotent_commits` keeps it: JSON, areas in whole square centimetres so that
    /// every value reads back exactly (a seed or lottery draw up to `UInt64.max` included).
    package static func stored(_ committed: CommittedAllocation) throws -> String {
        let encoder = JSONEncoder()
        encoder.userInfo[.areasInSquareCentimetres] = true
        return String(decoding: try encoder.encode(committed), as: UTF8.self)
    }

    /// The commit `stored` wrote.
    package static func committed(from text: String) throws -> CommittedAllocation {
        let decoder = JSONDecoder()
        decoder.userInfo[.areasInSquareCentimetres] = true
        return try decoder.decode(CommittedAllocation.self, from: Data(text.utf8))
    }

    /// What was committed under a key: replayed when the request matches, refused when it does not.
    package static func replay(_ rows: [any SQLRowReader], for key: IdempotencyKey) throws -> IdempotentCommit? {
        guard let row = rows.first else { return nil }
        guard try row.text(0) == key.requestSHA256 else {
            throw StoreError.refused(
                "Idempotency-Key \(key.key) was already used for a different request; send a new key for a new "
                    + "request, or repeat the first request exactly to get its result")
        }
        guard let text = try row.text(1),
            let committed = try? committed(from: text)
        else {
            throw StoreError.refused(
                "what was committed under Idempotency-Key \(key.key) cannot be read back; its leases are stored "
                    + "(see the leases list); send a new key to commit another allocation")
        }
        return IdempotentCommit(committed: committed, replayed: true)
    }
}
