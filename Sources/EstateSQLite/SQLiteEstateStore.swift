import EstateDomain
import EstateSQL
import EstateStore
import Foundation
import GRDB

/// The embedded store: one SQLite file (WAL mode) through GRDB, or memory for tests. Writes run
/// in `BEGIN IMMEDIATE` transactions so that two writers never interleave.
public final class SQLiteEstateStore: EstateRepository {
    private let writer: any DatabaseWriter
    private let caches: PerEstate<SnapshotCache>
    /// One gate for the file: SQLite lets one writer at a time, whatever the estate.
    let gate: WriteGate
    let clock: EstateClock
    /// The estate this view's estate-scoped calls are about (`scoped(to:)`).
    public let estateID: Int64
    let queries: StoreQueries
    var cache: SnapshotCache { caches[estateID] }

    /// Opens (creating if needed) the file at `path`, or an in-memory database when nil, and
    /// applies pending migrations. `clock` gives the day writes are checked for.
    public init(path: String?, clock: EstateClock = .bekasi) async throws {
        self.clock = clock
        gate = WriteGate()
        caches = PerEstate { SnapshotCache() }
        estateID = StoreQueries.firstEstateID
        queries = StoreQueries(estate: estateID)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            writer =
                try path.map { try DatabasePool(path: $0, configuration: configuration) }
                ?? DatabaseQueue(configuration: configuration)
        } catch {
            throw StoreError.unavailable("cannot open SQLite file \(path ?? ":memory:") (\(Self.describe(error)))")
        }
        _ = try await migrate()
    }

    private init(scoping base: SQLiteEstateStore, to estate: Int64) {
        (writer, caches, gate, clock) = (base.writer, base.caches, base.gate, base.clock)
        estateID = estate
        queries = StoreQueries(estate: estate)
    }

    public func scoped(to estate: EstateListing) -> SQLiteEstateStore {
        SQLiteEstateStore(scoping: self, to: estate.id)
    }

    public func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing {
        try await gate.run {
            try await self.transaction { db in
                guard try Self.rows(db, EstateListingQuery.exists(estate.code)).isEmpty else {
                    throw EstateListingQuery.refusal(estate.code)
                }
                let documents = try Self.rows(db, StoreQueries.ruleSets).map { try $0.text(0) ?? "" }
                if let refusal = try EstateListingQuery.bookRefusal(estate, documents: documents) { throw refusal }
                try Self.run(db, [EstateListingQuery.add(estate), EstateListingQuery.audit(of: estate, actor: actor)])
                _ = try Self.rows(db, WriteStatements.bumpVersion)
            }
            return try await self.listing(estate.code)
        }
    }

    public func migrate() async throws -> [MigrationFile] {
        try await transaction { db in
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL,
                        applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT
                    """)
            let pending = try MigrationPlan.pending(files: try BundledMigrations.files(.sqlite), applied: try Self.applied(db))
            for file in pending {
                try db.execute(sql: file.sql)
                try db.execute(
                    sql: "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                    arguments: [file.version, file.name, file.checksum])
            }
            return pending
        }
    }

    public func appliedMigrations() async throws -> [AppliedMigration] {
        try await read { db in try Self.applied(db) }
    }

    public func loadEstate() async throws -> Estate? {
        let (cache, queries) = (cache, queries)
        return try await read { db in
            let version = try Self.version(db)
            if let cached = cache.estate(at: version) { return cached }
            let estate = try Self.snapshot(db, queries)
            cache.remember(estate, at: version)
            return estate
        }
    }

    public func estates() async throws -> [EstateListing] {
        try await read { db in try EstateListingQuery.listings(try Self.rows(db, EstateListingQuery.statement)) }
    }

    public func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary {
        try await serialisedWrite(rollback: dryRun) { _, base in try BatchPlanner.plan(batch, on: base, actor: actor) }
    }

    public func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        try await serialisedWrite { _, base in try ChangePlanner.plan(change, on: base, actor: actor) }
    }

    public func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation {
        try await serialisedWrite { _, base in try CommitPlanner.plan(commit, on: base, actor: actor) }
    }

    /// Runs a write in a `BEGIN IMMEDIATE` transaction (which serialises writers): reads the
    /// estate as it is now (from the cache when its version is current), lets `plan` decide
    /// against it, runs what it decided and, once committed, keeps the estate it made in the
    /// cache. With `rollback` (a dry run) everything runs, then rolls back.
    func serialisedWrite<T: Sendable>(
        rollback: Bool = false, _ plan: @escaping @Sendable (Database, WriteBase) throws -> PlannedWrite<T>
    ) async throws -> T {
        try await gate.run { try await self.serialisedWriteInGate(rollback: rollback, plan) }
    }

    private func serialisedWriteInGate<T: Sendable>(
        rollback: Bool, _ plan: @escaping @Sendable (Database, WriteBase) throws -> PlannedWrite<T>
    ) async throws -> T {
        let (cache, clock, queries) = (cache, clock, queries)
        let (planned, version) = try await transaction(rollback: rollback) { db in
            let version = try Self.version(db)
            let estate = try cache.estate(at: version) ?? Self.snapshot(db, queries)
            let planned = try plan(
                db,
                WriteBase(
                    estate: estate, estateID: queries.estateID, version: version, today: clock.today(), cache: cache))
            try Self.run(db, planned.statements, queries: queries)
            guard !planned.statements.isEmpty else { return (planned, version) }
            return (planned, try Self.rows(db, WriteStatements.bumpVersion).first?.int(0) ?? version)
        }
        if !rollback { cache.remember(planned.after, at: version, problems: planned.afterProblems) }
        return planned.result
    }

    static func version(_ db: Database) throws -> Int64 {
        try rows(db, StoreQueries.version).first?.int(0) ?? 0
    }

    static func snapshot(_ db: Database, _ queries: StoreQueries) throws -> Estate? {
        try SnapshotReader.estate(from: try queries.snapshot.map { try rows(db, $0) })
    }

    /// The listing of the estate with `code`, just written.
    private func listing(_ code: String) async throws -> EstateListing {
        guard let listing = try await estates().first(where: { $0.code == code }) else {
            throw StoreError.notFound(what: "estate", key: code)
        }
        return listing
    }

    public func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures {
        let queries = queries
        return try await read { db in
            try OccupancyFigures(
                asOf: date, phaseRows: try Self.rows(db, queries.phases),
                statusRows: try Self.rows(db, queries.statusFigures(asOf: date)))
        }
    }

    public func version() async throws -> Int64 {
        try await read { db in try Self.version(db) }
    }

    public func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] {
        try await read { db in try Self.rows(db, StoreQueries.audit(query, utcAt: "a.at")).map(StoreQueries.auditEntry) }
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction (rolled back when `rollback`), mapping
    /// database errors. The request's token (`PendingTokenCheck`), if any, is confirmed first,
    /// inside the transaction: a revoked token writes nothing (`TokenNoLongerValid`), and
    /// `BEGIN IMMEDIATE` orders the write and a revocation one after the other.
    func transaction<T: Sendable>(
        rollback: Bool = false, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        // Read here: the closure runs on GRDB's queue, where the request's task locals are not.
        let pending = PendingTokenCheck.current
        do {
            return try await writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    if let pending {
                        guard try Self.rows(db, AccessStatements.confirm(pending, holdingRow: false)).first != nil else {
                            throw TokenNoLongerValid()
                        }
                        pending.confirm()
                    }
                    result = try body(db)
                    return rollback ? .rollback : .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError.unavailable(Self.describe(error))
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch let error as DatabaseError {
            throw StoreError.unavailable(Self.describe(error))
        }
    }

    /// Executes statements in order; a refusal becomes a `StoreError` naming what was refused
    /// (for an overlap, the lease already on the plot in the estate of `queries`; statements
    /// that write no lease pass none).
    static func run(_ db: Database, _ statements: [SQLStatement], queries: StoreQueries? = nil) throws {
        for statement in statements {
            do {
                try db.cachedStatement(sql: statement.sql).execute(arguments: arguments(statement.values))
            } catch let error as DatabaseError {
                guard let violation = violation(error) else { throw error }
                var holders: [(String, CivilDate, CivilDate?)] = []
                if case .overlap = violation, case .lease(let plot, _, let start, let end) = statement.subject,
                    let queries
                {
                    holders = try rows(db, queries.overlapping(plot: plot, start: start.iso, end: end?.iso))
                        .map(StoreQueries.holder)
                }
                throw violation.storeError(for: statement, holders: holders)
            }
        }
    }

    private static func violation(_ error: DatabaseError) -> ConstraintViolation? {
        let message = error.message ?? ""
        if message.contains("leases_no_overlap") { return .overlap }
        // Rules held by triggers (0032, 0034), read as the key PostgreSQL declares for them.
        if message.contains("nib_one_kind_of_firm") { return .unique(constraint: "nib_one_kind_of_firm") }
        if error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER, message.contains("FOREIGN KEY constraint failed") {
            return .foreignKey(constraint: message)
        }
        if message.contains("append-only") { return .appendOnly }
        if message.hasSuffix("_check") { return .check(constraint: message) }
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: return .unique(constraint: message)
        case .SQLITE_CONSTRAINT_FOREIGNKEY: return .foreignKey(constraint: message)
        case .SQLITE_CONSTRAINT_CHECK, .SQLITE_CONSTRAINT_NOTNULL: return .check(constraint: message)
        default: return nil
        }
    }

    private static func applied(_ db: Database) throws -> [AppliedMigration] {
        try Row.fetchAll(db, sql: "SELECT version, name, checksum FROM schema_migrations ORDER BY version").map {
            AppliedMigration(version: $0[0], name: $0[1], checksum: $0[2])
        }
    }

    static func rows(_ db: Database, _ statement: SQLStatement) throws -> [any SQLRowReader] {
        try Row.fetchAll(db, sql: statement.sql, arguments: arguments(statement.values)).map(GRDBRowReader.init)
    }

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(
            values.map { value -> (any DatabaseValueConvertible)? in
                switch value {
                case .int(let int): int
                case .text(let text), .date(let text), .json(let text): text
                case .bytes(let bytes): Data(bytes)
                case .null: nil
                }
            })
    }

    static func describe(_ error: Error) -> String {
        (error as? DatabaseError).map { "\($0.resultCode): \($0.message ?? "no message")" } ?? "\(error)"
    }
}

/// A GRDB row read by position.
struct GRDBRowReader: SQLRowReader {
    let row: Row

    // Decoded, not subscripted: a value of another type throws instead of stopping the process.
    func int(_ column: Int) throws -> Int64? { try row.decode(atIndex: column) }
    func text(_ column: Int) throws -> String? { try row.decode(atIndex: column) }
    func bytes(_ column: Int) throws -> [UInt8]? { (try row.decode(Data?.self, atIndex: column)).map { [UInt8]($0) } }
}

