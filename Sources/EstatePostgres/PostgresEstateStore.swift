import EstateDomain
import EstateSQL
import EstateStore
import Foundation
import Logging
import PostgresNIO

/// The production store: PostgreSQL through PostgresNIO's pooled `PostgresClient`. The
/// database itself refuses overlapping leases (`EXCLUDE USING gist`), so concurrent officers
/// and several server instances cannot double-book a plot.
public final class PostgresEstateStore: EstateRepository {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger: Logger
    private let location: String
    let settings: PostgresSettings
    private let caches: PerEstate<SnapshotCache>
    /// One gate per estate: writes to one estate queue in this process, writes to two do not.
    private let gates: PerEstate<WriteGate>
    let clock: EstateClock
    /// The estate this view's estate-scoped calls are about (`scoped(to:)`).
    public let estateID: Int64
    let queries: StoreQueries
    var cache: SnapshotCache { caches[estateID] }
    var gate: WriteGate { gates[estateID] }

    /// Connects to `settings` (the client runs until `shutdown()`); applies pending migrations
    /// when `migrate`, else refuses to work on a database that lacks some. `longRunning` (a
    /// server) keeps the whole pool open without keep-alive timers, so memory stays flat.
    /// `clock` gives the day writes are checked for.
    public init(
        settings: PostgresSettings, migrate: Bool = true, longRunning: Bool = false, clock: EstateClock = .bekasi,
        logger: Logger = PostgresEstateStore.quietLogger
    ) async throws {
        self.clock = clock
        caches = PerEstate { SnapshotCache() }
        gates = PerEstate { WriteGate() }
        estateID = StoreQueries.firstEstateID
        queries = StoreQueries(estate: estateID)
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: .disable)
        configuration.options.maximumConnections = settings.poolSize
        if longRunning {
            // PostgresClient schedules an idle-timeout timer (default 60 s) and a keep-alive timer
            // (30 s) each time a connection goes back to the pool, each holding about 0.7 kB until
            // it fires: under load that grew a server by hundreds of MiB (estate-store-bench
            // --query-memory). With no keep-alive and a 5 s idle timeout what is held stays small
            // (at most 5 s of queries). Keeping the pool full instead (minimumConnections) avoids
            // the timers but crashes PostgresNIO 1.33.2 when the database goes away (a
            // precondition in ConnectionGroup.createNewDemandConnectionIfPossible; see
            // reliability/outage.py).
            configuration.options.keepAliveBehavior = nil
            configuration.options.connectionIdleTimeout = .seconds(5)
        }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.settings = settings
        self.logger = logger
        location = "\(settings.host):\(settings.port)/\(settings.database)"
        try await Self.probe(settings)
        runner = Task { await client.run() }
        do {
            if migrate {
                _ = try await self.migrate()
            } else {
                let applied = try await appliedMigrations()
                let pending = try MigrationPlan.pending(files: try BundledMigrations.files(.postgres), applied: applied)
                if !pending.isEmpty { throw StoreError.migrationsPending(pending.count) }
            }
        } catch {
            runner.cancel()
            throw error
        }
    }

    private init(scoping base: PostgresEstateStore, to estate: Int64) {
        (client, runner, logger, location, settings) = (base.client, base.runner, base.logger, base.location, base.settings)
        (caches, gates, clock) = (base.caches, base.gates, base.clock)
        estateID = estate
        queries = StoreQueries(estate: estate)
    }

    public func scoped(to estate: EstateListing) -> PostgresEstateStore {
        PostgresEstateStore(scoping: self, to: estate.id)
    }

    /// Estates are added one at a time (the registry's advisory lock), so that two adds never
    /// pick the same id; the code's uniqueness is the database's.
    public func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing {
        try await transaction { connection in
            try await self.run(connection, "SELECT pg_advisory_xact_lock(7245002, 0)")
            guard try await self.rows(connection, EstateListingQuery.exists(estate.code)).isEmpty else {
                throw EstateListingQuery.refusal(estate.code)
            }
            let documents = try await self.rows(connection, StoreQueries.ruleSets).map { try $0.text(0) ?? "" }
            if let refusal = try EstateListingQuery.bookRefusal(estate, documents: documents) { throw refusal }
            try await self.executeAll(
                connection, [EstateListingQuery.add(estate), EstateListingQuery.audit(of: estate, actor: actor)])
            _ = try await self.rows(connection, VersionedWrite.moveVersion(estate: self.estateID, registry: true))
        }
        guard let listing = try await estates().first(where: { $0.code == estate.code }) else {
            throw StoreError.notFound(what: "estate", key: estate.code)
        }
        return listing
    }

    /// Connects once, directly, so that a wrong password, a missing database or a server that
    /// is down is said plainly (the pool would retry and report only a tripped circuit breaker).
    private static func probe(_ settings: PostgresSettings) async throws {
        let place = "\(settings.host):\(settings.port)"
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: settings.connectionConfiguration, id: 0, logger: quietLogger)
        } catch let error as PSQLError {
            switch error.serverInfo?[.sqlState] {
            case "28P01", "28000":
                throw StoreError.unavailable(
                    "PostgreSQL at \(place) refused user \(settings.username): check the user and password in the URL")
            case "3D000":
                throw StoreError.unavailable(
                    "database \(settings.database) does not exist at \(place): create it (createdb) or check the URL")
            default:
                throw StoreError.unavailable(
                    "cannot connect to PostgreSQL at \(place): is it running and listening there?")
            }
        } catch {
            throw StoreError.unavailable("cannot connect to PostgreSQL at \(place): is it running and listening there?")
        }
        try? await connection.close()
    }

    /// A logger that reports only errors: the driver's notices are not for the officers.
    public static var quietLogger: Logger {
        var logger = Logger(label: "estate.postgres")
        logger.logLevel = .error
        return logger
    }

    /// Stops the connection pool.
    public func shutdown() async {
        runner.cancel()
        _ = await runner.value
    }

    public func migrate() async throws -> [MigrationFile] {
        try await transaction { connection in
            try await self.run(connection, "SELECT pg_advisory_xact_lock(7245001)")
            try await self.ensureMigrationsTable(connection)
            let applied = try await self.applied(connection)
            let pending = try MigrationPlan.pending(files: try BundledMigrations.files(.postgres), applied: applied)
            for file in pending {
                for statement in SQLScript.statements(file.sql) { try await self.run(connection, statement) }
                try await self.execute(
                    connection,
                    SQLStatement(
                        "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                        [.int(Int64(file.version)), .text(file.name), .text(file.checksum)]))
            }
            return pending
        }
    }

    public func appliedMigrations() async throws -> [AppliedMigration] {
        try await connection { connection in
            try await self.ensureMigrationsTable(connection)
            return try await self.applied(connection)
        }
    }

    /// The table that records applied migrations, created on first use.
    private func ensureMigrationsTable(_ connection: PostgresConnection) async throws {
        try await run(
            connection,
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """)
    }

    public func loadEstate() async throws -> Estate? {
        try await connection { connection in
            let version = try await self.version(connection)
            if let cached = self.cache.estate(at: version) { return cached }
            let estate = try await self.snapshot(connection)
            self.cache.remember(estate, at: version)
            return estate
        }
    }

    public func estates() async throws -> [EstateListing] {
        try await connection { connection in
            try EstateListingQuery.listings(try await self.rows(connection, EstateListingQuery.statement))
        }
    }

    public func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary {
        try await serialisedWrite(dryRun: dryRun, registry: batch.writesRegistry) { _, base in
            try BatchPlanner.plan(batch, on: base, actor: actor)
        }
    }

    public func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        try await serialisedWrite(registry: change.writesRegistry) { _, base in
            try ChangePlanner.plan(change, on: base, actor: actor)
        }
    }

    public func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation {
        try await serialisedWrite { _, base in try CommitPlanner.plan(commit, on: base, actor: actor) }
    }

    /// Runs a write: in one call when this process knows the current estate (`writeIfCurrent`),
    /// else in one transaction that takes the estate's write lock and reads the version in
    /// one call (`VersionedWrite.begin`), reads the estate as it is now (from the cache when
    /// that version is cached), lets `plan` decide against it, runs what it decided and moves the
    /// version in one statement (`VersionedWrite`) and, once committed, keeps the estate it made
    /// in the cache. A dry run rolls back after running the statements (the database's own
    /// checks included). `registry`: the write may change records every estate shares (migration
    /// 0011), so it excludes every estate's writes while it runs; without it, a write that would
    /// change them is refused before anything is written. `needsEstate: false`: the write decides
    /// on rows it reads itself (an invoice run), so a snapshot not cached is not read for it.
    func serialisedWrite<T: Sendable>(
        dryRun: Bool = false, registry: Bool = false, needsEstate: Bool = true,
        _ plan: (PostgresConnection, WriteBase) async throws -> PlannedWrite<T>
    ) async throws -> T {
        try await gate.run {
            // A decision made on a cached estate that is no longer current is never shown: when the
            // one-call path wrote nothing (nil), the locked path decides.
            do {
                if !dryRun, let result = try await self.writeIfCurrent(registry: registry, plan) { return result }
                return try await self.serialisedWriteInGate(
                    dryRun: dryRun, registry: registry, needsEstate: needsEstate, combine: true, plan)
            } catch is CombinedWriteRefused {
                // Run again statement by statement, for the refusal that names its record.
                return try await self.serialisedWriteInGate(
                    dryRun: dryRun, registry: registry, needsEstate: needsEstate, combine: false, plan)
            }
        }
    }

    /// Refuses statements that change the shared registry in a write begun without its lock.
    static func checkLocks(_ statements: [SQLStatement], registry: Bool) throws {
        guard !registry, VersionedWrite.writesRegistry(statements) else { return }
        throw StoreError.refused(
            "this write would change the firm registry but was begun as a write to one estate; nothing was written")
    }

    /// The database refused a write sent as one statement (nothing was written).
    struct CombinedWriteRefused: Error {}

    private func serialisedWriteInGate<T: Sendable>(
        dryRun: Bool, registry: Bool, needsEstate: Bool, combine: Bool,
        _ plan: (PostgresConnection, WriteBase) async throws -> PlannedWrite<T>
    ) async throws -> T {
        let outcome: (PlannedWrite<T>, Int64)
        // Whether the write decided on the estate as stored; one that skipped reading it makes
        // nothing the cache may keep (nil would read as "no estate").
        var decidedOnEstate = true
        do {
            outcome = try await transaction(checkingToken: false) { connection in
                let begin = VersionedWrite.begin(estate: self.estateID, registry: registry)
                let version = try await self.rows(connection, begin).first?.int(0) ?? 0
                try await self.confirmToken(connection)
                let estate: Estate?
                if let cached = self.cache.estate(at: version) {
                    estate = cached
                } else if needsEstate {
                    estate = try await self.snapshot(connection)
                } else {
                    estate = nil
                    decidedOnEstate = false
                }
                let planned = try await plan(
                    connection,
                    WriteBase(
                        estate: estate, estateID: self.estateID, version: version, today: self.clock.today(),
                        cache: self.cache))
                guard !planned.statements.isEmpty else { return (planned, version) }
                try Self.checkLocks(planned.statements, registry: registry)
                let move = VersionedWrite.moveVersion(estate: self.estateID, registry: registry)
                if !dryRun, combine, let combined = VersionedWrite.combined(planned.statements, moving: move) {
                    do {
                        return (planned, try await self.rows(connection, combined).first?.int(0) ?? version)
                    } catch let error as PSQLError where Self.violation(error) != nil {
                        throw CombinedWriteRefused()
                    }
                }
                try await self.executeAll(connection, planned.statements)
                if dryRun { throw DryRun(result: planned.result) }
                let moved = try await self.rows(connection, move).first?.int(0) ?? version
                return (planned, moved)
            }
        } catch let dryRun as DryRun {
            guard let result = dryRun.result as? T else { throw dryRun }
            return result
        }
        if decidedOnEstate { cache.remember(outcome.0.after, at: outcome.1, problems: outcome.0.afterProblems) }
        return outcome.0.result
    }

    /// Thrown at the end of a dry run so that the transaction rolls back.
    private struct DryRun: Error {
        let result: any Sendable
    }

    private func version(_ connection: PostgresConnection) async throws -> Int64 {
        try await rows(connection, VersionedWrite.version(estate: estateID)).first?.int(0) ?? 0
    }

    public func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures {
        try await connection { connection in
            try OccupancyFigures(
                asOf: date, phaseRows: try await self.rows(connection, self.queries.phases),
                statusRows: try await self.rows(connection, self.queries.statusFigures(asOf: date)))
        }
    }

    public func version() async throws -> Int64 {
        try await connection { connection in try await self.version(connection) }
    }

    public func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] {
        let utcAt = #"to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"#
        return try await connection { connection in
            try await self.rows(connection, StoreQueries.audit(query, utcAt: utcAt)).map(StoreQueries.auditEntry)
        }
    }

    // MARK: - Transactions and errors

    /// A statement the database refused, carried out of the aborted transaction.
    struct Refused: Error {
        let violation: ConstraintViolation
        let statement: SQLStatement
    }

    /// Runs `body` in one transaction. The request's token (`PendingTokenCheck`), if any, is
    /// confirmed first, inside the transaction, holding its row: a revoked token writes nothing
    /// (`TokenNoLongerValid`). A write that takes the estate's lock first passes
    /// `checkingToken: false` and calls `confirmToken` once it holds the lock.
    func transaction<T>(
        checkingToken: Bool = true, _ body: (PostgresConnection) async throws -> sending T
    ) async throws -> sending T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                if checkingToken { try await self.confirmToken(connection) }
                return try await body(connection)
            }
        } catch let error as PostgresTransactionError {
            throw try await translate(error.closureError ?? error.beginError ?? error.commitError ?? error)
        } catch {
            throw try await translate(error)
        }
    }

    /// Checks the request's token inside the running transaction and share-locks its row until
    /// the transaction ends, so that a revocation waits for this write and none commits after it.
    /// Taken after the estate's lock by writes: one writer per estate holds it at a time, so a
    /// revocation waits for at most the write in progress.
    func confirmToken(_ connection: PostgresConnection) async throws {
        guard let check = PendingTokenCheck.current else { return }
        guard try await rows(connection, AccessStatements.confirm(check, holdingRow: true)).first != nil else {
            throw TokenNoLongerValid()
        }
        check.confirm()
    }

    func connection<T>(_ body: (PostgresConnection) async throws -> sending T) async throws -> sending T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw try await translate(error)
        }
    }

    /// Turns a refusal into a `StoreError` (looking up who holds a plot for an overlap) and a
    /// connection failure into `StoreError.unavailable`.
    private func translate(_ error: any Error) async throws -> any Error {
        if error is StoreError || error is InputError || error is DryRun || error is CombinedWriteRefused
            || error is TokenNoLongerValid
        {
            return error
        }
        if let refused = error as? Refused {
            var holders: [(String, CivilDate, CivilDate?)] = []
            if case .overlap = refused.violation,
                case .lease(let plot, _, let start, let end) = refused.statement.subject
            {
                // Best effort: the refusal stands even if the holder cannot be looked up.
                holders =
                    (try? await client.withConnection { connection in
                        try await self.rows(
                            connection, self.queries.overlapping(plot: plot, start: start.iso, end: end?.iso)
                        )
                        .map(StoreQueries.holder)
                    }) ?? []
            }
            return refused.violation.storeError(for: refused.statement, holders: holders)
        }
        if let psql = error as? PSQLError, let state = psql.serverInfo?[.sqlState] {
            // The server's own text stays in its log; the person gets the class of the refusal.
            return state.hasPrefix("22")
                ? StoreError.constraint(
                    name: "SQLSTATE \(state)", subject: "a value outside what the database can hold")
                : StoreError.unavailable("PostgreSQL at \(location) refused the request (SQLSTATE \(state))")
        }
        return StoreError.unavailable(
            "cannot reach PostgreSQL at \(location) (\(String(describing: error).prefix(200)))")
    }

    static func violation(_ error: PSQLError) -> ConstraintViolation? {
        let constraint = error.serverInfo?[.constraintName] ?? ""
        switch error.serverInfo?[.sqlState] {
        case "23P01": return .overlap
        case "23505": return .unique(constraint: constraint)
        case "23503": return .foreignKey(constraint: constraint)
        case "23514", "23502": return .check(constraint: constraint)
        case "42501" where error.serverInfo?[.message]?.contains("append-only") == true: return .appendOnly
        default: return nil
        }
    }
}
