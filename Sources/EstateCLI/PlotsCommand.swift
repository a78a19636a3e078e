import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate plots list|show|add|withdraw`.
struct PlotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plots", abstract: "List, show, add or withdraw plots.",
        subcommands: [List.self, Show.self, Add.self, Withdraw.self], defaultSubcommand: List.self)

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
                let views = estate.plots.map { PlotView(plot: $0, estate: estate, asOf: options.date) }
                    .filter { view in phase.map { view.phase == $0 } ?? true }
                    .filter { view in status.map { view.status == $0.rawValue } ?? true }
                switch options.format {
                case .json: print(try JSONOutput.encode(views))
                default: print(PlotText.list(views, estate: estate, language: options.language))
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
                let view = PlotView(plot: plot, estate: estate, asOf: options.date)
                switch options.format {
                case .json: print(try JSONOutput.encode(view))
                default: print(PlotText.show(view, plot: plot, estate: estate, language: options.language))
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
                var batch = EstateBatch()
                batch.plots = [Sourced(plot, origin: "--code \(plot.code)")]
                let summary = try await options.write(batch)
                options.output.say(
                    summary.totalInserted == 0
                        ? "Plot \(plot.code) is already there with the same values; nothing written."
                        : "Added plot \(plot.code): phase \(plot.phase), \(plot.area.format(options.language)).")
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
                options.output.say("Withdrew \(outcome.subject) from \(options.show(day)).")
            }
        }
    }
}

/// A plot as `estate plots` shows it on a date.
struct PlotView: Encodable {
    let code: String
    let phase: Int
    let areaM2: String
    let status: String
    let tenantNib: String?
    let tenant: String?
    let leaseEnd: String?
    let withdrawnOn: String?
    let polygon: String?

    init(plot: Plot, estate: Estate, asOf: CivilDate) {
        let lease = estate.lease(onPlot: plot.code, on: asOf)
        code = plot.code
        phase = plot.phase
        areaM2 = plot.area.squareMetresText
        status = estate.status(of: plot, on: asOf).rawValue
        tenantNib = lease?.nib.digits
        tenant = lease.map { estate.tenant($0.nib)?.legalName ?? $0.nib.digits }
        leaseEnd = lease?.effectiveEnd?.iso
        withdrawnOn = plot.withdrawnOn?.iso
        polygon = plot.outline?.text
    }
}

/// Plot lists and details for a terminal.
enum PlotText {
    static func list(_ views: [PlotView], estate: Estate, language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Tidak ada kavling yang cocok." : "No plot matches." }
        var table = TextTable(
            header: id
                ? ["kavling", "tahap", "luas", "status", "penyewa", "sewa sampai"]
                : ["plot", "phase", "area", "status", "tenant", "lease until"])
        table.rightAligned = [2]
        for view in views {
            let plot = estate.plots.first { $0.code == view.code }!
            table.add([
                view.code, "\(view.phase)", plot.area.format(language), statusName(view.status, language),
                view.tenant ?? "–", view.tenantNib == nil ? "–" : dateText(view.leaseEnd, language),
            ])
        }
        return table.rendered
    }

    static func show(_ view: PlotView, plot: Plot, estate: Estate, language: Language) -> String {
        let id = language == .indonesian
        var lines = [
            id
                ? "Kavling \(view.code), tahap \(view.phase), \(plot.area.format(language)): \(statusName(view.status, language))"
                : "Plot \(view.code), phase \(view.phase), \(plot.area.format(language)): \(statusName(view.status, language))"
        ]
        if let polygon = view.polygon { lines.append((id ? "  denah: " : "  outline: ") + polygon) }
        if let withdrawn = plot.withdrawnOn {
            lines.append((id ? "  ditarik sejak " : "  withdrawn from ") + dateText(withdrawn.iso, language))
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
                state += " \(dateText(on.iso, language)) (\(reason))"
            }
            table.add([
                estate.tenant(lease.nib)?.legalName ?? lease.nib.digits, lease.nib.digits,
                dateText(lease.start.iso, language), dateText(lease.end?.iso, language), state,
            ])
        }
        lines += table.rendered.split(separator: "\n").map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    static func statusName(_ raw: String, _ language: Language) -> String {
        guard language == .indonesian else { return raw }
        return ["planned": "rencana", "vacant": "kosong", "leased": "tersewa", "withdrawn": "ditarik"][raw] ?? raw
    }

    /// An ISO date as the language writes it; "open" when there is none.
    static func dateText(_ iso: String?, _ language: Language) -> String {
        guard let iso, let date = try? CivilDate(parsing: iso, field: "date") else {
            return language == .indonesian ? "terbuka" : "open"
        }
        return language == .indonesian ? date.indonesian : date.iso
    }
}
