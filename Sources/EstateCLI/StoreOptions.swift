import ArgumentParser
import EstateDomain
import EstatePostgres
import EstateSQLite
import EstateServer
import EstateStore
import Foundation

/// Where the data lives: `--database`, else ESTATE_DATABASE_URL, else the embedded SQLite file
/// `estate.sqlite` in the working directory (created and migrated on first use).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "sqlite:PATH (default sqlite:estate.sqlite) or postgres://USER:PASSWORD@HOST:PORT/DB.")
    var database: String?

    var location: String {
        database ?? ProcessInfo.processInfo.environment["ESTATE_DATABASE_URL"] ?? "sqlite:estate.sqlite"
    }

    /// The location without a password, for messages.
    var displayLocation: String { PostgresSettings.redacted(location) }

    /// Opens the store, runs `body`, and closes it; store errors become failures with exit codes.
    func withStore<T>(
        migrate: Bool = false, longRunning: Bool = false, _ body: (any EstateServerStore) async throws -> T
    ) async throws -> T {
        let store: any EstateServerStore
        var shutdown: (() async -> Void)?
        do {
            if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
                let settings: PostgresSettings
                do {
                    settings = try PostgresSettings(url: location)
                } catch let error as StoreError {
                    throw Failure(message: "estate: --database: " + error.description, code: .usage)
                }
                let postgres = try await PostgresEstateStore(
                    settings: settings, migrate: migrate, longRunning: longRunning)
                store = postgres
                shutdown = { await postgres.shutdown() }
            } else {
                let path = location.hasPrefix("sqlite:") ? String(location.dropFirst("sqlite:".count)) : location
                store = try await SQLiteEstateStore(path: path == ":memory:" ? nil : path)
            }
        } catch let error as StoreError {
            throw Failure(store: error)
        }
        do {
            let result = try await body(store)
            await shutdown?()
            return result
        } catch let error as StoreError {
            await shutdown?()
            throw Failure(store: error)
        } catch let error as InputError {
            await shutdown?()
            throw Failure(
                message: "estate: the store holds a value this version cannot read: \(error)", code: .invalidData)
        } catch {
            await shutdown?()
            throw error
        }
    }
}

extension Failure {
    /// A store's refusal with the exit code of its class.
    init(store error: StoreError) {
        let code: Code
        switch error.category {
        case .conflict: code = .conflict
        case .notFound: code = .notFound
        case .invalidData: code = .invalidData
        case .unavailable: code = .unavailable
        }
        self.init(message: "estate: " + error.description, code: code)
    }
}
