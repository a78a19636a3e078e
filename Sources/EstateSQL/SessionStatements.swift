import EstateDomain
import EstateStore
import Foundation

/// The statements both engines run for the dashboard's sessions and the server's keys.
package enum SessionStatements {
    static let columns =
        "id, secret_sha256, token_id, created_at, last_seen_at, expires_at, ended_at, ended_by, address"

    package static func insert(_ session: StoredSession) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO dashboard_sessions (id, secret_sha256, token_id, created_at, last_seen_at, expires_at, address)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(session.id), .text(session.secretSHA256), .text(session.tokenID), .int(session.createdAt),
                .int(session.lastSeenAt), .int(session.expiresAt), .optionalText(session.address),
            ],
            subject: .record(what: "session", key: session.id))
    }

    package static func bySecret(_ digest: String) -> SQLStatement {
        SQLStatement("SELECT \(columns) FROM dashboard_sessions WHERE secret_sha256 = ?", [.text(digest)])
    }

    /// The live session `id`; `locking` (PostgreSQL) holds its row until the transaction ends, so
    /// that of two ends at once one ends it and the other finds it ended.
    package static func live(id: String, locking: Bool) -> SQLStatement {
        SQLStatement(
            "SELECT \(columns) FROM dashboard_sessions WHERE id = ? AND ended_at IS NULL" + (locking ? " FOR UPDATE" : ""),
            [.text(id)])
    }

    package static let open = SQLStatement(
        "SELECT \(columns) FROM dashboard_sessions WHERE ended_at IS NULL ORDER BY created_at DESC, id")

    /// Moves `last_seen_at` forward only (two requests at once never move it back).
    package static func touch(id: String, at now: Int64) -> SQLStatement {
        SQLStatement(
            "UPDATE dashboard_sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL AND last_seen_at < ?",
            [.int(now), .text(id), .int(now)])
    }

    package static func end(id: String, at now: Int64, reason: String) -> SQLStatement {
        SQLStatement(
            "UPDATE dashboard_sessions SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL",
            [.int(now), .text(String(reason.prefix(200))), .text(id)])
    }

    package static func audit(_ action: String, _ session: StoredSession, actor: String, reason: String? = nil) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: action, subject: "session \(session.id)",
            after: WriteStatements.auditDocument(
                ["token": session.tokenID, "address": session.address ?? "", "reason": reason ?? ""]),
            record: "session:\(session.id)")
    }

    package static func auditRefused(_ refusal: AuditedRefusal) -> SQLStatement {
        WriteStatements.audit(
            actor: String(refusal.actor.prefix(200)), action: refusal.action, subject: String(refusal.subject.prefix(300)),
            after: WriteStatements.auditDocument(["reason": String(refusal.reason.prefix(500))]))
    }

    /// Keeps `secret` as the key `name` unless one is kept already (the first server's wins).
    package static func proposeKey(_ name: String, _ secret: String) -> SQLStatement {
        SQLStatement(
            "INSERT INTO server_keys (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", [.text(name), .text(secret)])
    }

    package static func key(_ name: String) -> SQLStatement {
        SQLStatement("SELECT secret FROM server_keys WHERE name = ?", [.text(name)])
    }

    package static func session(_ row: any SQLRowReader) throws -> StoredSession {
        StoredSession(
            id: try row.text(0) ?? "", secretSHA256: try row.text(1) ?? "", tokenID: try row.text(2) ?? "",
            createdAt: try row.int(3) ?? 0, lastSeenAt: try row.int(4) ?? 0, expiresAt: try row.int(5) ?? 0,
            endedAt: try row.int(6), endedBy: try row.text(7), address: try row.text(8))
    }
}
