import ArgumentParser
import EstateDomain
import EstateReports

/// `estate forum add|invite|list|schedule`: the regency's business forums (issue 18, item 4),
/// the firms they invite, and each forum's optimal meeting schedule with its printable agenda.
struct ForumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forum", abstract: "Add business forums, invite firms, and schedule their one-to-one meetings.",
        subcommands: [List.self, Add.self, Invite.self, Schedule.self, Outcome.self, Outcomes.self, Report.self],
        defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every forum with how many it invites.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "forum list")
                let forums = try await options.operations { try await $0.forums() }
                let views = forums.map(ForumView.init)
                if options.format == .json { return print(try JSONOutput.encode(ForumsDocument(forums: views))) }
                let id = options.language == .indonesian
                guard !views.isEmpty else { return print(id ? "Belum ada forum." : "No forum yet.") }
                var table = TextTable(
                    header: id ? ["kode", "tanggal", "tempat", "industri", "IKM"] : ["code", "date", "venue", "industries", "IKM firms"])
                for view in views {
                    table.add([view.code, view.heldOn, view.venue, String(view.industries.count), view.firms.isEmpty ? (id ? "semua" : "all") : String(view.firms.count)])
                }
                print(table.rendered)
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a forum: its code, its day and its venue.")

        @Argument(help: "The forum's code, e.g. FORUM-2027-03.")
        var code: String

        @Option(help: "The day it is held.")
        var date: String

        @Option(help: "Where, e.g. \"Aula Dinas Perindustrian, Cikarang Pusat\".")
        var venue: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let forum = try parsed {
                    try ForumEvent(code: code, heldOn: try CivilDate(parsing: date, field: "--date"), venue: venue)
                }
                try await options.operations { try await $0.addForum(forum, actor: currentActor) }
                options.output.say("Added forum \(forum.code) on \(forum.heldOn.iso) at \(forum.venue).")
            }
        }
    }

    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Invite large industries and IKM firms by NIB (with no IKM firm invited, every firm with a profile takes part).")

        @Argument(help: "The forum's code.")
        var code: String

        @Argument(help: "The NIBs to invite: large industries and IKM firms alike.")
        var nibs: [String]

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nibs = try nibs.map { try options.nib($0) }
                let forum = try await options.operations { try await $0.invite(nibs, to: code, actor: currentActor) }
                options.output.say(
                    "Forum \(forum.code) invites \(forum.industries.count) large industries and "
                        + (forum.firms.isEmpty ? "every IKM firm with a profile." : "\(forum.firms.count) IKM firms."))
            }
        }
    }

    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The forum's optimal one-to-one schedule: table, JSON, or a printable A4 agenda (HTML) for the venue and each participant.")

        @Argument(help: "The forum's code.")
        var code: String

        @Option(help: "How many meeting rounds.")
        var slots: Int

        @Option(help: "When the first round starts (HH:MM).")
        var start = "09:00"

        @Option(help: "Minutes per meeting.")
        var minutes = 20

        @Option(help: "Write to this file instead of the screen.")
        var output: String?

        @Flag(help: "Replace an existing --output file.")
        var force = false

        @Flag(help: "Keep these meetings as the forum's schedule, to record outcomes against (refused once it has outcomes).")
        var save = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json, .html], command: "forum schedule")
                let file = try output.map { try OutputFile($0, force: force, store: options.store, option: "--output") }
                let times = try parsed { try SlotTimes(start: start, minutes: minutes, slots: slots) }
                let (schedule, names, problems) = try await options.operations { operations in
                    save
                        ? try await operations.saveSchedule(code, times: times, actor: currentActor)
                        : try await operations.forumSchedule(code, times: times)
                }
                let document = ForumScheduleDocument(schedule, names: names, problems: problems)
                for problem in problems where options.format == .html { options.output.warn(problem) }
                let text = switch options.format {
                case .json: try JSONOutput.encode(document)
                case .html: ForumAgendaPage.html(document, language: options.language)
                default: document.text(language: options.language)
                }
                if let file { try file.write(text) } else { print(text) }
                if save, options.format == .table { options.output.say("Saved \(schedule.meetings.count) meetings as the schedule of \(schedule.forum.code).") }
            }
        }
    }
}
