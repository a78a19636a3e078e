import EstateDomain

/// The storage contract every engine implements (SQLite embedded, PostgreSQL in production),
/// checked by one contract test suite run against both.
///
/// Every write is serialised per estate (PostgreSQL: an advisory transaction lock taken first;
/// SQLite: `BEGIN IMMEDIATE`) and decides inside that transaction, against the estate as it is
/// then, whether it is allowed: two writers never both pass a check that only one may pass.
public protocol EstateRepository: Sendable {
    /// Applies every migration not yet applied, in order, and returns the ones applied now.
    /// Refuses (`StoreError.migrationChanged`) when an applied file has since changed.
    func migrate() async throws -> [MigrationFile]

    /// The migrations recorded as applied.
    func appliedMigrations() async throws -> [AppliedMigration]

    /// The whole estate as stored; nil while the store holds none.
    func loadEstate() async throws -> Estate?

    /// Every estate the store holds, the default one first, then by code.
    func estates() async throws -> [EstateListing]

    /// The same store (its connections, caches and locks) with every call about one estate's
    /// records (its snapshot, writes, changes, commits, figures) about `estate`. A store as opened
    /// is about its first estate; `scoped(toCode:)` picks the one a caller names or means.
    func scoped(to estate: EstateListing) -> Self

    /// The id of the estate this view's estate-scoped calls are about (a store as opened: its
    /// first estate, the default one).
    var estateID: Int64 { get }

    /// Adds an estate to the store (the default one only when it is the store's first), with its
    /// audit entry, and lists it; an
    /// estate with that code already is refused (`StoreError.refused`). Its phases and records
    /// are written to it afterwards, through `scoped(to:)`.
    func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing

    /// Writes a batch atomically: all of it or nothing. Records whose natural key exists with
    /// the same values are skipped; with different values the write is refused, listing them.
    /// A dry run does everything, the database's checks included, then rolls back.
    func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary

    /// Signs an allocation in one transaction, all of its leases or none: the proposal is
    /// computed from the estate as stored, under the write lock, and signed only if it makes
    /// exactly the assignments `commit.shown` (else `StoreError.proposalChanged`).
    func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation

    /// Changes one stored record (withdraws a plot, reconfirms an application, ends or
    /// terminates a lease) with its audit entry, in one transaction; refuses a change the
    /// record's state does not allow or that would break an invariant.
    func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome

    /// A number that grows with every write to the estate (any process, any instance). Read it
    /// before `loadEstate()`: a snapshot labelled with it holds at least every write it counts,
    /// so a cache keyed by it is never older than the store.
    func version() async throws -> Int64

    /// The occupancy report's area and count figures on `date`, counted by the database.
    func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures

    /// The audit entries `query` asks for, of every estate, newest first.
    func auditLog(_ query: AuditQuery) async throws -> [AuditEntry]
}

extension EstateRepository {
    /// The newest `limit` audit entries, newest first.
    public func auditLog(limit: Int) async throws -> [AuditEntry] {
        try await auditLog(AuditQuery(limit: limit))
    }
}

extension EstateRepository {
    /// Writes a batch for real.
    public func write(_ batch: EstateBatch, actor: String) async throws -> WriteSummary {
        try await write(batch, actor: actor, dryRun: false)
    }
}

/// Everything a store offers the adapters: the estate and the server's tokens and idempotent
/// commits (both engines implement both).
public typealias StoreService = AccessRepository & EstateRepository & BillingRepository & PaymentRepository
    & SubmissionRepository & SessionRepository & DocumentRepository & OutboxRepository & PasswordRepository
    & ForumRepository & ForumEventRepository & ForumOutcomeRepository & MapRepository
