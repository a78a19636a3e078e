import ArgumentParser
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate sessions list|revoke`: the dashboard's live sessions, and ending one (issue 17,
/// item 2). The idle time is the server's default unless given, as `estate serve` takes it.
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List the dashboard's live sessions, or end one.",
        subcommands: [List.self, Revoke.self], defaultSubcommand: List.self)

    static var now: Int64 { Int64(Date().timeIntervalSince1970) }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Live sessions, newest first (never their secret).")

        @Option(help: "Minutes a session may go unused, as the server runs with (default 30).")
        var sessionIdleMinutes = 30

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Self.exiting {
                let live = try await store.withStore(scoped: false) { store in
                    try await EstateOperations(store: store).liveSessions(
                        at: SessionsCommand.now, idle: Int64(sessionIdleMinutes) * 60)
                }
                guard !live.isEmpty else { return print("No live session.") }
                let time = { (seconds: Int64) in
                    ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
                }
                var table = TextTable(header: ["id", "token", "role", "address", "signed in", "last used", "expires"])
                for listing in live {
                    let session = listing.session
                    table.add([
                        session.id, listing.tokenName, listing.role.rawValue, session.address ?? "", time(session.createdAt),
                        time(session.lastSeenAt), time(session.expiresAt),
                    ])
                }
                print(table.rendered)
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a live session; its browser is signed out at its next request.")

        @Argument(help: "The session's id, as `estate sessions list` shows it.")
        var id: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Self.exiting {
                try await store.withStore(scoped: false) { store in
                    try await reportingFailures {
                        try await EstateOperations(store: store).revokeSession(id, at: SessionsCommand.now, actor: currentActor)
                    }
                }
                print("Ended session \(id).")
            }
        }
    }
}
