import ArgumentParser
import EstateStore

/// `estate migrate`: applies the numbered migrations the store lacks, in order.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending migrations (refuses if an applied one has changed).")

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Self.exiting {
            let (applied, all) = try await store.withStore(migrate: true, scoped: false) { store in
                (try await store.migrate(), try await store.appliedMigrations())
            }
            let list = all.map { "\($0.version) \($0.name)" }.joined(separator: ", ")
            output.say(
                "\(store.displayLocation): \(applied.isEmpty ? "up to date" : "applied \(applied.count)"); migrations: \(list)"
            )
        }
    }
}
