import ArgumentParser
import EstateDomain
import EstateReports

/// `estate allocate --policy P [--seed N]`: a dry-run proposal with a reason for every choice.
struct AllocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Propose leases for the waitlist (a dry run: nothing is written).")

    @Option(help: "first-fit, best-fit, scored or optimal.")
    var policy: AllocationPolicy = .optimal

    @Option(help: "Seed of the scored policy's lottery; publish it with the result.")
    var seed: UInt64 = 0

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Self.exiting {
            let estate = try options.loadEstate()
            let proposal = try reportingFailures {
                try Allocator(estate: estate).propose(policy: policy, asOf: options.date, seed: seed)
            }
            let names = { (nib: NIB) in estate.tenant(nib)?.legalName ?? nib.digits }
            switch options.format {
            case .json: print(try JSONOutput.encode(AllocationView(proposal, names: names, language: options.language)))
            case .table: print(AllocationText.render(proposal, names: names, language: options.language))
            }
        }
    }
}

extension AllocationPolicy: ExpressibleByArgument {}
