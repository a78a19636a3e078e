import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate apply NIB --min-area --max-area [--phase]`: a firm joins the waitlist.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "Put a firm on the waitlist for a plot of an area range.")

    @Argument(help: "The firm's NIB (add the firm first with `estate tenants add`).")
    var nib: String

    @Option(help: "The smallest area the firm accepts, in m².")
    var minArea: String

    @Option(help: "The largest area the firm wants, in m².")
    var maxArea: String

    @Option(help: "The phase asked for (default: any phase).")
    var phase: Int?

    @Option(help: "The day the application was submitted (default: --as-of, else today).")
    var on: String?

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            let day = try options.date(on, field: "--on")
            let application = try parsed {
                try Application(
                    nib: try NIB(parsing: nib), minArea: try Area(parsing: minArea, field: "--min-area"),
                    maxArea: try Area(parsing: maxArea, field: "--max-area"), phase: phase, submittedOn: day)
            }
            let summary = try await options.operations { try await $0.apply(application, actor: currentActor) }
            let l = options.language
            options.output.say(
                summary.totalInserted == 0
                    ? "That application is already on the waitlist; nothing written."
                    : "NIB \(application.nib) is on the waitlist from \(day.format(options.language)) for "
                        + "\(application.minArea.format(l))–\(application.maxArea.format(l))"
                        + (phase.map { " in phase \($0)" } ?? " in any phase") + ".")
        }
    }
}

/// `estate reconfirm NIB`: the firm still wants a plot, so its application is not stale.
struct ReconfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconfirm", abstract: "Record that a firm on the waitlist still wants a plot.")

    @Argument(help: "The firm's NIB.")
    var nib: String

    @Option(help: "The day the firm confirmed (default: --as-of, else today).")
    var on: String?

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            let nib = try options.nib(self.nib)
            let day = try options.date(on, field: "--on")
            let outcome = try await options.amend(.reconfirm(nib: nib, on: day))
            options.output.say("Reconfirmed the \(outcome.subject) on \(day.format(options.language)).")
        }
    }
}

/// `estate waitlist [--stale]`: applications in order with what an allocation would do.
struct WaitlistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waitlist", abstract: "The waitlist in order, each entry active or why it is held back.")

    @Flag(help: "Only applications not confirmed within the rule set's limit (to chase for reconfirmation).")
    var stale = false

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            try options.requireFormat(in: [.table, .json], command: "waitlist")
            let estate = try await options.loadEstate()
            var views = try await reportingFailures {
                try WaitlistView.entries(of: estate, asOf: options.date, language: options.language)
            }
            if stale { views = views.filter(\.stale) }
            switch options.format {
            case .json: print(try JSONOutput.encode(views))
            default: print(WaitlistView.table(views, language: options.language))
            }
        }
    }
}

/// `estate lease end|terminate PLOT`.
struct LeaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lease", abstract: "End a lease at its term, terminate it early, or move a lease not yet started.",
        subcommands: [End.self, Terminate.self, Reschedule.self])

    struct Reschedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct the start or end of a signed lease that has not started yet (the plot's other leases must not overlap).")

        @Argument(help: "The plot code.")
        var plot: String

        @Option(help: "The lease's start as stored, which finds it.")
        var start: String

        @Option(help: "The corrected start, after today.")
        var newStart: String?

        @Option(help: "The corrected end: the first day it no longer runs.")
        var end: String?

        @Flag(help: "Make the lease open-ended.")
        var openEnd = false

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard newStart != nil || end != nil || openEnd else {
                throw ValidationError("Give at least one of --new-start, --end and --open-end.")
            }
        }

        func run() async throws {
            try await Self.exiting {
                let change = EstateChange.rescheduleLease(
                    plot: plot, starting: try options.date(start, field: "--start"),
                    newStart: try newStart.map { try options.date($0, field: "--new-start") },
                    end: try end.map { try options.date($0, field: "--end") }, openEnd: openEnd)
                let outcome = try await options.amend(change)
                options.output.say("Moved the \(outcome.subject): \(outcome.before) → \(outcome.after).")
            }
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End the lease on a plot: an open-ended lease gets this end; a lease ending then is marked ended."
        )

        @Argument(help: "The plot code.")
        var plot: String

        @Option(help: "The first day the lease no longer runs (default: --as-of, else today).")
        var on: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let day = try options.date(on, field: "--on")
                let outcome = try await options.amend(.endLease(plot: plot, on: day))
                options.output.say("Ended the \(outcome.subject): \(outcome.after).")
            }
        }
    }

    struct Terminate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Terminate the lease on a plot before its end.")

        @Argument(help: "The plot code.")
        var plot: String

        @Option(help: "The first day the lease no longer runs (default: --as-of, else today).")
        var on: String?

        @Option(help: "Why the lease ends early, e.g. \"usaha pindah ke Karawang\".")
        var reason: String

        func validate() throws {
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(
                    "--reason is empty; say why the lease ends early, e.g. \"usaha pindah ke Karawang\".")
            }
        }

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let day = try options.date(on, field: "--on")
                let outcome = try await options.amend(.terminateLease(plot: plot, on: day, reason: reason))
                options.output.say("Terminated the \(outcome.subject): \(outcome.after).")
            }
        }
    }
}
