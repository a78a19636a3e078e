import EstateDomain
import EstateSQL
import EstateStore
import EstateStores
import Foundation
import Testing

@testable import EstatePostgres
@testable import EstateSQLite

/// Migration 0014 closes, as housed, the applications of firms a store made before applications
/// closed had already housed (the n-th lease of a firm that started on or after one of its
/// applications the n-th application), and keeps every other application active, on both engines.
@Suite("Migration 0014: applications housed before they could close")
struct ApplicationMigrationTests {
    static let before14 = 13

    /// The sample cluster as version 13 wrote it, with PT Anugerah leased A-15 after it applied,
    /// and PT Arta applying twice and leased A-04 once.
    static func records() throws -> [SQLStatement] {
        let planned = try BatchPlanner.plan(
            EstateBatch(estate: seedEstate),
            on: WriteBase(estate: nil, estateID: 1, version: 0, today: referenceDate, cache: SnapshotCache()), actor: "v13")
        let writes = WriteStatements(estate: 1)
        let arta = try NIB(parsing: "9120327342742")
        let second = try Application(
            nib: arta, minArea: Area(squareMetres: 100), maxArea: Area(squareMetres: 200), phase: 1,
            submittedOn: try CivilDate(parsing: "2026-08-01", field: "d"))
        return [SQLStatement("INSERT INTO estates (id, name, code, is_default) VALUES (1, 'Kluster', 'KAWASAN-1', TRUE)")]
            + planned.statements.filter { !$0.sql.hasPrefix("INSERT INTO estates") }.map(EstateMigrationTests.withoutClosing)
            + [
                EstateMigrationTests.withoutClosing(writes.application(second)),
                writes.lease(try Lease(plotCode: "A-15", nib: try NIB(parsing: "9120477303879"), start: referenceDate, end: nil)),
                writes.lease(try Lease(plotCode: "A-04", nib: arta, start: referenceDate, end: nil)),
            ].map(EstateMigrationTests.withoutClosing)
    }

    static func expectHoused(_ store: any StoreService) async throws {
        let estate = try #require(try await store.loadEstate())
        let closed = estate.applications.filter { $0.closing != nil }
        #expect(
            closed.map { "\($0.nib) \($0.submittedOn.iso) \(String(describing: $0.closing!))" }.sorted() == [
                "9120327342742 2026-06-20 housed(on: 2026-11-22, plot: \"A-04\")",
                "9120477303879 2025-11-10 housed(on: 2026-11-22, plot: \"A-15\")",
            ])
        #expect(estate.applications.count == seedEstate.applications.count + 1, "every application kept")
        #expect(estate.waitlist(asOf: referenceDate).contains { $0.nib.digits == "9120327342742" }, "its second stays")
    }

    @Test("SQLite: housed applications close, the others stay active")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await EstateMigrationTests.oldSQLite(at: path, upTo: Self.before14, records: try Self.records())
        let opened = try await StoreLocation("sqlite:" + path).open(migrate: true)
        try await Self.expectHoused(opened.store)
        await opened.close()
    }

    @Test("PostgreSQL: housed applications close, the others stay active")
    func postgres() async throws {
        let settings = try await PostgresTestDatabases.shared.empty()
        try await EstateMigrationTests.oldPostgres(settings, upTo: Self.before14, records: try Self.records())
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        try await Self.expectHoused(opened.store)
        await opened.close()
    }
}
