import EstatePostgres
import EstateSQLite
import EstateStore

/// Where the data lives, as every adapter names it: `sqlite:PATH` (`sqlite::memory:` for a
/// throwaway store) or `postgres://USER:PASSWORD@HOST:PORT/DB`. The one way to open a store
/// from a URL: the CLI (and so `estate serve`), the benchmarks and the tests use it.
public struct StoreLocation: Sendable, CustomStringConvertible {
    public let url: String

    /// A location that is not one of the two forms, said with the fix.
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    public init(_ url: String) { self.url = url }

    /// The location without a password, for messages and logs.
    public var description: String { PostgresSettings.redacted(url) }

    public var isPostgres: Bool { url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") }

    /// The embedded store's file, nil for PostgreSQL and for a store in memory.
    public var sqlitePath: String? {
        guard !isPostgres else { return nil }
        let path = url.hasPrefix("sqlite:") ? String(url.dropFirst("sqlite:".count)) : url
        return path == ":memory:" ? nil : path
    }

    /// Opens (and for SQLite creates and migrates) the store. PostgreSQL is migrated only with
    /// `migrate` (else a database lacking migrations is refused); `longRunning` is a server's
    /// pool; `clock` gives the day writes are checked for. Close it with `OpenStore.close()`.
    public func open(migrate: Bool = false, longRunning: Bool = false, clock: EstateClock = .bekasi) async throws
        -> OpenStore
    {
        if isPostgres {
            let settings: PostgresSettings
            do {
                settings = try PostgresSettings(url: url)
            } catch let error as StoreError {
                throw Malformed(description: error.description)
            }
            let store = try await PostgresEstateStore(
                settings: settings, migrate: migrate, longRunning: longRunning, clock: clock)
            return OpenStore(store: store, close: { await store.shutdown() })
        }
        let store = try await SQLiteEstateStore(path: sqlitePath, clock: clock)
        return OpenStore(store: store, close: {})
    }
}

/// A store opened from a `StoreLocation`, with what closes it.
public struct OpenStore: Sendable {
    public let store: any StoreService
    public let close: @Sendable () async -> Void
}
