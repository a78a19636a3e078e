import EstateDomain
import EstateStore

/// The server's view of the store: every call gives up after a deadline with
/// `StoreError.unavailable` (a 503 with Retry-After), so that while the database is away a
/// request is answered at once instead of waiting for the pool's circuit breaker (a minute).
/// Reads get `read` seconds, writes `write` seconds; a write that times out may still commit,
/// which is what `Idempotency-Key` is for.
struct BoundedStore: EstateServerStore {
    let base: any EstateServerStore
    let read: Double
    let write: Double

    init(_ base: any EstateServerStore, read: Double = 2, write: Double = 10) {
        self.base = base
        self.read = read
        self.write = write
    }

    private func bounded<T: Sendable>(
        _ seconds: Double, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                throw StoreError.unavailable("no answer within \(seconds) s")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    func migrate() async throws -> [MigrationFile] { try await base.migrate() }
    func appliedMigrations() async throws -> [AppliedMigration] { try await bounded(read) { try await base.appliedMigrations() } }
    func loadEstate() async throws -> Estate? { try await bounded(read) { try await base.loadEstate() } }
    func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary {
        try await bounded(write) { try await base.write(batch, actor: actor, dryRun: dryRun) }
    }
    func commit(_ proposal: AllocationProposal, end: CivilDate?, actor: String) async throws -> [Lease] {
        try await bounded(write) { try await base.commit(proposal, end: end, actor: actor) }
    }
    func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        try await bounded(write) { try await base.amend(change, actor: actor) }
    }
    func version() async throws -> Int64 { try await bounded(read) { try await base.version() } }
    func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures {
        try await bounded(read) { try await base.occupancyFigures(asOf: date) }
    }
    func auditLog(limit: Int) async throws -> [AuditEntry] { try await bounded(read) { try await base.auditLog(limit: limit) } }
    func createToken(_ token: StoredToken, actor: String) async throws {
        try await bounded(write) { try await base.createToken(token, actor: actor) }
    }
    func revokeToken(_ idOrName: String, actor: String) async throws -> Bool {
        try await bounded(write) { try await base.revokeToken(idOrName, actor: actor) }
    }
    func token(id: String) async throws -> StoredToken? { try await bounded(read) { try await base.token(id: id) } }
    func tokens() async throws -> [StoredToken] { try await bounded(read) { try await base.tokens() } }
    func commit(
        _ proposal: AllocationProposal, end: CivilDate?, actor: String, idempotency: IdempotencyKey,
        respond: @escaping @Sendable ([Lease]) throws -> String
    ) async throws -> IdempotentResponse {
        try await bounded(write) {
            try await base.commit(proposal, end: end, actor: actor, idempotency: idempotency, respond: respond)
        }
    }
    func ping() async throws { try await bounded(read) { try await base.ping() } }
}
