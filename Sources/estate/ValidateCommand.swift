import ArgumentParser
import EstateDomain

/// `estate validate`: every broken invariant of the seed data (exit 65 if any).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check the estate's data: areas, outlines, leases, references.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Self.exiting {
            let estate = try options.loadEstate()
            print(
                "\(estate.name): \(estate.plots.count) plots, \(estate.tenants.count) tenants, \(estate.leases.count) leases, \(estate.applications.count) applications; no problems."
            )
        }
    }
}
