import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore

/// `estate plots list|show|add|withdraw`.
struct PlotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plots", abstract: "List, show, add or withdraw plots.",
        subcommands: [List.self, Show.self, Add.self, Update.self, Withdraw.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Plots with their status on the date.")

        @Option(help: "Only plots of this phase number.")
        var phase: Int?

        @Option(help: "Only plots with this status on the date: planned, vacant, leased or withdrawn.")
        var status: PlotStatus?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "plots list")
                let estate = try await options.loadEstate()
                let date = options.date
                let plots = estate.plots.filter { plot in
                    phase.map { plot.phase == $0 } ?? true
                        && status.map { estate.status(of: plot, on: date) == $0 } ?? true
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(plots.map { PlotView(plot: $0, estate: estate, asOf: date) }))
                default: print(PlotText.list(plots, estate: estate, asOf: date, language: options.language))
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One plot with its lease history.")

        @Argument(help: "The plot code, e.g. A-01.")
        var code: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "plots show")
                let estate = try await options.loadEstate()
                let code = try parsed { try Plot.normalise(code: self.code, field: "plot") }
                guard let plot = estate.plots.first(where: { $0.code == code }) else {
                    throw Failure(
                        message: "estate: no plot has code \(code); `estate plots list` shows them.", code: .notFound)
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(PlotView(plot: plot, estate: estate, asOf: options.date)))
                default: print(PlotText.show(plot, estate: estate, asOf: options.date, language: options.language))
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a plot to a phase.")

        @Argument(help: "The plot code, e.g. A-23.")
        var code: String

        @Option(help: "The phase number.")
        var phase: Int

        @Option(help: "The area in m², e.g. 312.5 or 312,5.")
        var area: String

        @Option(help: "The outline in metres on the site plan, e.g. \"0 0;20 0;20 12.5;0 12.5\".")
        var polygon: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let plot = try parsed {
                    try Plot(
                        code: code, phase: phase, area: try Area(parsing: area, field: "--area"),
                        outline: try polygon.map { try PlanPolygon(parsing: $0, field: "--polygon") })
                }
                let summary = try await options.operations { try await $0.addPlot(plot, actor: currentActor) }
                options.output.say(
                    summary.totalInserted == 0
                        ? "Plot \(plot.code) is already there with the same values; nothing written."
                        : "Added plot \(plot.code): phase \(plot.phase), \(plot.area.format(options.language)).")
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a plot's measured area or outline (only where the phase's plots still fit and the outline matches).")

        @Argument(help: "The plot code.")
        var code: String

        @Option(help: "The corrected area in m², e.g. 312.5 or 312,5.")
        var area: String?

        @Option(help: "The corrected outline in metres on the site plan, e.g. \"0 0;20 0;20 12.5;0 12.5\".")
        var polygon: String?

        @Flag(help: "Drop the plot's outline (it is redrawn later).")
        var removePolygon = false

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard area != nil || polygon != nil || removePolygon else {
                throw ValidationError("Give at least one of --area, --polygon and --remove-polygon.")
            }
        }

        func run() async throws {
            try await Self.exiting {
                let area = try parsed { try self.area.map { try Area(parsing: $0, field: "--area") } }
                let outline = try parsed { try polygon.map { try PlanPolygon(parsing: $0, field: "--polygon") } }
                let outcome = try await options.amend(
                    .correctPlot(code: code, area: area, outline: outline, removeOutline: removePolygon))
                options.output.say("Corrected \(outcome.subject): \(outcome.before) → \(outcome.after).")
            }
        }
    }

    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a plot off the market from a date (it must have no lease then or later).")

        @Argument(help: "The plot code.")
        var code: String

        @Option(help: "The first day the plot is withdrawn (default: --as-of, else today).")
        var on: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let day = try options.date(on, field: "--on")
                let outcome = try await options.amend(.withdrawPlot(code: code, on: day))
                options.output.say("Withdrew \(outcome.subject) from \(day.format(options.language)).")
            }
        }
    }
}

/// Plot lists and details for a terminal.
enum PlotText {
    static func list(_ plots: [Plot], estate: Estate, asOf: CivilDate, language: Language) -> String {
        let id = language == .indonesian
        guard !plots.isEmpty else { return id ? "Tidak ada kavling yang cocok." : "No plot matches." }
        var table = TextTable(
            header: id
                ? ["kavling", "tahap", "luas", "status", "penyewa", "sewa sampai"]
                : ["plot", "phase", "area", "status", "tenant", "lease until"])
        table.rightAligned = [2]
        for plot in plots {
            let lease = estate.lease(onPlot: plot.code, on: asOf)
            table.add([
                plot.code, "\(plot.phase)", plot.area.format(language),
                estate.status(of: plot, on: asOf).name(language),
                lease.map { estate.tenant($0.nib)?.legalName ?? $0.nib.digits } ?? "–",
                lease.map { until($0.effectiveEnd, language) } ?? "–",
            ])
        }
        return table.rendered
    }

    static func show(_ plot: Plot, estate: Estate, asOf: CivilDate, language: Language) -> String {
        let id = language == .indonesian
        let status = estate.status(of: plot, on: asOf).name(language)
        var lines = [
            id
                ? "Kavling \(plot.code), tahap \(plot.phase), \(plot.area.format(language)): \(status)"
                : "Plot \(plot.code), phase \(plot.phase), \(plot.area.format(language)): \(status)"
        ]
        if let outline = plot.outline { lines.append((id ? "  denah: " : "  outline: ") + outline.text) }
        if let withdrawn = plot.withdrawnOn {
            lines.append((id ? "  ditarik sejak " : "  withdrawn from ") + withdrawn.format(language))
        }
        let leases = estate.leases(onPlot: plot.code).sorted { $0.start < $1.start }
        guard !leases.isEmpty else {
            lines.append(id ? "  belum pernah disewa" : "  never leased")
            return lines.joined(separator: "\n")
        }
        var table = TextTable(
            header: id
                ? ["penyewa", "NIB", "mulai", "sampai", "keadaan"] : ["tenant", "NIB", "start", "until", "state"])
        for lease in leases {
            var state = lease.state.name
            if case .terminated(let on, let reason) = lease.state {
                state += " \(on.format(language)) (\(reason))"
            }
            table.add([
                estate.tenant(lease.nib)?.legalName ?? lease.nib.digits, lease.nib.digits,
                lease.start.format(language), until(lease.end, language), state,
            ])
        }
        lines += table.rendered.split(separator: "\n").map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// The end of a lease as the language writes it; "open" when it has none.
    static func until(_ end: CivilDate?, _ language: Language) -> String {
        end?.format(language) ?? (language == .indonesian ? "terbuka" : "open")
    }
}
