import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore
import Foundation

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

        // --estate CODE (repeatable, from the store options): the estates the token may be used
        // for; without it, every estate (a regency-wide token).

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
                let issued = try await store.withStore(scoped: false) { store in
                    // Each --estate must name an estate of the store; none: every estate (regency-wide).
                    var codes: [String] = []
                    for code in self.store.estateCodes.isEmpty ? self.store.estate.map { [$0] } ?? [] : self.store.estateCodes {
                        do {
                            _ = try await store.scoped(toCode: code, field: "--estate")
                        } catch let error as InputError {
                            throw Failure(message: "estate: " + error.description, code: .usage)
                        }
                        codes.append(try EstateCode.normalise(code, field: "--estate"))
                    }
                    let issued = IssuedToken.generate(
                        name: name.trimmingCharacters(in: .whitespaces), role: role.role,
                        estates: codes.isEmpty ? nil : codes)
                    try await store.createToken(issued.stored, actor: currentActor)
                    return issued
                }
                print(issued.text)
                FileHandle.standardError.write(
                    Data(
                        ("estate: created \(role.role.rawValue) token \(issued.stored.id) for \"\(issued.stored.name)\", "
                            + (issued.stored.estates.map { "limited to \($0.joined(separator: ", "))" } ?? "every estate") + ". "
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
                var table = TextTable(header: ["id", "name", "role", "estates", "state"])
                for token in tokens {
                    table.add([
                        token.id, token.name, token.role.rawValue, token.estates?.joined(separator: ", ") ?? "all",
                        token.revoked ? "revoked" : "live",
                    ])
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
