import EstatePostgres
import Foundation
import GRDB
import Logging
import PostgresNIO

/// The ceiling of a one-tenant write: the bare INSERT of the same tenant row, one statement
/// and one commit per row, sequentially, through the same driver the store uses (PostgresNIO's
/// client, GRDB). `benchmarks/writes.sh` prints the server's `POST /api/v1/tenants` rate
/// beside it.
enum BareInsertCeiling {
    static func postgres(settings: PostgresSettings, rows: Int) async throws -> Double {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: .disable)
        configuration.options.maximumConnections = 1
        let client = PostgresClient(configuration: configuration)
        let runner = Task { await client.run() }
        defer { runner.cancel() }
        let logger = Logger(label: "bench")
        _ = try await client.query("SELECT 1", logger: logger)  // the connection is open before the clock starts
        let clock = ContinuousClock()
        let started = clock.now
        for i in 0..<rows {
            let nib = String(9_400_000_000_000 + i)
            let name = "CV Ceiling \(i)"
            let npwp = "0" + String(200_000_000_000_000 + i)
            _ = try await client.query(
                "INSERT INTO tenants (nib, legal_name, npwp, kbli) VALUES (\(nib), \(name), \(npwp), '25920')",
                logger: logger)
        }
        return Double(rows) / (clock.now - started).seconds
    }

    static func sqlite(path: String, rows: Int) async throws -> Double {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let pool = try DatabasePool(path: path, configuration: configuration)
        let clock = ContinuousClock()
        let started = clock.now
        for i in 0..<rows {
            let nib = String(9_400_000_000_000 + i)
            try await pool.write { db in
                try db.execute(
                    sql: "INSERT INTO tenants (nib, legal_name, npwp, kbli) VALUES (?, ?, ?, '25920')",
                    arguments: [nib, "CV Ceiling \(i)", "0" + String(200_000_000_000_000 + i)])
            }
        }
        return Double(rows) / (clock.now - started).seconds
    }
}
