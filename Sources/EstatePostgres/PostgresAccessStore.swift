import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// Tokens and idempotent commits in PostgreSQL.
extension PostgresEstateStore: AccessRepository {
    public func createToken(_ token: StoredToken, actor: String) async throws {
        try await transaction { connection in
            try await self.executeAll(
                connection,
                [AccessStatements.insert(token), AccessStatements.audit("create token", token, actor: actor)])
        }
    }

    public func revokeToken(_ idOrName: String, actor: String) async throws -> Bool {
        try await transaction { connection in
            guard
                let token = try await self.rows(connection, AccessStatements.live(idOrName)).first.map(
                    AccessStatements.token)
            else { return false }
            try await self.executeAll(
                connection,
                [AccessStatements.revoke(id: token.id), AccessStatements.audit("revoke token", token, actor: actor)])
            return true
        }
    }

    public func token(id: String) async throws -> StoredToken? {
        try await connection { connection in
            try await self.rows(connection, AccessStatements.select(id: id)).first.map(AccessStatements.token)
        }
    }

    public func tokens() async throws -> [StoredToken] {
        try await connection { connection in
            try await self.rows(connection, AccessStatements.all).map(AccessStatements.token)
        }
    }

    public func commit(
        _ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey
    ) async throws -> IdempotentCommit {
        do {
            return try await serialisedWrite { connection, base in
                // Under the write lock: a retry that raced the first request sees its stored answer.
                try CommitPlanner.plan(
                    commit, on: base, actor: actor, idempotency: idempotency,
                    remembered: try await self.rows(connection, AccessStatements.remembered(idempotency)))
            }
        } catch let error as StoreError {
            // Two servers may take the same retried request at once: one commits, the other is
            // refused (the proposal changed, the overlap). The loser answers with the winner's
            // stored response when there is one.
            let replay = try? await connection { connection in
                try AccessStatements.replay(
                    try await self.rows(connection, AccessStatements.remembered(idempotency)), for: idempotency)
            }
            if let replay = replay ?? nil { return replay }
            throw error
        }
    }

    /// Opens one connection directly (not from the pool) and closes it.
    public func reachable() async -> Bool {
        do {
            let connection = try await PostgresConnection.connect(
                configuration: settings.connectionConfiguration, id: 0, logger: logger)
            try await connection.close()
            return true
        } catch {
            return false
        }
    }

    public func ping() async throws {
        _ = try await client.query(PostgresQuery(unsafeSQL: "SELECT 1"), logger: logger).collect()
    }
}
