import ArgumentParser
import EstateDomain
import EstateReports

/// `estate match [--need ID] [--nib NIB]`: the IKM firms that match each open need on the date,
/// best first, each with its trace (issue 18, item 3). With `--nib`, every open need is scored
/// for that firm, and a pair that is no match says why.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match", abstract: "Match IKM firms to the large industries' open needs, each score explained.")

    @Option(help: "Only this need (its number in `estate needs list`).")
    var need: Int64?

    @Option(help: "Only this IKM firm; its pairs that are no match are shown too, with why.")
    var nib: String?

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            try options.requireFormat(in: [.table, .json], command: "match")
            let nib = try self.nib.map { try options.nib($0) }
            let report = try await options.operations { try await $0.forumMatches(asOf: options.date, need: need, nib: nib) }
            let document = MatchesDocument(report)
            print(options.format == .json ? try JSONOutput.encode(document) : document.text(language: options.language))
        }
    }
}
