import ArgumentParser
import EstateDomain
import EstateOperations

/// `estate validate`: every broken invariant of the stored data (exit 65 if any).
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check the estate's data: areas, outlines, leases, references.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            let reading = try await options.operations { try await $0.reading(asOf: options.date) }
            let estate = reading.estate
            let counts =
                "\(estate.name): \(estate.plots.count) plots, \(estate.tenants.count) tenants, "
                + "\(estate.leases.count) leases, \(estate.applications.count) applications"
            guard reading.problems.isEmpty else {
                print(reading.problems.joined(separator: "\n"))
                throw Failure(
                    message: "estate: \(counts); \(reading.problems.count) problem(s) on \(options.date.iso), listed "
                        + "above: correct the records (reads still answer meanwhile).",
                    code: .invalidData)
            }
            print("\(counts); no problems.")
        }
    }
}
