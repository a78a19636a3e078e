import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The dashboard's sessions and the server's keys in PostgreSQL.
extension PostgresEstateStore: SessionRepository {
    public func startSession(_ session: StoredSession, actor: String) async throws {
        try await transaction { connection in
            try await self.executeAll(
                connection, [SessionStatements.insert(session), SessionStatements.audit("sign in", session, actor: actor)])
        }
    }

    public func session(secretSHA256: String) async throws -> StoredSession? {
        try await connection { connection in
            try await self.rows(connection, SessionStatements.bySecret(secretSHA256)).first.map(SessionStatements.session)
        }
    }

    public func touchSession(id: String, at now: Int64) async throws {
        try await connection { connection in
            _ = try await self.rows(connection, SessionStatements.touch(id: id, at: now))
        }
    }

    public func endSession(id: String, at now: Int64, reason: String, actor: String) async throws -> Bool {
        try await transaction { connection in
            guard
                let session = try await self.rows(connection, SessionStatements.live(id: id, locking: true)).first.map(
                    SessionStatements.session)
            else { return false }
            try await self.executeAll(
                connection,
                [
                    SessionStatements.end(id: id, at: now, reason: reason),
                    SessionStatements.audit(reason == "signed out" ? "sign out" : "end session", session, actor: actor, reason: reason),
                ])
            return true
        }
    }

    public func openSessions() async throws -> [StoredSession] {
        try await connection { connection in
            try await self.rows(connection, SessionStatements.open).map(SessionStatements.session)
        }
    }

    public func serverKey(_ name: String, proposed: String) async throws -> String {
        try await transaction(checkingToken: false) { connection in
            _ = try await self.rows(connection, SessionStatements.proposeKey(name, proposed))
            return try await self.rows(connection, SessionStatements.key(name)).first?.text(0) ?? proposed
        }
    }

    public func auditRefusal(_ refusal: AuditedRefusal) async throws {
        try await transaction(checkingToken: false) { connection in
            try await self.executeAll(connection, [SessionStatements.auditRefused(refusal)])
        }
    }
}
