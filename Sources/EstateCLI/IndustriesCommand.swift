import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate industries add|update|list`: the large industries of the regency's business forum
/// (issue 18, item 1), kept apart from the IKM firms; each change in the audit trail.
struct IndustriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "industries", abstract: "Register, correct and list the large industries of the business forum.",
        subcommands: [List.self, Add.self, Update.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every large industry, with its needs open on the date.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "industries list")
                let register = try await options.operations { try await $0.forumRegister() }
                let views = IndustryView.list(register, asOf: options.date)
                switch options.format {
                case .json: print(try JSONOutput.encode(IndustriesDocument(industries: views, problems: register.problems)))
                default:
                    print(IndustryView.table(views, language: options.language))
                    for problem in register.problems { options.output.warn(problem) }
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a large industry that buys from IKM firms.")

        @Argument(help: "The industry's NIB (13 digits).")
        var nib: String

        @Option(help: "Its name, e.g. \"PT Astra Honda Motor\".")
        var name: String

        @Option(help: "Its KBLI codes, main first, separated by ';', e.g. \"29100;30911\".")
        var kbli: String

        @Option(help: "Where its plant is, e.g. \"Kawasan Industri Jababeka, Cikarang Utara\".")
        var location: String

        @Option(help: "The regency or city of the plant.")
        var regency = "Kabupaten Bekasi"

        @Option(help: "Who to call about purchasing.")
        var contact: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let industry = try parsed {
                    try LargeIndustry(
                        nib: try NIB(parsing: nib), name: name, kbli: try KBLI.list(parsing: kbli), location: location,
                        regency: regency, contact: contact)
                }
                try await options.operations { try await $0.addIndustry(industry, actor: currentActor) }
                options.output.say("Registered the large industry \(industry.name) (NIB \(industry.nib)).")
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a large industry's name, KBLI, location, regency or contact (the audit trail keeps what was there).")

        @Argument(help: "The industry's NIB.")
        var nib: String

        @Option(help: "The corrected name.")
        var name: String?

        @Option(help: "The corrected KBLI codes, separated by ';'.")
        var kbli: String?

        @Option(help: "The corrected location.")
        var location: String?

        @Option(help: "The corrected regency or city.")
        var regency: String?

        @Option(help: "The corrected contact.")
        var contact: String?

        @Flag(help: "Remove the contact.")
        var clearContact = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(self.nib)
                let change = try parsed {
                    try IndustryChange(
                        name: name, kbli: kbli, location: location, regency: regency, contact: contact,
                        clearContact: clearContact, clearField: "--clear-contact")
                }
                guard !change.isEmpty else {
                    throw ValidationError("Give at least one of --name, --kbli, --location, --regency, --contact and --clear-contact.")
                }
                let changed = try await options.operations { try await $0.updateIndustry(nib, change, actor: currentActor) }
                options.output.say("Corrected the large industry \(changed.name) (NIB \(nib)).")
            }
        }
    }
}
