import EstateDomain
import EstatePostgres
import EstateSQLite
import EstateStore
import EstateStores
import EstateTestSupport
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

/// A declaration's versions stored out of order by hand (issue 15): the store still reads, the
/// year's figures that count are the last row's, and the estate names the record.
@Suite("Stored declaration versions out of order")
struct DeclarationVersionGapTests {
    @Test("SQLite: a missing middle version is read and named, not a failed read")
    func gap() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let opened = try await StoreLocation("sqlite:" + path).open()
        _ = try await opened.store.write(EstateBatch(estate: seedEstate), actor: "test")
        await opened.close()
        let database = try DatabaseQueue(path: path)
        try await database.write {
            try $0.execute(
                sql: """
                    INSERT INTO declarations (nib, fiscal_year, turnover, workers, local_workers, investment, declared_on,
                        version, correction_reason, corrected_on)
                    VALUES ('9120983690060', 2025, 40000000000, 14, 10, 3400000000, '2026-03-15', 3, 'by hand', '2026-12-01')
                    """)
        }
        try database.close()
        let reopened = try await StoreLocation("sqlite:" + path).open()
        let estate = try #require(try await reopened.store.loadEstate())
        await reopened.close()
        #expect(estate.tenant(try NIB(parsing: "9120983690060"))?.declaration(asOf: referenceDate)?.turnover == Rupiah(40_000_000_000))
        #expect(estate.unreadable.contains { $0.subject == "the 2025 declaration of NIB 9120983690060" })
    }
}

/// A firm's documents as the databases hold them, even against a client that bypasses the code
/// (issue 17, item 3): a decided document never changes, and a file's bytes never change.
@Suite("Database-level guarantees: firm documents")
struct DocumentDatabaseTests {
    static let statements = [
        "UPDATE firm_documents SET status = 'refused', reason = 'x' WHERE id = 1",
        "UPDATE firm_documents SET content = content || content, byte_count = byte_count * 2 WHERE id = 2",
        "UPDATE firm_documents SET number = 'other' WHERE id = 2",
    ]

    static func fill(_ store: any StoreService) async throws {
        _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
        let nib = try NIB(parsing: "9120983690060")
        for accepted in [true, false] {
            _ = try await store.uploadDocument(
                try DocumentUpload(kind: .other, number: "N", validUntil: nil, content: SampleFiles.pdf("\(accepted)")),
                for: nib, accepted: accepted, actor: "t")
        }
    }

    @Test("SQLite: a decided document, and any file's bytes or particulars, cannot be changed")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let opened = try await StoreLocation("sqlite:" + path).open()
        try await Self.fill(opened.store)
        await opened.close()
        let database = try DatabaseQueue(path: path)
        for statement in Self.statements {
            await #expect(throws: DatabaseError.self, "\(statement) was allowed") {
                try await database.write { try $0.execute(sql: statement) }
            }
        }
        try database.close()
    }

    @Test("PostgreSQL: a decided document, any file's bytes or particulars, and a wrong digest are refused")
    func postgres() async throws {
        let settings = try await PostgresTestDatabases.shared.fresh()
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        try await Self.fill(opened.store)
        await opened.close()
        let digest = "INSERT INTO firm_documents (nib, kind, number, format, byte_count, sha256, content, uploaded_on, "
            + "uploaded_by) VALUES ('9120983690060', 'other', 'N', 'pdf', 3, repeat('0', 64), '\\x414243', '2026-12-07', 't')"
        for statement in Self.statements + [digest] {
            await #expect(throws: (any Error).self, "\(statement) was allowed") {
                try await PostgresTestDatabases.execute(settings, statement)
            }
        }
    }
}
