import EstateDomain
import EstateSQL
import EstateStore
import EstateStores
import Foundation
import Testing

@testable import EstatePostgres
@testable import EstateSQLite

/// Migration 0034 on a store that already holds one NIB as both an IKM firm and a large industry
/// (possible before it): the migration keeps both records, the register read answers and names
/// the NIB among its problems, and the rule holds for every write after.
@Suite("Migration 0034: a NIB held as both kinds before it")
struct FirmKindMigrationTests {
    static let before34 = 33

    static func records() -> [SQLStatement] {
        [
            "INSERT INTO estates (id, name, code, is_default) VALUES (1, 'Kluster', 'KAWASAN-1', TRUE)",
            "INSERT INTO tenants (nib, legal_name, npwp, kbli) VALUES ('9130100000037', 'CV Salah Daftar', '0012345678431000', '25920')",
            """
            INSERT INTO large_industries (nib, name, kbli, location, regency)
            VALUES ('9130100000037', 'PT Elektrindo (fiktif)', '27100', 'Cikarang', 'Kabupaten Bekasi')
            """,
        ].map { SQLStatement($0) }
    }

    static func expectNamed(_ store: any StoreService) async throws {
        let register = try await store.forumRegister()
        #expect(register.industries.map(\.nib.digits) == ["9130100000037"], "kept")
        #expect(register.problems.contains { $0.contains("9130100000037") && $0.contains("both an IKM firm and a large industry") })
        let industry = try LargeIndustry(
            nib: try NIB(parsing: "9120000000701"), name: "PT Baru", kbli: [try KBLI(parsing: "29100")], location: "Cikarang",
            regency: "Kabupaten Bekasi")
        try await store.addIndustry(industry, actor: "o")
        var batch = EstateBatch()
        batch.tenants = [
            Sourced(
                try Tenant(nib: industry.nib, legalName: "CV Dua", npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25920")]),
                origin: "test")
        ]
        await #expect { try await store.write(batch, actor: "o") } throws: { "\($0)".contains("one kind of firm") }
        batch.tenants = [
            Sourced(
                try Tenant(
                    nib: try NIB(parsing: "9120000000702"), legalName: "CV Tiga", npwp: try NPWP(parsing: "0012345678431000"),
                    kbli: [try KBLI(parsing: "25920")]), origin: "test")
        ]
        #expect(try await store.write(batch, actor: "o").totalInserted == 1, "another firm is written")
    }

    @Test("SQLite: both kept and named; the rule holds after")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await EstateMigrationTests.oldSQLite(at: path, upTo: Self.before34, records: Self.records())
        let opened = try await StoreLocation("sqlite:" + path).open(migrate: true)
        try await Self.expectNamed(opened.store)
        await opened.close()
    }

    @Test("PostgreSQL: both kept and named; the rule holds after")
    func postgres() async throws {
        let settings = try await PostgresTestDatabases.shared.empty()
        try await EstateMigrationTests.oldPostgres(settings, upTo: Self.before34, records: Self.records())
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        try await Self.expectNamed(opened.store)
        await opened.close()
    }
}
