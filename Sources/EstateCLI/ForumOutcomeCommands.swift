import ArgumentParser
import EstateDomain
import EstateReports

extension ForumCommand {
    /// `estate forum outcome CODE --industry NIB --nib NIB --kind …`: what followed a saved meeting.
    struct Outcome: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an MoU, a purchase order or a partnership that followed a meeting of the forum's saved schedule.")

        @Argument(help: "The forum's code.")
        var code: String

        @Option(help: "The large industry's NIB.")
        var industry: String

        @Option(help: "The IKM firm's NIB.")
        var nib: String

        @Option(help: "mou, purchase_order or partnership.")
        var kind: String

        @Option(help: "The day signed or ordered (a partnership's start).")
        var on: String

        @Option(help: "A purchase order's value, or a partnership's value a year, e.g. Rp150.000.000.")
        var value: String?

        @Option(help: "A partnership's end: the first day it is no longer in force.")
        var endsOn: String?

        @Option(help: "Jobs a partnership creates.")
        var jobs: Int?

        @Option(help: "How many of those jobs go to Kabupaten Bekasi residents.")
        var localJobs: Int?

        @Option(help: "An MoU's or an order's own number, e.g. its PO number: recording it again is recognised, not counted twice.")
        var reference: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let outcome = try parsed {
                    try ForumOutcome(
                        forum: code, industry: try NIB(parsing: industry, field: "industry"),
                        nib: try NIB(parsing: nib), kind: try ForumOutcome.Kind(parsing: kind),
                        on: try CivilDate(parsing: on, field: "--on"), value: try value.map { try Rupiah(parsing: $0, field: "--value") },
                        endsOn: try endsOn.map { try CivilDate(parsing: $0, field: "--ends-on") }, jobs: jobs, localJobs: localJobs,
                        reference: reference)
                }
                try options.requireFormat(in: [.table, .json], command: "forum outcome")
                let (recorded, replayed) = try await options.operations { try await $0.recordOutcome(outcome, actor: currentActor) }
                if options.format == .json { return print(try JSONOutput.encode(ForumOutcomeView(recorded))) }
                if replayed {
                    return options.output.say(
                        "Outcome \(recorded.id) (\(recorded.kind.rawValue) \(recorded.reference ?? "")) is recorded already with these values; nothing written.")
                }
                options.output.say(
                    recorded.kind == .partnership
                        ? "Recorded the partnership (partnership record \(recorded.id)) of \(recorded.nib) with \(recorded.industry) after \(recorded.forum); `estate partnerships list` shows it."
                        : "Recorded outcome \(recorded.id): \(recorded.kind.rawValue) of \(recorded.industry) with \(recorded.nib) at \(recorded.forum).")
            }
        }
    }

    /// `estate forum outcomes [CODE]`.
    struct Outcomes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The outcomes recorded, of every forum or one.")

        @Argument(help: "Only this forum's.")
        var code: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "forum outcomes")
                let outcomes = try await options.operations { try await $0.forumOutcomes(forum: code) }
                if options.format == .json { return print(try JSONOutput.encode(ForumOutcomesDocument(outcomes))) }
                guard !outcomes.isEmpty else { return print(options.language == .indonesian ? "Belum ada hasil." : "No outcome yet.") }
                var table = TextTable(header: ["id", "forum", "industry", "IKM", "kind", "on", "value", "number", "ends on", "jobs", "local"])
                for outcome in outcomes {
                    table.add([
                        (outcome.kind == .partnership ? "P" : "") + String(outcome.id), outcome.forum, outcome.industry.digits, outcome.nib.digits, outcome.kind.rawValue,
                        outcome.on.iso, outcome.value?.format(options.language) ?? "", outcome.reference ?? "", outcome.endsOn?.iso ?? "",
                        outcome.jobs.map(String.init) ?? "", outcome.localJobs.map(String.init) ?? "",
                    ])
                }
                print(table.rendered)
            }
        }
    }

    /// `estate forum report --year Y`: the Dinas's yearly report.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The Dinas's report of a year's forums: meetings, MoUs, orders, partnerships, jobs, per sector.")

        @Option(help: "The year, e.g. 2027.")
        var year: Int

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "forum report")
                let report = try await options.operations { try await $0.forumReport(year: year) }
                let document = ForumReportDocument(report)
                print(options.format == .json ? try JSONOutput.encode(document) : document.text(language: options.language))
            }
        }
    }
}
