import ArgumentParser
import EstateDomain
import EstateOperations

/// Where a printable document goes: a file (checked before anything is read, as every
/// `--output`), else standard output.
struct DocumentOutput: ParsableArguments {
    @Option(name: [.short, .long], help: "Write the HTML page to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the --output file when it exists (never the store's own database or another SQLite file).")
    var force = false

    func file(_ options: GlobalOptions) throws -> OutputFile? {
        try output.map { try OutputFile($0, force: force, store: options.store, option: "--output") }
    }

    func deliver(_ html: String, to file: OutputFile?, what: String, options: GlobalOptions) throws {
        guard let file, let output else { return print(html, terminator: "") }
        try file.write(html)
        options.output.say("Wrote \(what) to \(output); print it to PDF with: chromium --headless --print-to-pdf=out.pdf \(output)")
    }
}

extension InvoicesCommand {
    /// `estate invoices document NUMBER | --period YYYY-MM`: the invoice as the firm receives it.
    struct Document: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "An invoice (or a whole month's run) as a printable A4 HTML page in --lang id or en.")

        @Argument(help: "The invoice's number, e.g. INV/KAWASAN-1/2026/00001.")
        var number: String?

        @Option(help: "Every invoice of this month instead, 2026-12.")
        var period: String?

        @OptionGroup var document: DocumentOutput
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .html], command: "invoices document")
                let selection: EstateOperations.InvoiceSelection
                switch (number, period) {
                case (let number?, nil): selection = .number(try parsed { try InvoiceNumber(parsing: number) })
                case (nil, let period?):
                    selection = .period(try parsed { try BillingPeriod(parsing: period, field: "--period") })
                default:
                    throw Failure(
                        message: "estate: give an invoice's number or --period YYYY-MM (one of them), e.g. "
                            + "`estate invoices document INV/KAWASAN-1/2026/00001`.", code: .usage)
                }
                let file = try document.file(options)
                let html = try await options.operations { try await $0.invoiceDocument(selection, language: options.language) }
                try document.deliver(html, to: file, what: "the invoice page", options: options)
            }
        }
    }
}

extension PaymentsCommand {
    /// `estate payments receipt REFERENCE`: the receipt (kuitansi) of a recorded payment.
    struct Receipt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The receipt (kuitansi) of a recorded payment as a printable A4 HTML page in --lang id or en.")

        @Argument(help: "The payment's reference.")
        var reference: String

        @OptionGroup var document: DocumentOutput
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .html], command: "payments receipt")
                let file = try document.file(options)
                let html = try await options.operations { try await $0.receipt(reference, language: options.language) }
                try document.deliver(html, to: file, what: "the receipt", options: options)
            }
        }
    }
}
