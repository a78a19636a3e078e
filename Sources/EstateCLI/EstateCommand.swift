import ArgumentParser

/// The `estate` command: thin over the libraries, every subcommand in its own file.
public struct EstateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "estate",
        abstract: "Plots, tenants, eligibility, allocation and occupancy of the IKM Logam cluster.",
        discussion: """
            Works on the embedded store (sqlite:estate.sqlite in the working directory) unless \
            --database or ESTATE_DATABASE_URL names another (postgres://...).
            Exit codes: 0 done; 3 a checked tenant is not eligible; 64 bad usage; 65 invalid data; \
            66 not found; 67 conflict (already leased, already exists); 69 store unavailable.
            """,
        version: "0.5.0",
        subcommands: [
            OverviewCommand.self, PlotsCommand.self, TenantsCommand.self, DeclareCommand.self, CheckCommand.self,
            ApplyCommand.self, WaitlistCommand.self, ReconfirmCommand.self, ApplicationsCommand.self, PartnershipsCommand.self, AuditCommand.self, RulesCommand.self, AllocateCommand.self, LeaseCommand.self,
            ReportCommand.self, ValidateCommand.self, MigrateCommand.self, SeedCommand.self, ImportCommand.self,
            ExportCommand.self, ServeCommand.self, TokenCommand.self, RoutesCommand.self, EstatesCommand.self, PhasesCommand.self,
            TariffsCommand.self, BillingCommand.self, InvoicesCommand.self, PaymentsCommand.self, StatementCommand.self,
            SubmissionsCommand.self, DocumentsCommand.self, OutboxCommand.self, SessionsCommand.self,
            IndustriesCommand.self, NeedsCommand.self, CapabilitiesCommand.self, MatchCommand.self, ForumCommand.self,
        ],
        defaultSubcommand: OverviewCommand.self)

    public init() {}
}
