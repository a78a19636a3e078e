import ArgumentParser
import EstateDomain

/// `estate validate`: every broken invariant of the stored data (exit 65 if any).
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check the estate's data: areas, outlines, leases, references.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            let estate = try await options.loadEstate()
            print(
                "\(estate.name): \(estate.plots.count) plots, \(estate.tenants.count) tenants, \(estate.leases.count) "
                    + "leases, \(estate.applications.count) applications; no problems.")
        }
    }
}
