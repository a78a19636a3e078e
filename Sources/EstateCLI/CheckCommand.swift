import ArgumentParser
import EstateDomain
import EstateReports

/// `estate check [NIB ...]`: eligibility with the per-rule trace and the size classes.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check whether tenants meet the rules in force on a date (exit 3 if any does not).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "NIBs to check (default: every tenant).")
    var nibs: [String] = []

    func run() async throws {
        try await Self.exiting {
            try options.requireFormat(in: [.table, .json], command: "check")
            let estate = try await options.loadEstate()
            let tenants = try nibs.isEmpty ? Array(estate.tenants) : nibs.map { try options.tenant($0, in: estate) }
            let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
            let decisions = try await reportingFailures {
                try tenants.map { try evaluator.evaluate($0, asOf: options.date) }
            }
            let language = options.language
            switch options.format {
            case .json:
                print(
                    try JSONOutput.encode(
                        zip(decisions, tenants).map {
                            EligibilityView(decision: $0, tenantName: $1.legalName, language: language)
                        }))
            default:
                print(
                    zip(decisions, tenants).map {
                        EligibilityText.render($0, tenantName: $1.legalName, language: language)
                    }.joined(separator: "\n\n"))
            }
            if decisions.contains(where: { !$0.eligible }) { throw ExitCode(Failure.Code.notEligible.rawValue) }
        }
    }
}
