import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore

/// `estate submissions list|accept|refuse`: the yearly declarations firms send from their own
/// accounts (issue 17, item 1), and the officers' decisions on them. An accepted one becomes the
/// firm's declaration for the year; a refused one keeps the reason for the firm.
struct SubmissionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submissions", abstract: "List the declarations firms sent, and accept or refuse them.",
        subcommands: [List.self, Accept.self, Refuse.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Submissions, newest first, with their state.")

        @Option(help: "Only this firm's.")
        var nib: String?

        @Option(help: "submitted (waiting), accepted, refused or all (default).")
        var state: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "submissions list")
                let nib = try self.nib.map { try options.nib($0) }
                let filter = try parsed { try EstateOperations.SubmissionFilter.parse(state, field: "--state") }
                let (submissions, estate) = try await options.operations { operations in
                    (try await operations.declarationSubmissions(nib: nib, filter: filter), try await operations.reading(asOf: options.date).estate)
                }
                let views = submissions.map { SubmissionView($0, firm: estate.tenant($0.nib)) }
                guard options.format == .table else { return print(try JSONOutput.encode(views)) }
                guard !submissions.isEmpty else { return options.output.say("No submission.") }
                var table = TextTable(header: ["id", "nib", "firm", "year", "turnover", "workers", "local", "sent", "state"])
                table.rightAligned = [0, 3, 4, 5, 6]
                for (submission, view) in zip(submissions, views) {
                    table.add([
                        String(view.id), view.nib, view.tenant ?? "", String(view.fiscalYear),
                        submission.declaration.turnover.format(options.language), String(view.workers),
                        String(view.localWorkers), view.submittedOn,
                        SubmissionView.stateName(submission.state, options.language),
                    ])
                }
                print(table.rendered)
            }
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept a waiting submission: its figures become the firm's declaration for the year.")

        @Argument(help: "The submission's id, as `estate submissions list` shows it.")
        var id: Int64

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let decided = try await options.operations {
                    try await $0.decideDeclarationSubmission(id, .accept, actor: currentActor)
                }
                options.output.say(
                    "Accepted submission \(id): NIB \(decided.nib)'s \(decided.declaration.fiscalYear) declaration is recorded.")
            }
        }
    }

    struct Refuse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Refuse a waiting submission, saying why; the firm reads the reason and may send again.")

        @Argument(help: "The submission's id, as `estate submissions list` shows it.")
        var id: Int64

        @Option(help: "Why, e.g. \"omzet tidak sesuai laporan keuangan 2026\" (the firm reads it).")
        var reason: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let decision = try parsed { try SubmissionDecision.refusal(reason) }
                _ = try await options.operations { try await $0.decideDeclarationSubmission(id, decision, actor: currentActor) }
                options.output.say("Refused submission \(id); nothing was recorded.")
            }
        }
    }
}
