import EstateSQL
import EstateStore
import EstateStores
import Foundation
import Testing

@testable import EstatePostgres
@testable import EstateSQLite

/// Migration 0035 (the regency office's role) on a store with tokens, a dashboard session and a
/// password that refer to them: every token keeps its role, estates and firms, the session and
/// the password still sign in as their token, the references still hold (a session for a token
/// that is not there is refused), and a `regency` token can be stored. On SQLite the table is
/// built again, which is where a reference could have been lost.
@Suite("Migration 0035: the regency role, tokens and what refers to them kept")
struct RegencyRoleMigrationTests {
    static let before35 = 34
    static let secret = String(repeating: "a", count: 64)

    static func records() -> [SQLStatement] {
        [
            "INSERT INTO estates (id, name, code, is_default) VALUES (1, 'Kluster', 'KAWASAN-1', TRUE)",
            "INSERT INTO api_tokens (id, name, role, secret_sha256, estates) VALUES ('viewer0001', 'Staf', 'viewer', '\(secret)', 'KAWASAN-1')",
            """
            INSERT INTO api_tokens (id, name, role, secret_sha256, firms)
            VALUES ('tenant0001', 'CV Baja', 'tenant', '\(secret.replacingOccurrences(of: "a", with: "b"))', '9120983690060')
            """,
            """
            INSERT INTO dashboard_sessions (id, secret_sha256, token_id, created_at, last_seen_at, expires_at)
            VALUES ('0123456789ab', '\(secret.replacingOccurrences(of: "a", with: "c"))', 'viewer0001', 1000, 1000, 2000)
            """,
            "INSERT INTO token_passwords (token_id, login, hash, set_at) VALUES ('tenant0001', 'cv.baja', 'scrypt$placeholder-hash', 1000)",
        ].map { SQLStatement($0) }
    }

    static func expectKept(_ store: any StoreService) async throws {
        let tokens = try await store.tokens().sorted { $0.id < $1.id }
        #expect(tokens.map(\.id) == ["tenant0001", "viewer0001"])
        #expect(tokens.map(\.role) == [.tenant, .viewer])
        #expect(tokens[0].firms == ["9120983690060"] && tokens[0].estates == nil)
        #expect(tokens[1].estates == ["KAWASAN-1"] && tokens[1].firms == nil)
        let session = try await store.session(secretSHA256: secret.replacingOccurrences(of: "a", with: "c"))
        #expect(session?.tokenID == "viewer0001", "the session still signs in as its token")
        let stray = StoredSession(
            id: "ba9876543210", secretSHA256: String(repeating: "d", count: 64), tokenID: "nosuchtokn", createdAt: 1000,
            lastSeenAt: 1000, expiresAt: 2000)
        await #expect(throws: (any Error).self, "a session must still refer to a stored token") {
            try await store.startSession(stray, actor: "test")
        }
        let dinas = IssuedToken.generate(name: "Dinas Perindustrian Kab. Bekasi", role: .regency)
        try await store.createToken(dinas.stored, actor: "test")
        #expect(try await store.token(id: dinas.stored.id)?.role == .regency)
        #expect(try await store.token(id: dinas.stored.id)?.isRegencyWide == true)
    }

    @Test("SQLite: tokens, session and password kept; regency stored")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await EstateMigrationTests.oldSQLite(at: path, upTo: Self.before35, records: Self.records())
        let opened = try await StoreLocation("sqlite:" + path).open(migrate: true)
        try await Self.expectKept(opened.store)
        await opened.close()
    }

    @Test("PostgreSQL: tokens, session and password kept; regency stored")
    func postgres() async throws {
        let settings = try await PostgresTestDatabases.shared.empty()
        try await EstateMigrationTests.oldPostgres(settings, upTo: Self.before35, records: Self.records())
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        try await Self.expectKept(opened.store)
        await opened.close()
    }
}
