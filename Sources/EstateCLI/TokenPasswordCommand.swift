import ArgumentParser
import EstateOperations
import EstateStore
import Foundation

extension TokenCommand {
    /// `estate token password TOKEN --login NAME`: a person signs in to the dashboard with a
    /// name and a password instead of pasting the token (issue 17, item 2). The password is read
    /// from the terminal without echo, or from the first line of standard input.
    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a live token a sign-in name and password for the dashboard (kept as a scrypt hash).")

        @Argument(help: "The token's id (the 10 characters after ce_) or its name.")
        var token: String

        @Option(help: "The sign-in name: 3 to 64 of a-z, 0-9, '.', '_', '-', e.g. sari.keuangan.")
        var login: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Self.exiting {
                let password = try Self.readPassword()
                let set = try await store.withStore(scoped: false) { store in
                    try await reportingFailures {
                        try await EstateOperations(store: store).setPassword(
                            token: token, login: login, password: password, actor: currentActor)
                    }
                }
                print("\(set.token.name) (\(set.token.role.rawValue)) signs in to the dashboard as \(set.login) with the password given.")
            }
        }

        /// The password: asked for without echo on a terminal, else the first line of standard input.
        static func readPassword() throws -> String {
            if isatty(STDIN_FILENO) != 0, let typed = getpass("Password (10 to 128 characters): ") {
                return String(cString: typed)
            }
            guard let line = readLine(strippingNewline: true) else {
                throw Failure(message: "estate: no password on standard input; type it, or pipe it in on one line.", code: .usage)
            }
            return line
        }
    }
}
