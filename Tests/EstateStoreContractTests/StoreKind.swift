import EstateDomain
import EstateInterchange
import EstatePostgres
import EstateSQLite
import EstateStore
import EstateStores
import Foundation
import Logging
import PostgresNIO
import Testing

/// The engines the contract runs against: the embedded store always, and a real PostgreSQL.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// Runs `body` against a fresh, migrated store of this kind, then closes it. Opened as the
    /// adapters open theirs, from a URL (`StoreLocation`).
    func withStore<T>(
        clock: EstateClock = .bekasi, _ body: (any StoreService) async throws -> T
    ) async throws -> T {
        let url =
            switch self {
            case .sqlite: "sqlite::memory:"
            case .postgres: try await PostgresTestDatabases.shared.fresh().url
            }
        return try await Self.using([try await StoreLocation(url).open(migrate: true, clock: clock)]) {
            try await body($0[0])
        }
    }

    /// Runs `body` with two stores of this kind on one fresh database, as two server instances
    /// (or a server and the CLI) would be: each has its own connections and its own cache.
    func withTwoStores<T>(_ body: (any StoreService, any StoreService) async throws -> T) async throws -> T {
        let url: String
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
            url = "sqlite:" + path
        case .postgres:
            url = try await PostgresTestDatabases.shared.fresh().url
        }
        defer {
            if self == .sqlite {
                let path = String(url.dropFirst("sqlite:".count))
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let first = try await StoreLocation(url).open(migrate: true)
        let second: OpenStore
        do {
            second = try await StoreLocation(url).open()
        } catch {
            await first.close()
            throw error
        }
        return try await Self.using([first, second]) { try await body($0[0], $0[1]) }
    }

    /// Runs `body` with the stores, then closes them, whether it threw or not.
    private static func using<T>(_ opened: [OpenStore], _ body: ([any StoreService]) async throws -> T) async throws -> T {
        do {
            let result = try await body(opened.map(\.store))
            for store in opened { await store.close() }
            return result
        } catch {
            for store in opened { await store.close() }
            throw error
        }
    }
}

/// Fresh PostgreSQL databases for tests, each cloned from a template migrated once
/// (`CREATE DATABASE ... TEMPLATE`). The server comes from ESTATE_TEST_DATABASE_URL, which
/// `scripts/test.sh` sets after starting `deploy/postgres-local.sh`; any host that is not this
/// machine is refused.
actor PostgresTestDatabases {
    static let shared = PostgresTestDatabases()
    private var templateCreation: Task<String, Error>?

    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    func admin() throws -> PostgresSettings {
        guard let url = ProcessInfo.processInfo.environment["ESTATE_TEST_DATABASE_URL"] else {
            throw Unavailable(
                description: """
                    PostgreSQL for the contract tests is not configured. Run `bash scripts/test.sh` (it starts \
                    deploy/postgres-local.sh) or set ESTATE_TEST_DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:PORT/DB.
                    """)
        }
        let settings = try PostgresSettings(url: url)
        guard settings.isLocal else {
            throw Unavailable(
                description: "refusing to run tests against \(settings.host): only a local server is allowed")
        }
        return settings
    }

    /// A new, empty database (no migration applied), e.g. to build one as an older version did.
    func empty() async throws -> PostgresSettings {
        let admin = try admin()
        _ = try await template(admin)  // leftovers are dropped first, never a database made after
        let name = "estate_test_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        try await Self.execute(admin, "CREATE DATABASE \(name)")
        return admin.with(database: name)
    }

    /// The migrated template every fresh database is cloned from, made once per run.
    private func template(_ admin: PostgresSettings) async throws -> String {
        // Created once; later callers await the same task (the actor is re-entered while it runs).
        let creation =
            templateCreation
            ?? Task {
                try await Self.dropLeftovers(admin)
                let name = "estate_template_\(getpid())"
                try await Self.execute(admin, "DROP DATABASE IF EXISTS \(name)")
                try await Self.execute(admin, "CREATE DATABASE \(name)")
                await (try await StoreLocation(admin.with(database: name).url).open(migrate: true)).close()
                return name
            }
        templateCreation = creation
        return try await creation.value
    }

    func fresh() async throws -> PostgresSettings {
        let admin = try admin()
        let template = try await template(admin)
        let name = "estate_test_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        // The template's last connections may still be closing: retry briefly.
        for attempt in 1...50 {
            do {
                try await Self.execute(admin, "CREATE DATABASE \(name) TEMPLATE \(template)")
                break
            } catch  where attempt < 50 {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        return admin.with(database: name)
    }

    /// Drops the databases earlier test runs left (each test gets a database of its own, and no
    /// test outlives its run): without this a developer's cluster grew by gigabytes. One still in
    /// use (another run at the same time) is left alone.
    static func dropLeftovers(_ admin: PostgresSettings) async throws {
        let logger = PostgresEstateStore.quietLogger
        let connection = try await PostgresConnection.connect(
            configuration: admin.connectionConfiguration, id: 2, logger: logger)
        let names = try await connection.query(
            "SELECT datname FROM pg_database WHERE datname LIKE 'estate_test_%' OR datname LIKE 'estate_template_%'",
            logger: logger
        ).collect().map { try $0.decode(String.self) }
        try? await connection.close()
        for name in names { try? await execute(admin, "DROP DATABASE IF EXISTS \(name)") }
    }

    /// Runs one statement on its own connection (CREATE DATABASE cannot run in a transaction).
    static func execute(_ settings: PostgresSettings, _ sql: String) async throws {
        try await settings.executeAlone(sql)
    }
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The sample cluster of `seeds/`.
let seedEstate: Estate = try! SeedDirectory.load(path: repositoryRoot.appendingPathComponent("seeds").path)
let referenceDate = try! CivilDate(parsing: "2026-11-22", field: "as_of")
