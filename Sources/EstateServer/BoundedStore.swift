import EstateDomain
import EstateStore

/// The server's view of the store: a call that takes longer than `patience` seconds makes it
/// ask whether the database can be reached at all (outside the pool). If not, the call is
/// abandoned with `StoreError.unavailable` (a 503 with Retry-After), so that while PostgreSQL is
/// away requests are answered within seconds instead of waiting for the pool's circuit breaker
/// (a minute). If it can, the database is only busy and the call may go on up to `limit`
/// seconds. A write abandoned this way may still commit, which is what `Idempotency-Key` is for.
struct BoundedStore: EstateServerStore {
    let base: any EstateServerStore
    let patience: Double
    let limit: Double

    init(_ base: any EstateServerStore, patience: Double = 1.5, limit: Double = 20) {
        self.base = base
        self.patience = patience
        self.limit = limit
    }

    private enum Step<T: Sendable>: Sendable {
        case done(T)
        case patienceOver
        case limitReached
    }

    private func bounded<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let (patience, limit, base) = (patience, limit, base)
        return try await withThrowingTaskGroup(of: Step<T>.self) { group in
            group.addTask { .done(try await operation()) }
            group.addTask {
                try await Task.sleep(for: .seconds(patience))
                return .patienceOver
            }
            defer { group.cancelAll() }
            while let step = try await group.next() {
                switch step {
                case .done(let value):
                    return value
                case .patienceOver:
                    guard await base.reachable() else {
                        throw StoreError.unavailable("the database cannot be reached")
                    }
                    group.addTask {
                        try await Task.sleep(for: .seconds(limit - patience))
                        return .limitReached
                    }
                case .limitReached:
                    // It answered the reachability probe: saturated, not down.
                    throw StoreError.busy("no answer within \(Int(limit)) s")
                }
            }
            throw StoreError.unavailable("no answer")
        }
    }

    func migrate() async throws -> [MigrationFile] { try await base.migrate() }
    func appliedMigrations() async throws -> [AppliedMigration] {
        try await bounded { try await base.appliedMigrations() }
    }
    func loadEstate() async throws -> Estate? { try await bounded { try await base.loadEstate() } }
    func estates() async throws -> [EstateListing] { try await bounded { try await base.estates() } }
    func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary {
        try await bounded { try await base.write(batch, actor: actor, dryRun: dryRun) }
    }
    func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation {
        try await bounded { try await base.commit(commit, actor: actor) }
    }
    func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        try await bounded { try await base.amend(change, actor: actor) }
    }
    func version() async throws -> Int64 { try await bounded { try await base.version() } }
    func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures {
        try await bounded { try await base.occupancyFigures(asOf: date) }
    }
    func auditLog(limit: Int) async throws -> [AuditEntry] {
        try await bounded { try await base.auditLog(limit: limit) }
    }
    func createToken(_ token: StoredToken, actor: String) async throws {
        try await bounded { try await base.createToken(token, actor: actor) }
    }
    func revokeToken(_ idOrName: String, actor: String) async throws -> Bool {
        try await bounded { try await base.revokeToken(idOrName, actor: actor) }
    }
    func token(id: String) async throws -> StoredToken? { try await bounded { try await base.token(id: id) } }
    func tokens() async throws -> [StoredToken] { try await bounded { try await base.tokens() } }
    func commit(
        _ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey
    ) async throws -> IdempotentCommit {
        try await bounded {
            try await base.commit(commit, actor: actor, idempotency: idempotency)
        }
    }
    func ping() async throws { try await bounded { try await base.ping() } }
    func reachable() async -> Bool { await base.reachable() }
}
