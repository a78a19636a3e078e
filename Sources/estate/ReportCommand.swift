import ArgumentParser
import EstateDomain
import EstateReports

/// `estate report occupancy`: occupancy from the leases in force on the date.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for members and the regency's industry office.")

    @Argument(help: "The report: occupancy.")
    var kind: Kind

    @OptionGroup var options: GlobalOptions

    enum Kind: String, ExpressibleByArgument, CaseIterable { case occupancy }

    func run() async throws {
        try await Self.exiting {
            let estate = try await options.loadEstate()
            let report = try await reportingFailures { try OccupancyReport(estate: estate, asOf: options.date) }
            switch options.format {
            case .json: print(try JSONOutput.encode(OccupancyView(report)))
            case .table: print(OccupancyText.render(report, language: options.language))
            }
        }
    }
}
