import EstatePostgres
import Foundation
import Logging
import PostgresNIO

/// One statement on its own connection (CREATE/DROP DATABASE cannot run in a transaction).
enum AdminConnection {
    static func execute(_ settings: PostgresSettings, _ sql: String) async throws {
        let logger = Logger(label: "estate.bench")
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: settings.host, port: settings.port, username: settings.username, password: settings.password,
                database: settings.database, tls: .disable),
            id: 1, logger: logger)
        do {
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// psql's \copy of the generated files, timed as a whole (one psql process, one transaction).
enum PSQL {
    static func copy(settings: PostgresSettings, url: String, workdir: URL) throws -> Double {
        var components = URLComponents(string: url)!
        components.path = "/" + settings.database
        let target = components.string!
        let script = """
            BEGIN;
            \\copy tenants (nib, legal_name, npwp, kbli) FROM '\(workdir.path)/tenants.csv' WITH (FORMAT csv)
            \\copy declarations (nib, fiscal_year, turnover, workers, local_workers, investment) FROM '\(workdir.path)/declarations.csv' WITH (FORMAT csv)
            COMMIT;
            """
        let scriptURL = workdir.appendingPathComponent("copy.sql")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        let process = Process()
        let local = "/usr/lib/postgresql/15/bin/psql"
        process.executableURL = URL(
            fileURLWithPath: FileManager.default.isExecutableFile(atPath: local) ? local : "/usr/bin/psql")
        process.arguments = [target, "-q", "-v", "ON_ERROR_STOP=1", "-f", scriptURL.path]
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return (ContinuousClock.now - start).seconds
    }
}
