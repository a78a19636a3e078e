import ArgumentParser
import EstateDomain
import EstateInterchange
import EstateOperations
import EstateReports
import Foundation

/// `estate rules list|show|diff|import|simulate`: the rule-set versions as data. A stored version
/// is never changed; a new one is added from a JSON file, and a draft can be tried against the
/// estate's firms first.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List, show, compare, add and simulate rule-set versions.",
        subcommands: [List.self, Show.self, Diff.self, Import.self, Simulate.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every stored version of every rule book, with the one the estate applies on the date.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "rules list")
                let (book, inForce) = try await options.operations { try await $0.ruleVersions(asOf: options.date) }
                switch options.format {
                case .json:
                    print(try JSONOutput.encode(RuleVersionsDocument(
                        library: book.library, book: book.book, inForce: inForce?.version, asOf: options.date,
                        language: options.language)))
                default: print(RuleText.versions(book.library, inForce: inForce?.version, language: options.language))
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One version, parameter by parameter (JSON: the version as a rule file holds it).")

        @Argument(help: "The version, e.g. 2021.1 (`estate rules list` names them).")
        var version: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "rules show")
                let set = try await options.operations { try await $0.ruleVersion(version) }
                switch options.format {
                case .json: print(try JSONOutput.encode(set))
                default: print(try RuleText.show(set, language: options.language))
                }
            }
        }
    }

    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What changes from version A to version B, parameter by parameter.")

        @Argument(help: "The earlier version.")
        var from: String

        @Argument(help: "The later version.")
        var to: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "rules diff")
                let differences = try await options.operations { try await $0.ruleDifferences(from: from, to: to) }
                switch options.format {
                case .json: print(try JSONOutput.encode(RuleDiffDocument(from: from, to: to, differences: differences)))
                default: print(RuleText.diff(differences, from: from, to: to, language: options.language))
                }
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the versions of a rule file (refused whole, every problem named; a stored version is never changed).")

        @Argument(help: "The JSON file: a rule book as seeds/rules/eligibility.json, or one version.")
        var file: String

        @Flag(help: "Check everything, the estate's invariants included, then write nothing.")
        var dryRun = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let (name, text) = try RulesCommand.read(file)
                let summary = try await options.operations {
                    try await $0.importRules(text: text, named: name, actor: currentActor, dryRun: dryRun)
                }
                let added = summary.inserted["rule set"] ?? 0
                let kept = summary.unchanged["rule set"] ?? 0
                options.output.say(
                    "\(dryRun ? "Dry run, nothing written: would add" : "Added") \(added) rule-set version(s)"
                        + (kept > 0 ? "; \(kept) already stored unchanged" : "") + ".")
            }
        }
    }

    struct Simulate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every firm whose verdict or size class a draft version would change, with the draft's trace; writes nothing.")

        @Argument(help: "The draft: one version in a JSON file, as `estate rules show VERSION --format json` writes it.")
        var file: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "rules simulate")
                let (name, text) = try RulesCommand.read(file)
                let date = try options.asOf.map { try options.date($0, field: "--as-of") }
                let simulation = try await options.operations {
                    try await $0.simulateRules(text: text, named: name, asOf: date)
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(RuleSimulationView(simulation, language: options.language)))
                default: print(RuleText.simulation(simulation, language: options.language))
                }
            }
        }
    }

    /// The file's name and text, refused with a fix when it cannot be read.
    static func read(_ path: String) throws -> (String, String) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Failure(message: "estate: cannot read \(path); check the path.", code: .notFound)
        }
        let url = URL(fileURLWithPath: path)
        do {
            return (url.lastPathComponent, try SeedDirectory.readText(url))
        } catch let error as RowErrors {
            throw Failure(message: "estate: \(error)", code: .invalidData)
        }
    }
}
