import ArgumentParser
import EstateDomain
import EstateOperations
import EstateStore

/// `estate declare NIB --year ... --turnover ...`: a tenant's yearly figures; with
/// `--correction REASON`, a new version of a year already declared.
struct DeclareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "declare", abstract: "Record a tenant's yearly declaration (turnover, workers, investment).")

    @Argument(help: "The tenant's NIB.")
    var nib: String

    @Option(help: "The fiscal year the figures cover, e.g. 2025.")
    var year: Int

    @Option(help: "Annual sales in Rupiah: 48000000000, Rp48.000.000.000, 48 miliar, IDR 48,000,000,000.")
    var turnover: String

    @Option(help: "Total workers.")
    var workers: Int

    @Option(help: "Workers resident in Kabupaten Bekasi.")
    var localWorkers: Int

    @Option(help: "Investment excluding land and buildings, in Rupiah.")
    var investment: String

    @Option(help: "The day the figures were filed (default: --as-of, else today).")
    var declaredOn: String?

    @Option(
        help: ArgumentHelp(
            "Correct the year's stored declaration with these figures, for this reason: a new version, the one before kept.",
            valueName: "reason"))
    var correction: String?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if correction != nil, declaredOn != nil {
            throw ValidationError("A correction keeps the filing day of the declaration it corrects; leave out --declared-on.")
        }
    }

    func run() async throws {
        try await Self.exiting {
            let nib = try options.nib(self.nib)
            if let correction {
                let figures = try parsed {
                    try Declaration(
                        fiscalYear: year, turnover: try Rupiah(parsing: turnover, field: "--turnover"), workers: workers,
                        localWorkers: localWorkers, investment: try Rupiah(parsing: investment, field: "--investment"))
                }
                let why = try parsed { try DeclarationCorrection(reason: correction, on: options.date, field: "--correction") }
                let outcome = try await options.amend(.correctDeclaration(nib: nib, figures: figures, correction: why))
                options.output.say("Corrected the \(outcome.subject): \(outcome.before) → \(outcome.after).")
                return
            }
            let filed = try options.date(declaredOn, field: "--declared-on")
            let declaration = try parsed {
                try Declaration(
                    fiscalYear: year, turnover: try Rupiah(parsing: turnover, field: "--turnover"), workers: workers,
                    localWorkers: localWorkers, investment: try Rupiah(parsing: investment, field: "--investment"),
                    declaredOn: filed)
            }
            let (tenant, summary) = try await options.operations {
                try await $0.declare(declaration, for: nib, actor: currentActor)
            }
            let l = options.language
            options.output.say(
                summary.totalInserted == 0
                    ? "The \(year) declaration of \(tenant.legalName) is already there with the same figures; nothing written."
                    : "Recorded \(tenant.legalName)'s \(year) declaration: turnover \(declaration.turnover.format(l)), "
                        + "\(workers) workers (\(localWorkers) local). Check it with `estate check \(nib)`.")
        }
    }
}
