import ArgumentParser
import EstateMail
import EstateOperations
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

    @Flag(
        help: "Mark the session cookie Secure also on a loopback address (behind an HTTPS proxy on this machine); on any other address it always is.")
    var secureCookies = false

    @Option(help: "Requests per second one token (or address) may make, in bursts of six times that; 0: no limit.")
    var rateLimit = 20

    @Option(help: "The most connections open at once; more wait to be accepted.")
    var maxConnections = 1_000

    @Option(help: "The most connections one client address may hold open; its next is closed at once. A proxy on loopback is not limited.")
    var maxConnectionsPerAddress = 100

    @Flag(help: "A reverse proxy on this machine is in front: take the client's address from the last X-Forwarded-For entry of a loopback peer (for the limits, the sign-in throttle and the audit).")
    var trustForwardedFor = false

    @Option(help: "Minutes a dashboard session may go unused before it is over.")
    var sessionIdleMinutes = 30

    @Option(help: "Hours a dashboard session lasts at most after sign-in, used or not.")
    var sessionHours = 12

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @Option(help: "Send reminders by e-mail through this relay: smtp://HOST[:PORT]?from=ADDRESS (default: ESTATE_SMTP_URL; none: no e-mail).")
    var smtp: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port \(port) is not a TCP port (1–65535).") }
        guard (0...100_000).contains(rateLimit) else { throw ValidationError("--rate-limit \(rateLimit) must be 0 to 100000.") }
        guard (10...100_000).contains(maxConnections) else {
            throw ValidationError("--max-connections \(maxConnections) must be 10 to 100000.")
        }
        guard (1...maxConnections).contains(maxConnectionsPerAddress) else {
            throw ValidationError(
                "--max-connections-per-address \(maxConnectionsPerAddress) must be 1 to --max-connections (\(maxConnections)).")
        }
        guard (1...1440).contains(sessionIdleMinutes) else {
            throw ValidationError("--session-idle-minutes \(sessionIdleMinutes) must be 1 to 1440 (a day).")
        }
        guard (1...168).contains(sessionHours) else {
            throw ValidationError("--session-hours \(sessionHours) must be 1 to 168 (a week).")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level \(logLevel) is not a level; use info, warning, error or debug.")
        }
    }

    /// `--smtp` or `ESTATE_SMTP_URL`, when either is given.
    var smtpConfiguration: SMTPConfiguration? {
        get throws {
            guard smtp != nil || ProcessInfo.processInfo.environment["ESTATE_SMTP_URL"] != nil else { return nil }
            return try SMTPOptions.configuration(smtp)
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
                    secureCookies: secureCookies || !EstateServerConfiguration.isLoopback(host),
                    logLevel: Logger.Level(rawValue: logLevel) ?? .info,
                    sessions: SessionPolicy(
                        idleSeconds: Int64(sessionIdleMinutes) * 60, lifetimeSeconds: Int64(sessionHours) * 3600),
                    connections: ConnectionLimits(maximum: maxConnections, perAddress: maxConnectionsPerAddress),
                    rateLimit: rateLimit == 0
                        ? .unlimited : RateLimitPolicy(burst: Double(rateLimit) * 6, perSecond: Double(rateLimit)),
                    trustForwardedFor: trustForwardedFor)
                // A relay URL that cannot be used is refused before anything is served.
                let mail = try smtpConfiguration.map { OutboxSender(store: store, smtp: $0) }
                let app = try buildApplication(configuration: configuration, store: store)
                FileHandle.standardError.write(
                    Data(
                        ("estate: serving \(self.store.displayLocation) on http://\(host):\(port)/ (API /api/v1, "
                            + "dashboard /); stop with Ctrl-C\n").utf8))
                // Reminders: planned every hour, delivered every 15 s, while the server runs.
                let mailer = mail.map { sender in
                    Task {
                        var planned = Date.distantPast
                        while !Task.isCancelled {
                            if Date().timeIntervalSince(planned) >= 3600 {
                                _ = try? await EstateOperations.planRemindersInEveryEstate(store, on: .todayInBekasi)
                                planned = Date()
                            }
                            _ = try? await sender.deliverDue()
                            try? await Task.sleep(for: .seconds(15))
                        }
                    }
                }
                defer { mailer?.cancel() }
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

