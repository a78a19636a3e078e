import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore
import Foundation

/// `estate applications list|withdraw|refuse`: every application with its state, and the changes
/// that close one (housing is the allocation commit's).
struct ApplicationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applications", abstract: "List applications in every state; withdraw or refuse one.",
        subcommands: [List.self, Withdraw.self, Refuse.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every application submitted by the date, in the waitlist's order, with its state.")

        @Option(
            help: "Only these states, comma-separated without spaces: active, housed, withdrawn, lapsed, refused (default: all).")
        var state: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "applications list")
                let states = try parsed { try ApplicationStates.parse(state, field: "--state") }
                let estate = try await options.loadEstate()
                let views = ApplicationView.list(of: estate, asOf: options.date, states: states)
                switch options.format {
                case .json: print(try JSONOutput.encode(ApplicationsDocument(applications: views)))
                default: print(ApplicationView.table(views, language: options.language))
                }
            }
        }
    }

    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The firm withdraws its application: it leaves the waitlist for good (it may apply again).")

        @Argument(help: "The firm's NIB.")
        var nib: String

        @Option(help: "Why, e.g. \"sudah mendapat lahan di Cikarang\".")
        var reason: String

        @Option(help: "The day it withdrew (default: --as-of, else today).")
        var on: String?

        @Option(help: "The submission day of the application meant, when the firm has several active.")
        var submitted: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(self.nib)
                let day = try options.date(on, field: "--on")
                let submitted = try submitted.map { try options.date($0, field: "--submitted") }
                let outcome = try await options.amend(
                    .withdrawApplication(nib: nib, submitted: submitted, on: day, reason: reason))
                options.output.say("Withdrew the \(outcome.subject): \(outcome.after).")
            }
        }
    }

    struct Refuse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Refuse a firm's application under the required rules it fails (refused when it fails none).")

        @Argument(help: "The firm's NIB.")
        var nib: String

        @Option(help: "The day of the refusal, judged by the rule set then in force (default: --as-of, else today).")
        var on: String?

        @Option(help: "The submission day of the application meant, when the firm has several active.")
        var submitted: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(self.nib)
                let day = try options.date(on, field: "--on")
                let submitted = try submitted.map { try options.date($0, field: "--submitted") }
                let outcome = try await options.amend(.refuseApplication(nib: nib, submitted: submitted, on: day))
                options.output.say("Refused the \(outcome.subject): \(outcome.after).")
            }
        }
    }
}
