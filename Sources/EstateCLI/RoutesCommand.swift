import ArgumentParser
import EstateServer
import Foundation

/// `estate routes [--json]`: the server's route table, each route with the least role it
/// needs, read from the same table the router is built from. Operators use it to review
/// access; `reliability/auth_matrix.py` uses it to test every route against a live server.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes", abstract: "List every route `estate serve` answers and the least role each needs.")

    @Flag(help: "Print JSON (method, path, role, tenant, api, redirects_to_sign_in) instead of a table.")
    var json = false

    @Flag(help: "List the routes as served with --public-summary.")
    var publicSummary = false

    @OptionGroup var store: StoreOptions

    /// One route as printed.
    struct Entry: Encodable {
        let method: String
        let path: String
        let role: String
        /// How a firm's account may use it: refused, own-firm or filtered.
        let tenant: String
        let api: Bool
        let redirectsToSignIn: Bool
    }

    func run() async throws {
        try await Self.exiting {
            let entries = try await store.withStore(scoped: false) { store in
                let configuration = EstateServerConfiguration(
                    storeName: self.store.displayLocation, publicSummary: publicSummary)
                return try buildRouter(configuration: configuration, store: store).routes.map {
                    Entry(
                        method: $0.method.rawValue, path: $0.path, role: $0.role?.rawValue ?? "none",
                        tenant: $0.tenant.rawValue, api: $0.isAPI,
                        redirectsToSignIn: $0.redirectsToSignIn)
                }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.keyEncodingStrategy = .convertToSnakeCase
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
            } else {
                for entry in entries {
                    print(
                        entry.method.padding(toLength: 5, withPad: " ", startingAt: 0)
                            + entry.role.padding(toLength: 8, withPad: " ", startingAt: 0)
                            + (entry.tenant == "refused" ? "" : "tenant:" + entry.tenant + " ")
                            + entry.path)
                }
            }
        }
    }
}
