import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate tariffs list`: the estate's price list by phase and date.
struct TariffsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tariffs", abstract: "The price list: rent and service charge per m² by phase and date.",
        subcommands: [List.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every tariff, by phase and date (add them with `estate import tariffs FILE.csv`).")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "tariffs list")
                let tariffs = try await options.operations { try await $0.store.tariffs() }
                switch options.format {
                case .json: print(try JSONOutput.encode(tariffs.map(TariffView.init)))
                default: print(TariffView.table(tariffs, language: options.language))
                }
            }
        }
    }
}

/// `estate billing profile`: the association as its invoices print it, and whether it charges VAT.
struct BillingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "billing", abstract: "The association's billing profile (name, NPWP, bank, PKP status).",
        subcommands: [Profile.self], defaultSubcommand: Profile.self)

    struct Profile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the billing profile, or change the fields given (the first time, --name is needed).")

        @Option(help: "The association's name as invoices print it.")
        var name: String?

        @Option(help: "Its NPWP (15 or 16 digits).")
        var npwp: String?

        @Option(help: "Its address as invoices print it.")
        var address: String?

        @Option(help: "The bank account firms pay into, as printed, e.g. \"BRI 0123-01-000123-30-1 a.n. Asosiasi IKM Logam\".")
        var bank: String?

        @Option(help: "The association is a PKP (charges VAT) from this date.")
        var pkpFrom: String?

        @Option(help: "The association is not a PKP from this date.")
        var notPkpFrom: String?

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            if pkpFrom != nil, notPkpFrom != nil {
                throw ValidationError("Give --pkp-from or --not-pkp-from, not both.")
            }
        }

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "billing profile")
                let change = try parsed {
                    try BillingProfileChange(
                        name: name, npwp: try npwp.map { try NPWP(parsing: $0, field: "--npwp") }, address: address,
                        bankAccount: bank,
                        pkp: try (pkpFrom.map { ($0, true, "--pkp-from") } ?? notPkpFrom.map { ($0, false, "--not-pkp-from") })
                            .map { text, isPKP, field in
                                BillingProfile.PKPChange(from: try CivilDate(parsing: text, field: field), isPKP: isPKP)
                            })
                }
                let changes = change != BillingProfileChange()
                let profile = try await options.operations { operations in
                    changes ? try await operations.store.updateBillingProfile(change, actor: currentActor)
                        : try await operations.store.billingProfile()
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(profile.map(BillingProfileView.init)))
                default: print(BillingProfileView.text(profile, language: options.language))
                }
            }
        }
    }
}
