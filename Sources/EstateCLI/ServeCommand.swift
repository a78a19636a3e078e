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

