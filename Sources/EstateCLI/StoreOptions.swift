import ArgumentParser
import EstateDomain
import EstateStore
import EstateStores
import Foundation

/// Where the data lives: `--database`, else ESTATE_DATABASE_URL, else the embedded SQLite file
/// `estate.sqlite` in the working directory (created and migrated on first use); and which of its
/// estates a command is about: `--estate`, else ESTATE_ESTATE, else the store's only or default one.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "sqlite:PATH (default sqlite:estate.sqlite) or postgres://USER:PASSWORD@HOST:PORT/DB.")
    var database: String?

    @Option(
        name: .customLong("estate"),
        help: """
            The estate's code, e.g. KAWASAN-1 (default: ESTATE_ESTATE, else the store's only or default estate); \
            `token create` takes it more than once.
            """)
    var estateCodes: [String] = []

    /// The estate named by the option or the environment, if any.
    var estate: String? {
        estateCodes.last ?? ProcessInfo.processInfo.environment["ESTATE_ESTATE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where the estate's name came from, for messages.
    private var estateSource: String { estateCodes.isEmpty ? "ESTATE_ESTATE" : "--estate" }

    var location: String {
        database ?? ProcessInfo.processInfo.environment["ESTATE_DATABASE_URL"] ?? "sqlite:estate.sqlite"
    }

    /// The location without a password, for messages.
    var displayLocation: String { StoreLocation(location).description }

    /// Opens the store, runs `body` on it scoped to the estate the command is about (unless
    /// `scoped` is false: commands about the whole store), and closes it; store errors become
    /// failures with exit codes.
    func withStore<T>(
        migrate: Bool = false, longRunning: Bool = false, scoped: Bool = true,
        _ body: (any StoreService) async throws -> T
    ) async throws -> T {
        let opened: OpenStore
        do {
            opened = try await StoreLocation(location).open(migrate: migrate, longRunning: longRunning)
        } catch let error as StoreLocation.Malformed {
            throw Failure(message: "estate: --database: " + error.description, code: .usage)
        } catch let error as StoreError {
            throw Failure(store: error)
        }
        if scoped, estateCodes.count > 1 {
            await opened.close()
            throw Failure(
                message: "estate: --estate is given \(estateCodes.count) times; this command is about one estate.",
                code: .usage)
        }
        let store: any StoreService
        do {
            store = scoped ? try await opened.store.scoped(toCode: estate, field: estateSource) : opened.store
        } catch let error as InputError {
            await opened.close()
            throw Failure(message: "estate: " + error.description, code: .usage)
        } catch let error as StoreError {
            await opened.close()
            throw Failure(store: error)
        }
        do {
            let result = try await body(store)
            await opened.close()
            return result
        } catch let error as StoreError {
            await opened.close()
            throw Failure(store: error)
        } catch let error as InputError {
            await opened.close()
            throw Failure(
                message: "estate: the store holds a value this version cannot read: \(error)", code: .invalidData)
        } catch {
            await opened.close()
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
