import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// The dashboard's sessions and the server's keys in the embedded store; each write in one
/// `BEGIN IMMEDIATE` transaction, which orders two ends of one session.
extension SQLiteEstateStore: SessionRepository {
    public func startSession(_ session: StoredSession, actor: String) async throws {
        try await transaction { db in
            try Self.run(db, [SessionStatements.insert(session), SessionStatements.audit("sign in", session, actor: actor)])
        }
    }

    public func session(secretSHA256: String) async throws -> StoredSession? {
        try await read { db in try Self.rows(db, SessionStatements.bySecret(secretSHA256)).first.map(SessionStatements.session) }
    }

    public func touchSession(id: String, at now: Int64) async throws {
        try await transaction { db in try Self.run(db, [SessionStatements.touch(id: id, at: now)]) }
    }

    public func endSession(id: String, at now: Int64, reason: String, actor: String) async throws -> Bool {
        try await transaction { db in
            guard
                let session = try Self.rows(db, SessionStatements.live(id: id, locking: false)).first.map(
                    SessionStatements.session)
            else { return false }
            try Self.run(
                db,
                [
                    SessionStatements.end(id: id, at: now, reason: reason),
                    SessionStatements.audit(reason == "signed out" ? "sign out" : "end session", session, actor: actor, reason: reason),
                ])
            return true
        }
    }

    public func openSessions() async throws -> [StoredSession] {
        try await read { db in try Self.rows(db, SessionStatements.open).map(SessionStatements.session) }
    }

    public func serverKey(_ name: String, proposed: String) async throws -> String {
        try await transaction { db in
            try Self.run(db, [SessionStatements.proposeKey(name, proposed)])
            return try Self.rows(db, SessionStatements.key(name)).first?.text(0) ?? proposed
        }
    }

    public func auditRefusal(_ refusal: AuditedRefusal) async throws {
        try await transaction { db in try Self.run(db, [SessionStatements.auditRefused(refusal)]) }
    }
}
