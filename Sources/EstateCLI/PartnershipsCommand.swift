import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate partnerships list|add|update|end`: a firm's partnerships with large industry, one by
/// one, each change kept before and after in the audit trail. A partnership is named by its
/// firm, partner and product as `list` shows them.
struct PartnershipsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnerships", abstract: "List, add, correct and end firms' partnerships with large industry.",
        subcommands: [List.self, Add.self, Update.self, End.self], defaultSubcommand: List.self)

    /// The options that name one stored partnership.
    struct Which: ParsableArguments {
        @Argument(help: "The firm's NIB.")
        var nib: String

        @Option(help: "The partner as stored, e.g. \"PT Astra Honda Motor\" (see `estate partnerships list`).")
        var partner: String

        @Option(help: "The product as stored, e.g. \"braket knalpot\".")
        var product: String
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every partnership, ended ones included, with whether it is in force on the date.")

        @Option(help: "Only this firm's partnerships.")
        var nib: String?

        @Flag(help: "Only the partnerships in force on the date.")
        var inForce = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "partnerships list")
                let nib = try self.nib.map { try options.nib($0) }
                let estate = try await options.loadEstate()
                let views = PartnershipView.list(of: estate, nib: nib, asOf: options.date, inForceOnly: inForce)
                switch options.format {
                case .json: print(try JSONOutput.encode(PartnershipsDocument(partnerships: views)))
                default: print(PartnershipView.table(views, language: options.language))
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a firm's partnership with a large industry (as a row of partnerships.csv).")

        @OptionGroup var which: Which

        @Option(help: "The first day it is in force (default: --as-of, else today).")
        var since: String?

        @Option(help: "When it has already ended: the first day it is no longer in force.")
        var endedOn: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(which.nib)
                let since = try options.date(since, field: "--since")
                let ended = try endedOn.map { try options.date($0, field: "--ended-on") }
                let partnership = try parsed {
                    try Partnership(partner: which.partner, product: which.product, since: since, endedOn: ended)
                }
                let summary = try await options.operations {
                    try await $0.addPartnership(partnership, to: nib, actor: currentActor)
                }
                options.output.say(
                    summary.totalInserted == 0
                        ? "That partnership is already there with the same dates; nothing written."
                        : "Recorded the partnership of NIB \(nib): \(partnership.summary).")
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a partnership's partner, product, start or end, or complete its terms: industry, value a year, jobs (the audit trail keeps what was there).")

        @OptionGroup var which: Which

        @Option(help: "The corrected partner.")
        var newPartner: String?

        @Option(help: "The corrected product.")
        var newProduct: String?

        @Option(help: "The corrected first day in force.")
        var since: String?

        @Option(help: "The corrected end: the first day it is no longer in force.")
        var endedOn: String?

        @Flag(help: "It was ended by mistake: it runs on, without an end.")
        var reopen = false

        @Option(help: "The registered large industry (its NIB) the partner is.")
        var industry: String?

        @Option(help: "Its value a year, e.g. Rp600.000.000.")
        var valuePerYear: String?

        @Option(help: "Jobs it creates.")
        var jobs: Int?

        @Option(help: "How many of those jobs go to Kabupaten Bekasi residents.")
        var localJobs: Int?

        @Option(help: "Empty a term: industry, value_per_year, jobs or local_jobs (repeat for more).")
        var clear: [String] = []

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard newPartner != nil || newProduct != nil || since != nil || endedOn != nil || reopen || industry != nil
                || valuePerYear != nil || jobs != nil || localJobs != nil || !clear.isEmpty
            else {
                throw ValidationError(
                    "Give at least one of --new-partner, --new-product, --since, --ended-on, --reopen, --industry, "
                        + "--value-per-year, --jobs, --local-jobs and --clear.")
            }
        }

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(which.nib)
                let correction = PartnershipCorrection(
                    partner: newPartner, product: newProduct, since: try since.map { try options.date($0, field: "--since") },
                    endedOn: try endedOn.map { try options.date($0, field: "--ended-on") }, reopen: reopen,
                    industry: try parsed { try industry.map { try NIB(parsing: $0, field: "industry") } },
                    valuePerYear: try parsed { try valuePerYear.map { try Rupiah(parsing: $0, field: "--value-per-year") } },
                    jobs: jobs, localJobs: localJobs, clear: try parsed { try PartnershipCorrection.clearing(clear, field: "--clear") })
                let outcome = try await options.amend(
                    .correctPartnership(nib: nib, partner: which.partner, product: which.product, correction: correction))
                options.output.say("Corrected the \(outcome.subject): \(outcome.before) → \(outcome.after).")
            }
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a partnership: from the day given it is no longer in force (nor scored).")

        @OptionGroup var which: Which

        @Option(help: "The first day it is no longer in force (default: --as-of, else today).")
        var on: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(which.nib)
                let day = try options.date(on, field: "--on")
                let outcome = try await options.amend(
                    .endPartnership(nib: nib, partner: which.partner, product: which.product, on: day))
                options.output.say("Ended the \(outcome.subject): \(outcome.after).")
            }
        }
    }
}
