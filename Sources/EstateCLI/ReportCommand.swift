import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import Foundation

/// `estate report KIND [--format F] [--output FILE]`: the association's reports, each stating
/// its date, rule set and store.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for members and the regency's industry office.",
        discussion: """
            Formats: table (terminal), csv (one table; --section picks which), json (stable keys, see README), \
            markdown, html (one printable A4 file with charts). Example: \
            estate report occupancy --format html --output occupancy.html
            """)

    @Argument(
        help: "occupancy, employment, expiring, vacancy, eligibility, expansion, partnerships, or regency (every estate).")
    var kind: ReportKind

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the --output file when it exists (never the store's own database or another SQLite file).")
    var force = false

    @Option(help: "CSV only: which table of the report (default: the first), e.g. sectors.")
    var section: String?

    @Option(help: "CSV only: comma, or semicolon for Indonesian-locale spreadsheets (also a decimal comma).")
    var separator: CSVSeparator = .comma

    @Flag(help: "CSV only: start with a UTF-8 byte-order mark so that Excel reads the text right.")
    var bom = false

    @OptionGroup var options: GlobalOptions

    enum CSVSeparator: String, ExpressibleByArgument, CaseIterable { case comma, semicolon }

    func run() async throws {
        try await Self.exiting {
            if options.format != .csv, section != nil || bom || separator != .comma {
                throw Failure(
                    message: "estate: --section, --separator and --bom apply to --format csv only.", code: .usage)
            }
            let file = try output.map { try OutputFile($0, force: force, store: options.store, option: "--output") }
            var estate: Estate
            var regency: RegencySummary?
            if kind == .regency {
                (regency, estate) = try await options.store.withStore(scoped: false) { store in
                    try await reportingFailures { try await EstateOperations(store: store).regency(asOf: options.date) }
                }
            } else {
                estate = try await options.loadEstate()
            }
            let money = kind.needsMoney ? try await options.operations { try await $0.money(for: kind) } : MoneyRecords()
            let progress = options.output.progress
            progress.step("building the \(kind.rawValue) report")
            defer { progress.clear() }
            let text = try await reportingFailures {
                let context = try ReportContext(
                    estate: estate, asOf: options.date, language: options.language,
                    store: options.store.displayLocation, regency: regency, money: money)
                return try ReportOutput.render(
                    kind, context: context, format: ReportFormat(rawValue: options.format.rawValue)!, section: section,
                    csv: .init(separator: separator == .semicolon ? ";" : ",", byteOrderMark: bom))
            }
            progress.clear()
            guard let output else { return print(text, terminator: text.hasSuffix("\n") ? "" : "\n") }
            try file?.write(text)
            options.output.say("Wrote the \(kind.rawValue) report (\(options.format.rawValue)) to \(output).")
        }
    }
}

extension ReportKind: ExpressibleByArgument {}
