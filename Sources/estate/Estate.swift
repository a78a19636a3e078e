import ArgumentParser

/// The `estate` command: thin over the libraries, every subcommand in its own file.
@main
struct EstateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estate",
        abstract: "Plots, tenants, eligibility, allocation and occupancy of the IKM Logam cluster.",
        discussion: """
            Reads the seed folder (default ./seeds) until the storage issue lands.
            Exit codes: 0 done; 3 a checked tenant is not eligible; 64 bad usage; 65 invalid data; \
            66 file not found.
            """,
        subcommands: [
            OverviewCommand.self, CheckCommand.self, ReportCommand.self, AllocateCommand.self, ValidateCommand.self,
        ],
        defaultSubcommand: OverviewCommand.self)
}
