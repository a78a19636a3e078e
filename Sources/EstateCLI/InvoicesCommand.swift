import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate invoices run|list|show`: the month's invoices, issued once per lease and month in
/// one transaction, numbered without gaps (issue 16).
struct InvoicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoices", abstract: "Issue the month's rent and service-charge invoices, list and show them.",
        subcommands: [Run.self, List.self, Show.self, Cancel.self, Document.self], defaultSubcommand: List.self)

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue one invoice per lease in force in the month (and a deposit for a lease starting in it); "
                + "running a month again issues only what is missing.")

        @Option(help: "The month billed, 2026-12.")
        var period: String

        @Flag(help: "Compute and show the invoices, then write nothing.")
        var dryRun = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "invoices run")
                let period = try parsed { try BillingPeriod(parsing: self.period, field: "--period") }
                let run = try await options.operations {
                    try await $0.runInvoices(period, actor: currentActor, dryRun: dryRun)
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(InvoiceRunView(run, language: options.language)))
                default: print(InvoiceRunText.summary(run, language: options.language))
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The estate's invoices, oldest number first (--format csv: the accountant's file).")

        @Option(help: "Only this firm's invoices.")
        var nib: String?

        @Option(help: "Only the invoices of this month, 2026-12.")
        var period: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json, .csv], command: "invoices list")
                let query = InvoiceQuery(
                    nib: try nib.map { try options.nib($0) },
                    period: try period.map { text in try parsed { try BillingPeriod(parsing: text, field: "--period") } })
                let invoices = try await options.operations { try await $0.store.invoices(query) }
                switch options.format {
                case .json: print(try JSONOutput.encode(invoices.map(InvoiceView.init)))
                case .csv: print(MoneyCSV.invoices(invoices), terminator: "")
                default: print(InvoiceView.table(invoices, language: options.language))
                }
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel an issued invoice by a credit note (its own number series); the month is then free "
                + "for a corrected invoice by the next run. The deposit of a lease that has ended is settled instead: "
                + "what was paid on it goes to the firm's open invoices, and no run bills it again.")

        @Argument(help: "The invoice's number, e.g. INV/KAWASAN-1/2026/00001.")
        var number: String

        @Option(help: "Why it is cancelled, e.g. \"luas kavling salah\".")
        var reason: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "invoices cancel")
                let number = try parsed { try InvoiceNumber(parsing: self.number) }
                let credit = try await options.operations {
                    try await $0.store.cancelInvoice(number, reason: reason, actor: currentActor)
                }
                switch options.format {
                case .json: print(try JSONOutput.encode([InvoiceView(credit)]))
                default:
                    options.output.say(
                        options.language == .indonesian
                            ? "Tagihan \(number) dibatalkan dengan nota kredit \(credit.number)."
                            : "Cancelled \(number) by credit note \(credit.number).")
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One invoice with its lines and taxes.")

        @Argument(help: "The invoice's number, e.g. INV/KAWASAN-1/2026/00001.")
        var number: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "invoices show")
                let number = try parsed { try InvoiceNumber(parsing: self.number) }
                let invoice = try await options.operations { try await $0.invoice(number) }
                switch options.format {
                case .json: print(try JSONOutput.encode([InvoiceView(invoice)]))
                default: print(InvoiceRunText.detail(invoice, language: options.language))
                }
            }
        }
    }
}
