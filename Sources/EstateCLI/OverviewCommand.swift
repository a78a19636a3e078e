import ArgumentParser
import EstateDomain
import EstateReports

/// `estate overview` (the default): validates the data, then prints occupancy, each tenant's
/// verdict and the optimal allocation proposal. The README's main job.
struct OverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview", abstract: "Validate the data and print occupancy, eligibility and a proposal.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            let estate = try await options.loadEstate()
            let date = options.date
            let language = options.language
            let occupancy = try await reportingFailures {
                let context = try ReportContext(
                    estate: estate, asOf: date, language: language, store: options.store.displayLocation)
                return try ReportOutput.render(.occupancy, context: context, format: .table)
            }
            print(occupancy)
            print("")
            let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
            var table = TextTable(
                header: language == .indonesian
                    ? ["NIB", "perusahaan", "tahun", "hasil", "aturan gagal", "anjuran", "kelas PP 7/2021"]
                    : ["NIB", "firm", "year", "verdict", "failed rules", "advisories", "PP 7/2021 class"])
            for tenant in estate.tenants {
                let d = try await reportingFailures { try evaluator.evaluate(tenant, asOf: date) }
                table.add([
                    tenant.nib.digits, tenant.legalName, d.fiscalYear.map(String.init) ?? "–",
                    d.eligible ? (language == .indonesian ? "ya" : "yes") : (language == .indonesian ? "TIDAK" : "NO"),
                    d.failedRules.joined(separator: ","), d.advisories.joined(separator: ","),
                    d.sizeClasses?.pp7_2021Sales.rawValue ?? "–",
                ])
            }
            print(table.rendered)
            print("")
            let proposal = try await reportingFailures {
                try Allocator(estate: estate).propose(policy: .optimal, asOf: date)
            }
            print(
                AllocationText.render(
                    proposal, names: { estate.tenant($0)?.legalName ?? $0.digits }, language: language))
        }
    }
}
