import EstateDomain
import EstateSQL
import EstateStore
import EstateStores
import Foundation
import GRDB
import Logging
import PostgresNIO
import Testing

@testable import EstatePostgres
@testable import EstateSQLite

/// A store made by the previous schema version (migrations 1–9), holding the sample cluster,
/// migrates to the current one with every record intact, as its default estate `KAWASAN-1`
/// (migration 0010), on both engines.
@Suite("Migration of a store made by the previous schema version")
struct EstateMigrationTests {
    /// The last migration before estates had a code.
    static let previous = 9

    /// The sample cluster's records as the previous version wrote them: the store's own
    /// statements for every record, and the estate row as it was then (no code).
    static func previousRecords() throws -> [SQLStatement] {
        let planned = try BatchPlanner.plan(
            EstateBatch(estate: seedEstate),
            on: WriteBase(estate: nil, estateID: 1, version: 0, today: referenceDate, cache: SnapshotCache()), actor: "old version")
        return [SQLStatement("INSERT INTO estates (id, name) VALUES (1, 'Kluster Lama')")]
            + planned.statements.filter { !$0.sql.hasPrefix("INSERT INTO estates") }.map(withoutClosing)
    }

    /// An insert as a version before 14 wrote it: an application without the closing columns of
    /// migration 0014 (status, closed_on, closed_detail), every sample application being active;
    /// an audit entry without the record and estate of migration 0015; a partnership without the
    /// end of migration 0016; a declaration without the version of migration 0017; a firm without
    /// the address and contact of migration 0018; a lease without the agreed rent of migration 0019.
    static func withoutClosing(_ statement: SQLStatement) -> SQLStatement {
        if statement.sql.contains(", agreed_monthly_rent)") {
            return SQLStatement(
                statement.sql.replacingOccurrences(of: ", agreed_monthly_rent)", with: ")")
                    .replacingOccurrences(of: ", ?, ?, ?, ?, ?, ?, ?)", with: ", ?, ?, ?, ?, ?, ?)"),
                Array(statement.values.dropLast()), subject: statement.subject)
        }
        let later = [
            "applications": "status", "audit_log": "record", "partnerships": "ended_on", "declarations": "version",
            "tenants": "address",
        ]
        guard let copy = statement.copy, let first = later[copy.table], let at = copy.columns.firstIndex(of: first)
        else { return statement }
        return .insert(
            into: copy.table, Array(copy.columns[..<at]), Array(statement.values[..<at]), subject: statement.subject)
    }

    /// What the migrated store must hold: the records, as the default estate, and refuse a
    /// second estate without a code or a second default.
    static func expectMigrated(_ store: any StoreService, kind: StoreKind) async throws {
        let engine: BundledMigrations.Engine = kind == .sqlite ? .sqlite : .postgres
        #expect(
            try await store.appliedMigrations().map(\.version)
                == Array(1...(try BundledMigrations.files(engine).count)))
        let estates = try await store.estates()
        #expect(
            estates == [
                EstateListing(
                    id: 1, code: "KAWASAN-1", name: "Kluster Lama", address: nil, regency: nil, isDefault: true,
                    phases: seedEstate.phases.count, plots: seedEstate.plots.count, leases: seedEstate.leases.count,
                    applications: seedEstate.applications.count)
            ])
        // It reads exactly as a store made at the current version holding the same records.
        let reference = try await kind.withStore { current in
            _ = try await current.write(EstateBatch(estate: seedEstate), actor: "test")
            return try #require(try await current.loadEstate())
        }
        let estate = try #require(try await store.loadEstate())
        #expect(estate.name == "Kluster Lama")
        #expect(estate.phases == reference.phases)
        #expect(estate.plots == reference.plots)
        #expect(estate.tenants == reference.tenants)
        #expect(estate.leases == reference.leases)
        #expect(estate.applications == reference.applications)
        #expect(estate.ruleBook == reference.ruleBook)
        #expect(estate.leases.count == seedEstate.leases.count)
        // The store keeps writing after the migration.
        var batch = EstateBatch()
        batch.plots = [Sourced(try Plot(code: "Z-99", phase: 2, area: Area(squareMetres: 100)))]
        #expect(try await store.write(batch, actor: "test").totalInserted == 1)
    }

    @Test("SQLite: a store of schema version 9 keeps every record, as its default estate KAWASAN-1")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await Self.oldSQLite(at: path, upTo: Self.previous, records: try Self.previousRecords())

        let opened = try await StoreLocation("sqlite:" + path).open(migrate: true)
        try await Self.expectMigrated(opened.store, kind: .sqlite)
        await opened.close()
        let raw = try DatabaseQueue(path: path)
        await #expect("an estate without a code was stored") {
            try await raw.write { try $0.execute(sql: "INSERT INTO estates (id, name) VALUES (2, 'Tanpa Kode')") }
        } throws: { EstateCodeTests.refusesCode($0) }
        await #expect("a second default estate was stored") {
            try await raw.write {
                try $0.execute(
                    sql: "INSERT INTO estates (id, name, code, is_default) VALUES (2, 'Kedua', 'KAWASAN-2', 1)")
            }
        } throws: { ($0 as? DatabaseError)?.message?.contains("estates.is_default") == true }
        try raw.close()
    }

    @Test("PostgreSQL: a store of schema version 9 keeps every record, as its default estate KAWASAN-1")
    func postgres() async throws {
        let settings = try await PostgresTestDatabases.shared.empty()
        try await Self.oldPostgres(settings, upTo: Self.previous, records: try Self.previousRecords())

        let opened = try await StoreLocation(settings.url).open(migrate: true)
        try await Self.expectMigrated(opened.store, kind: .postgres)
        await opened.close()
        await #expect("an estate without a code was stored") {
            try await PostgresTestDatabases.execute(settings, "INSERT INTO estates (id, name) VALUES (2, 'Tanpa Kode')")
        } throws: { EstateCodeTests.refusesCode($0) }
        await #expect("a second default estate was stored") {
            try await PostgresTestDatabases.execute(
                settings, "INSERT INTO estates (id, name, code, is_default) VALUES (2, 'Kedua', 'KAWASAN-2', TRUE)")
        } throws: { ($0 as? PSQLError)?.serverInfo?[.constraintName] == "estates_one_default" }
    }

    @Test("a new store's first estate is its default, KAWASAN-1, with the regency it was given", arguments: StoreKind.allCases)
    func newStore(kind: StoreKind) async throws {
        try await kind.withStore { store in
            #expect(try await store.estates() == [])
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let listed = try await store.estates()
            #expect(listed.map(\.code) == ["KAWASAN-1"])
            #expect(listed.first?.isDefault == true)
            #expect(listed.first?.regency == "Kabupaten Bekasi, Jawa Barat")
            #expect(listed.first?.plots == seedEstate.plots.count)
            #expect(try await store.loadEstate()?.regency == "Kabupaten Bekasi, Jawa Barat")
        }
    }

    /// A SQLite database at `path` made by the migrations up to `version`, holding `records`.
    static func oldSQLite(at path: String, upTo version: Int, records: [SQLStatement]) async throws {
        let old = try DatabaseQueue(path: path)
        try await old.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE schema_migrations (
                        version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL,
                        applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT
                    """)
            for file in try BundledMigrations.files(.sqlite) where file.version <= version {
                try db.execute(sql: file.sql)
                try db.execute(
                    sql: "INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                    arguments: [file.version, file.name, file.checksum])
            }
            try SQLiteEstateStore.run(db, records)
        }
        try old.close()
    }

    /// A PostgreSQL database made by the migrations up to `version`, holding `records`.
    static func oldPostgres(_ settings: PostgresSettings, upTo version: Int, records: [SQLStatement]) async throws {
        let logger = PostgresEstateStore.quietLogger
        let connection = try await PostgresConnection.connect(
            configuration: settings.connectionConfiguration, id: 10, logger: logger)
        do {
            _ = try await connection.query(
                """
                CREATE TABLE schema_migrations (
                    version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger
            ).collect()
            for file in try BundledMigrations.files(.postgres) where file.version <= version {
                for statement in SQLScript.statements(file.sql) {
                    _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).collect()
                }
                _ = try await connection.query(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (\(file.version), \(file.name), \(file.checksum))",
                    logger: logger
                ).collect()
            }
            for statement in records {
                _ = try await connection.query(PostgresEstateStore.query(statement), logger: logger).collect()
            }
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
