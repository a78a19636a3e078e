import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// Tokens and idempotent commits in the embedded store.
extension SQLiteEstateStore: AccessRepository {
    public func createToken(_ token: StoredToken, actor: String) async throws {
        try await transaction { db in
            try Self.run(
                db, [AccessStatements.insert(token), AccessStatements.audit("create token", token, actor: actor)])
        }
    }

    public func revokeToken(_ idOrName: String, actor: String) async throws -> Bool {
        try await transaction { db in
            guard let token = try Self.rows(db, AccessStatements.live(idOrName)).first.map(AccessStatements.token)
            else { return false }
            try Self.run(
                db,
                [AccessStatements.revoke(id: token.id), AccessStatements.audit("revoke token", token, actor: actor)])
            return true
        }
    }

    public func token(id: String) async throws -> StoredToken? {
        try await read { db in try Self.rows(db, AccessStatements.select(id: id)).first.map(AccessStatements.token) }
    }

    public func tokens() async throws -> [StoredToken] {
        try await read { db in try Self.rows(db, AccessStatements.all).map(AccessStatements.token) }
    }

    public func commit(
        _ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey
    ) async throws -> IdempotentCommit {
        // Writers are serialised (BEGIN IMMEDIATE), so the look-up and the insert cannot race.
        try await serialisedWrite { db, base in
            try CommitPlanner.plan(
                commit, on: base, actor: actor, idempotency: idempotency,
                remembered: try Self.rows(db, AccessStatements.remembered(idempotency)))
        }
    }

    /// A file on this machine: reachable whenever it can be opened, which `init` checked.
    public func reachable() async -> Bool { true }

    public func ping() async throws {
        try await read { db in _ = try Row.fetchOne(db, sql: "SELECT 1") }
    }
}
