import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore

/// `estate allocate --policy P [--seed N] [--commit]`: a proposal with a reason for every
/// choice; written only with `--commit`, atomically, and then it says which leases it created.
struct AllocateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Propose leases for the waitlist; nothing is written without --commit.")

    @Option(help: "first-fit, best-fit, scored or optimal.")
    var policy: AllocationPolicy = .optimal

    @Option(help: "Seed of the scored policy's lottery; publish it with the result.")
    var seed: UInt64 = 0

    @Flag(help: "Sign the proposed leases (all or none), starting on the --as-of date.")
    var commit = false

    @Option(help: "The last day + 1 of the committed leases (default: open-ended).")
    var end: String?

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            try options.requireFormat(in: [.table, .json], command: "allocate")
            let endDate = try end.map { text in try parsed { try CivilDate(parsing: text, field: "--end") } }
            let (reading, proposal) = try await options.operations {
                try await $0.propose(policy: policy, asOf: options.date, seed: seed)
            }
            let estate = options.warning(reading)
            let signing = try parsed { try AllocationCommit(signing: proposal, end: endDate) }
            var created: [Lease]?
            if commit {
                // Signed only if the proposal, computed again inside the write, is still this one.
                created = try await options.operations { try await $0.commit(signing, actor: currentActor).leases }
            }
            let names = { (nib: NIB) in estate.tenant(nib)?.legalName ?? nib.digits }
            let language = options.language
            switch options.format {
            case .json:
                print(
                    try JSONOutput.encode(
                        AllocationView(proposal, names: names, language: language, committed: created)))
            default:
                print(AllocationText.render(proposal, names: names, language: language))
                guard let created else { return }
                print("")
                print(
                    (language == .indonesian
                        ? "Sewa yang dibuat (\(created.count)): " : "Leases created (\(created.count)): ")
                        + created.map { "\($0.plotCode) → \(names($0.nib))" }.joined(separator: ", "))
            }
        }
    }
}

extension AllocationPolicy: ExpressibleByArgument {}
