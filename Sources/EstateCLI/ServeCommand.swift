import ArgumentParser
import EstateReports
import EstateServer
import EstateStore
import Foundation
import Hummingbird
import Logging

/// `estate serve`: the HTTP API and the dashboard on the same store as the CLI.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (/api/v1, /openapi.json) and the web dashboard (/) until SIGTERM or SIGINT.")

    @Option(help: "The address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).")
    var host = "127.0.0.1"

    @Option(help: "The TCP port.")
    var port = 8080

    @Flag(help: "Open GET /api/v1/public/summary (occupancy figures only, no tenant data) to anyone.")
    var publicSummary = false

    @Flag(help: "Mark the session cookie Secure (when served over HTTPS behind a proxy).")
    var secureCookies = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port \(port) is not a TCP port (1–65535).") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level \(logLevel) is not a level; use info, warning, error or debug.")
        }
    }

    func run() async throws {
        try await Self.exiting {
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
                return handler
            }
            try await store.withStore(longRunning: true) { store in
                let configuration = EstateServerConfiguration(
                    host: host, port: port, storeName: self.store.displayLocation, publicSummary: publicSummary,
                    secureCookies: secureCookies, logLevel: Logger.Level(rawValue: logLevel) ?? .info)
                let app = try buildApplication(configuration: configuration, store: store)
                FileHandle.standardError.write(
                    Data(
                        ("estate: serving \(self.store.displayLocation) on http://\(host):\(port)/ (API /api/v1, "
                            + "dashboard /); stop with Ctrl-C\n").utf8))
                do {
                    try await app.runService()
                } catch {
                    throw Failure(
                        message: "estate: cannot serve on \(host):\(port) (\(error)); is the port in use? Try --port.",
                        code: .unavailable)
                }
            }
        }
    }
}

/// `estate token create|revoke|list`: API and dashboard access.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Create, revoke or list API tokens (viewer, officer, admin).",
        subcommands: [Create.self, Revoke.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token; it is printed once and stored only as a hash.")

        @Option(help: "viewer (reads), officer (tenants, declarations, applications, proposals) or admin (all).")
        var role: APIRoleArgument

        @Option(help: "Who or what holds it, e.g. \"Bu Sari (sekretariat)\" or \"website\".")
        var name: String

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard (1...80).contains(name.trimmingCharacters(in: .whitespaces).count) else {
                throw ValidationError("--name must be 1 to 80 characters, e.g. \"website\".")
            }
        }

        func run() async throws {
            try await Self.exiting {
                let issued = IssuedToken.generate(name: name.trimmingCharacters(in: .whitespaces), role: role.role)
                try await store.withStore(scoped: false) { store in
                    try await store.createToken(issued.stored, actor: currentActor)
                }
                print(issued.text)
                FileHandle.standardError.write(
                    Data(
                        ("estate: created \(role.role.rawValue) token \(issued.stored.id) for \"\(issued.stored.name)\". "
                            + "It is shown only now: hand it over, then send it as Authorization: Bearer <token>.\n")
                            .utf8))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a live token by its id or name.")

        @Argument(help: "The token's id (the 10 characters after ce_) or its name.")
        var token: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Self.exiting {
                let revoked = try await store.withStore(scoped: false) { store in
                    try await store.revokeToken(token, actor: currentActor)
                }
                guard revoked else {
                    throw Failure(
                        message: "estate: no live token has id or name \"\(token)\"; `estate token list` shows them.",
                        code: .notFound)
                }
                print("Revoked token \(token); requests with it are refused from now on.")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tokens with their role and state (never the secret).")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Self.exiting {
                let tokens = try await store.withStore(scoped: false) { try await $0.tokens() }
                guard !tokens.isEmpty else { return print("No token yet; create one with `estate token create`.") }
                var table = TextTable(header: ["id", "name", "role", "state"])
                for token in tokens {
                    table.add([token.id, token.name, token.role.rawValue, token.revoked ? "revoked" : "live"])
                }
                print(table.rendered)
            }
        }
    }
}

/// `--role` as ArgumentParser reads it.
struct APIRoleArgument: ExpressibleByArgument {
    let role: APIRole

    init?(argument: String) {
        guard let role = APIRole(rawValue: argument) else { return nil }
        self.role = role
    }

    static var allValueStrings: [String] { APIRole.allCases.map(\.rawValue) }
}
