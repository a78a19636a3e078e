import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate payments record|reverse|list`: what firms paid, recorded once per reference and
/// never edited (issue 16, item 5).
struct PaymentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Record what firms paid, reverse a payment, list payments.",
        subcommands: [Record.self, Reverse.self, List.self, Receipt.self], defaultSubcommand: List.self)

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a payment: it settles the invoice named, else the firm's oldest open invoices; what is "
                + "left is a credit for its next invoices. The same reference again is recorded once.")

        @Argument(help: "The paying firm's NIB (13 digits).")
        var nib: String

        @Option(help: "What was paid in whole Rupiah, e.g. 9210000 or Rp9.210.000.")
        var amount: String

        @Option(help: "The day the money reached the account, e.g. 2026-12-05.")
        var on: String

        @Option(help: "The bank's transfer reference or the receipt's number; unique in the estate.")
        var reference: String

        @Option(help: "The invoice the firm paid, e.g. INV/KAWASAN-1/2026/00001.")
        var invoice: String?

        @Option(help: "The number of the withholding slip (bukti potong) handed over with it.")
        var withholdingSlip: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "payments record")
                let nib = try options.nib(self.nib)
                let payment = try parsed {
                    try Payment(
                        reference: reference, nib: nib, amount: try Rupiah(parsing: amount, field: "--amount"),
                        paidOn: try CivilDate(parsing: on, field: "--on"),
                        invoice: try invoice.map { try InvoiceNumber(parsing: $0, field: "--invoice") },
                        withholdingSlip: withholdingSlip)
                }
                let record = try await options.operations { try await $0.store.recordPayment(payment, actor: currentActor) }
                try PaymentsCommand.show(record, options: options)
            }
        }
    }

    struct Reverse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take back a recorded payment (a bounced transfer, a payment booked to the wrong firm) by a "
                + "reversal of its own; the payment itself is never changed.")

        @Argument(help: "The reference of the payment taken back.")
        var payment: String

        @Option(help: "The reversal's own reference, e.g. the bank's return slip.")
        var reference: String

        @Option(help: "The day it was taken back, e.g. 2026-12-06.")
        var on: String

        @Option(help: "Why, e.g. \"transfer ditolak bank\".")
        var reason: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "payments reverse")
                let date = try parsed { try CivilDate(parsing: on, field: "--on") }
                let record = try await options.operations {
                    try await $0.store.reversePayment(
                        payment, reversal: reference, on: date, reason: reason, actor: currentActor)
                }
                try PaymentsCommand.show(record, options: options)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The estate's payments in the order recorded, with the invoices each settles.")

        @Option(help: "Only this firm's payments.")
        var nib: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json, .csv], command: "payments list")
                let nib = try nib.map { try options.nib($0) }
                let records = try await options.operations { try await $0.store.payments(nib: nib) }
                switch options.format {
                case .json: print(try JSONOutput.encode(records.map(PaymentView.init)))
                case .csv: print(MoneyCSV.payments(records), terminator: "")
                default: print(PaymentView.table(records, language: options.language))
                }
            }
        }
    }

    static func show(_ record: PaymentRecord, options: GlobalOptions) throws {
        switch options.format {
        case .json: print(try JSONOutput.encode([PaymentView(record)]))
        default: options.output.say(PaymentView.summary(record, language: options.language))
        }
    }
}
