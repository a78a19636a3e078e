import ArgumentParser
import EstateInterchange
import EstateOperations
import EstateStore

/// `estate seed`: loads the sample cluster of `seeds/` into an empty store, as its default
/// estate, and each further estate of `seeds/estates/` (a sentra IKM elsewhere in the regency) as
/// an estate of its own.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Load the sample data of seeds/ (and seeds/estates/*) into an empty store.")

    @Option(help: "The seed folder.")
    var seeds: String = "seeds"

    @Flag(help: "Do nothing, successfully, when the store already holds an estate.")
    var ifEmpty = false

    @Flag(help: "Load into a store that already holds an estate (records already there are kept).")
    var force = false

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Self.exiting {
            let folders = try await reportingFailures { try SeedFolders.read(path: seeds) }
            let outcome: (WriteSummary, [String])? = try await store.withStore(scoped: false) { store in
                if let existing = try await store.loadEstate(), !force {
                    if ifEmpty { return nil }
                    throw Failure(
                        message: "estate: \(self.store.displayLocation) already holds \(existing.name); "
                            + "use --force to add the seed records anyway, or --if-empty to skip.",
                        code: .conflict)
                }
                return try await reportingFailures {
                    try await EstateOperations(store: store).loadSeeds(folders, actor: currentActor)
                }
            }
            guard let (summary, codes) = outcome else {
                output.say("\(store.displayLocation) already holds an estate; nothing loaded.")
                return
            }
            let added = summary.inserted.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
                separator: ", ")
            output.say(
                "Loaded the sample data of \(seeds) into \(store.displayLocation): \(added.isEmpty ? "nothing new" : added)"
                    + (codes.count < 2 ? "." : "; estates: \(codes.joined(separator: ", ")).")
            )
        }
    }
}
