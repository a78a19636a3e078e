import ArgumentParser
import EstateDomain
import EstateReports

/// `estate statement NIB [--from DATE] [--to DATE]`: a firm's invoices, credit notes, payments
/// and reversals with the running balance (issue 16, item 6).
struct StatementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement",
        abstract: "A firm's account: invoices, credit notes, payments and the running balance (above zero: owed).")

    @Argument(help: "The firm's NIB (13 digits).")
    var nib: String

    @Option(help: "From this day (the balance before it is the opening balance).")
    var from: String?

    @Option(help: "To this day, inclusive.")
    var to: String?

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            try options.requireFormat(in: [.table, .json], command: "statement")
            let nib = try options.nib(self.nib)
            let from = try self.from.map { text in try parsed { try CivilDate(parsing: text, field: "--from") } }
            let to = try self.to.map { text in try parsed { try CivilDate(parsing: text, field: "--to") } }
            let statement = try await options.operations { try await $0.statement(nib, from: from, to: to) }
            switch options.format {
            case .json: print(try JSONOutput.encode(StatementView(statement)))
            default: print(StatementView.text(statement, language: options.language))
            }
        }
    }
}
