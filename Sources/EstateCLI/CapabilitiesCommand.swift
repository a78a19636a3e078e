import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate capabilities set|show NIB`: what an IKM firm can make (issue 18, item 2), for any
/// firm in the registry, tenant or not. `set` replaces the whole profile; the audit trail keeps
/// the one before.
struct CapabilitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capabilities", abstract: "Set and show IKM firms' capability profiles for the business forum.",
        subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A firm's capability profile.")

        @Argument(help: "The firm's NIB.")
        var nib: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "capabilities show")
                let nib = try options.nib(self.nib)
                let (name, profile) = try await options.operations { try await $0.capabilityProfile(nib) }
                guard let profile else {
                    throw StoreError.notFound(what: "capability profile of firm", key: "\(nib.digits) (set one with `estate capabilities set`)")
                }
                let view = CapabilityProfileView(profile, name: name, asOf: options.date)
                print(options.format == .json ? try JSONOutput.encode(view) : view.text(language: options.language))
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a firm's whole capability profile (what is not given is left empty).")

        @Argument(help: "The firm's NIB (a firm of the registry, tenant or not).")
        var nib: String

        @Option(help: "A process the firm works: \(IndustrialProcess.allCases.map(\.code).joined(separator: ", ")) (repeat for more).")
        var process: [String] = []

        @Option(help: "A material it works, e.g. SPCC (repeat for more).")
        var material: [String] = []

        @Option(help: "A machine as NAME:PROCESS:UNITS_A_MONTH, e.g. \"mesin press 60 ton:stamping:20000\" (repeat).")
        var machine: [String] = []

        @Option(help: "A certification as KIND:NUMBER:VALID_UNTIL[:PERCENT], e.g. iso_9001:QMS-1:2027-12-31 (repeat).")
        var certification: [String] = []

        @Option(help: "A product it makes (repeat for more).")
        var product: [String] = []

        @Option(help: "Its workers (default: from its latest yearly declaration).")
        var workers: Int?

        @Option(help: "How many of its workers live in Kabupaten Bekasi.")
        var localWorkers: Int?

        @Option(help: "The regency or city of its workshop.")
        var regency: String?

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard !process.isEmpty else { throw ValidationError("Give at least one --process.") }
        }

        func run() async throws {
            try await Self.exiting {
                let profile = try parsed {
                    try ForumSpecs.profile(
                        nib: try NIB(parsing: nib), processes: process, materials: material, machines: machine,
                        certifications: certification, products: product, workers: workers, localWorkers: localWorkers,
                        regency: regency)
                }
                try await options.operations { try await $0.setCapabilityProfile(profile, actor: currentActor) }
                options.output.say("Set the capability profile of NIB \(profile.nib): \(profile.processes.map(\.code).joined(separator: ", ")).")
            }
        }
    }
}
