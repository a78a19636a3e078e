import EstatePostgres
import EstateStore
import EstateStores
import Foundation
import Logging
import PostgresNIO

/// `--query-memory N`: resident memory before and after N trivial queries, through the store
/// (PostgresClient pool) and through one PostgresConnection, to tell a leak per query from a
/// high-water mark. Found while measuring `estate serve` (benchmarks/server.sh).
enum QueryMemoryProbe {
    static func line(_ label: String, _ round: Int, _ before: Double, _ count: Int) -> String {
        label.padding(toLength: 28, withPad: " ", startingAt: 0)
            + String(format: " round %d: %6.1f → %6.1f MiB after %d queries", round, before, residentMiB(), count)
    }

    static func residentMiB() -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }

    static func run(settings: PostgresSettings, count: Int, pause: Duration?) async throws {
        for longRunning in [false, true] {
            try await probePool(settings: settings, count: count, pause: pause, longRunning: longRunning)
        }
        try await probeConnection(settings: settings, count: count)
    }

    static func probePool(settings: PostgresSettings, count: Int, pause: Duration?, longRunning: Bool) async throws {
        let opened = try await StoreLocation(settings.url).open(longRunning: longRunning)
        let store = opened.store
        let label = longRunning ? "pool, longRunning (server)" : "pool, default (CLI)"
        for round in 1...3 {
            if round > 1, let pause { try await Task.sleep(for: pause) }
            let before = residentMiB()
            for _ in 0..<count { try await store.ping() }
            print(line(label, round, before, count))
        }
        await opened.close()
    }

    static func probeConnection(settings: PostgresSettings, count: Int) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: settings.host, port: settings.port, username: settings.username, password: settings.password,
                database: settings.database, tls: .disable),
            id: 1, logger: Logger(label: "probe"))
        for round in 1...3 {
            let before = residentMiB()
            for _ in 0..<count { _ = try await connection.query("SELECT 1", logger: Logger(label: "probe")).collect() }
            print(line("one PostgresConnection", round, before, count))
        }
        try await connection.close()
    }
}
