import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate token create|revoke|list`: API and dashboard access.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Create, revoke or list API tokens (tenant, regency, viewer, officer, admin).",
        subcommands: [Create.self, Revoke.self, List.self, Password.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token; it is printed once and stored only as a hash.")

        @Option(
            help: "tenant (a firm's own records, with --nib), regency (the Dinas: the forum, the map and the reports without money or papers), viewer (reads), officer (tenants, declarations, applications, proposals) or admin (all).")
        var role: APIRoleArgument

        @Option(
            name: .customLong("nib"),
            help: "A firm the tenant token acts for (its NIB; repeat for a group of firms). Only with --role tenant.")
        var nibs: [String] = []

        // --estate CODE (repeatable, from the store options): the estates the token may be used
        // for; without it, every estate (a regency-wide token).

        @Option(help: "Who or what holds it, e.g. \"Bu Sari (sekretariat)\" or \"website\".")
        var name: String

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard (1...80).contains(name.trimmingCharacters(in: .whitespaces).count) else {
                throw ValidationError("--name must be 1 to 80 characters, e.g. \"website\".")
            }
            if role.role == .tenant, nibs.isEmpty {
                throw ValidationError(
                    "--role tenant needs the firm it acts for: --nib NIB (repeat it for each firm of a group).")
            }
            if role.role != .tenant, !nibs.isEmpty {
                throw ValidationError(
                    "--nib is for --role tenant only; a \(role.role.rawValue) token sees every firm of its estates.")
            }
            guard nibs.count <= 100 else { throw ValidationError("--nib: at most 100 firms per token.") }
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
                    let firms = try await Self.firms(nibs, in: store)
                    let issued = IssuedToken.generate(
                        name: name.trimmingCharacters(in: .whitespaces), role: role.role,
                        estates: codes.isEmpty ? nil : codes, firms: firms)
                    try await store.createToken(issued.stored, actor: currentActor)
                    return issued
                }
                print(issued.text)
                let estates = issued.stored.estates.map { "limited to " + $0.joined(separator: ", ") } ?? "every estate"
                let firms = issued.stored.firms.map { ", acting for NIB " + $0.joined(separator: ", ") } ?? ""
                let message =
                    "estate: created \(role.role.rawValue) token \(issued.stored.id) for \"\(issued.stored.name)\", "
                    + estates + firms + ". "
                    + "It is shown only now: hand it over, then send it as Authorization: Bearer <token>.\n"
                FileHandle.standardError.write(Data(message.utf8))
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
                var table = TextTable(header: ["id", "name", "role", "estates", "firms", "state"])
                for token in tokens {
                    table.add([
                        token.id, token.name, token.role.rawValue, token.estates?.joined(separator: ", ") ?? "all",
                        token.firms?.joined(separator: ", ") ?? "all",
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

extension TokenCommand.Create {
    /// The NIBs of `--nib`, each read as a NIB and known to the store's firm registry; nil when
    /// none was given (a staff token).
    static func firms(_ nibs: [String], in store: any StoreService) async throws -> [String]? {
        guard !nibs.isEmpty else { return nil }
        var digits: [String] = []
        for text in nibs {
            let nib: NIB
            do {
                nib = try NIB(parsing: text, field: "--nib")
            } catch let error as InputError {
                throw Failure(message: "estate: " + error.description, code: .usage)
            }
            guard try await EstateOperations(store: store).firm(nib) != nil else {
                throw Failure(
                    message: "estate: --nib \(nib.digits): no firm with this NIB is registered; add it first "
                        + "(`estate tenants add`), or check the number on its OSS certificate.",
                    code: .notFound)
            }
            digits.append(nib.digits)
        }
        return digits
    }
}
