import EstateDomain
import EstatePostgres
import EstateSQLite
import EstateStore
import EstateStores
import Foundation
import GRDB
import Testing

/// What the databases refuse even to a client that bypasses the code: changes to the audit log,
/// and a store whose applied migration file has changed.
@Suite("Database-level guarantees")
struct RawDatabaseTests {
    @Test("SQLite: the audit log is append-only and a changed migration is refused")
    func sqlite() async throws {
        // setup
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try await StoreLocation("sqlite:" + path).open().store
        _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
        let database = try DatabaseQueue(path: path)
        // act / check
        await #expect(throws: DatabaseError.self) {
            try await database.write { try $0.execute(sql: "UPDATE audit_log SET actor = 'x'") }
        }
        await #expect(throws: DatabaseError.self) {
            try await database.write { try $0.execute(sql: "DELETE FROM audit_log") }
        }
        #expect(try await database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_log") ?? 0 } > 0)
        for statement in [
            "INSERT INTO plots (estate_id, phase_number, code, area_cm2) VALUES (1, 1, '-A1', 10)",
            "INSERT INTO tenants VALUES ('9120000000077', 'CV X', '0012345678431000', ';;;;;;')",
            "INSERT INTO tenants VALUES ('9120000000078', 'CV Y', '0012345678431000', '123456;7890')",
        ] {
            await #expect(throws: DatabaseError.self, "\(statement) was allowed") {
                try await database.write { try $0.execute(sql: statement) }
            }
        }
        try await database.write {
            try $0.execute(sql: "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1")
        }
        try database.close()
        await #expect {
            _ = try await StoreLocation("sqlite:" + path).open()
        } throws: { error in
            if case .migrationChanged(1, _) = error as? StoreError { true } else { false }
        }
    }

    @Test("PostgreSQL: the audit log is append-only and a changed migration is refused")
    func postgres() async throws {
        // setup
        let settings = try await PostgresTestDatabases.shared.fresh()
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        _ = try await opened.store.write(EstateBatch(estate: seedEstate), actor: "test")
        await opened.close()
        // act / check
        for statement in ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
            await #expect(throws: (any Error).self, "\(statement) was allowed") {
                try await PostgresTestDatabases.execute(settings, statement)
            }
        }
        try await PostgresTestDatabases.execute(
            settings, "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1")
        await #expect {
            _ = try await StoreLocation(settings.url).open(migrate: true)
        } throws: { error in
            if case .migrationChanged(1, _) = error as? StoreError { true } else { false }
        }
        await #expect {
            _ = try await StoreLocation(settings.url).open()
        } throws: { error in
            if case .migrationChanged(1, _) = error as? StoreError { true } else { false }
        }
    }
}
