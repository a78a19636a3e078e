import EstateDomain
import Foundation
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

    /// Runs `operation` with the patience and the limit. The operation runs as a task of its own.
    /// A read is never awaited once the call is abandoned: a query stuck on a connection
    /// PostgreSQL closed while shutting down would otherwise hold the answer until the driver
    /// gave up (reliability/outage.py saw requests wait past its 5 s timeout); the abandoned read
    /// is cancelled and ends when the driver lets it. A write (`writing`) is cancelled too, but
    /// its 503 waits until it has ended, so that the records a client looks at after the answer
    /// are the ones it will find (the write may have committed; the 503 says so).
    func bounded<T: Sendable>(
        writing: Bool = false, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let (patience, limit, base) = (patience, limit, base)
        let work = Task { try await operation() }
        let first = FirstOutcome<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                first.start(continuation)
                let timer = Task {
                    try? await Task.sleep(for: .seconds(patience))
                    guard !first.isFinished else { return }
                    guard await base.reachable() else {
                        work.cancel()
                        return first.give(up: StoreError.unavailable("the database cannot be reached"), now: !writing)
                    }
                    try? await Task.sleep(for: .seconds(limit - patience))
                    guard !first.isFinished else { return }
                    // It answered the reachability probe: saturated, not down.
                    work.cancel()
                    first.give(up: StoreError.busy("no answer within \(Int(limit)) s"), now: !writing)
                }
                Task {
                    first.finish(with: await work.result)
                    timer.cancel()  // no sleeping timer outlives the call
                }
            }
        } onCancel: {
            work.cancel()
        }
    }

    func migrate() async throws -> [MigrationFile] { try await base.migrate() }
    func appliedMigrations() async throws -> [AppliedMigration] {
        try await bounded { try await base.appliedMigrations() }
    }
    func loadEstate() async throws -> Estate? { try await bounded { try await base.loadEstate() } }
    func estates() async throws -> [EstateListing] { try await bounded { try await base.estates() } }
    var estateID: Int64 { base.estateID }
    func scoped(to estate: EstateListing) -> BoundedStore {
        BoundedStore(base.scoped(to: estate), patience: patience, limit: limit)
    }
    func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing {
        try await bounded(writing: true) { try await base.addEstate(estate, actor: actor) }
    }
    func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary {
        try await bounded(writing: true) { try await base.write(batch, actor: actor, dryRun: dryRun) }
    }
    func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation {
        try await bounded(writing: true) { try await base.commit(commit, actor: actor) }
    }
    func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        try await bounded(writing: true) { try await base.amend(change, actor: actor) }
    }
    func version() async throws -> Int64 { try await bounded { try await base.version() } }
    func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures {
        try await bounded { try await base.occupancyFigures(asOf: date) }
    }
    func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] {
        try await bounded { try await base.auditLog(query) }
    }
    func createToken(_ token: StoredToken, actor: String) async throws {
        try await bounded(writing: true) { try await base.createToken(token, actor: actor) }
    }
    func revokeToken(_ idOrName: String, actor: String) async throws -> Bool {
        try await bounded(writing: true) { try await base.revokeToken(idOrName, actor: actor) }
    }
    func token(id: String) async throws -> StoredToken? { try await bounded { try await base.token(id: id) } }
    func tokens() async throws -> [StoredToken] { try await bounded { try await base.tokens() } }
    func commit(
        _ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey
    ) async throws -> IdempotentCommit {
        try await bounded(writing: true) {
            try await base.commit(commit, actor: actor, idempotency: idempotency)
        }
    }
    func ping() async throws { try await bounded { try await base.ping() } }
    func reachable() async -> Bool { await base.reachable() }
}

/// The first of several outcomes of a bounded call, handed to the waiting caller once.
private final class FirstOutcome<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var finished = false
    private var early: Result<T, any Error>?

    private var verdict: (any Error)?

    var isFinished: Bool { lock.withLock { finished || verdict != nil } }

    /// The call is abandoned with `error`: answered now, or (`now` false) once the operation
    /// has ended, whatever it ended with.
    func give(up error: any Error, now: Bool) {
        if now { return finish(with: .failure(error)) }
        lock.withLock { if verdict == nil { verdict = error } }
    }

    func start(_ continuation: CheckedContinuation<T, any Error>) {
        let ready: Result<T, any Error>? = lock.withLock {
            if let early { return early }
            self.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    func finish(with result: Result<T, any Error>) {
        let (waiting, result): (CheckedContinuation<T, any Error>?, Result<T, any Error>) = lock.withLock {
            let result = verdict.map { .failure($0) } ?? result
            guard !finished else { return (nil, result) }
            finished = true
            guard let continuation else {
                early = result
                return (nil, result)
            }
            self.continuation = nil
            return (continuation, result)
        }
        waiting?.resume(with: result)
    }
}
