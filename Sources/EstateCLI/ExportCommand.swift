import ArgumentParser
import EstateInterchange
import Foundation

/// `estate export KIND [FILE]`: the store's records in the CSV format `estate import` reads.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export plots, tenants, applications, leases or partnerships as CSV.")

    @Argument(help: "plots, tenants, applications, leases or partnerships.")
    var kind: RecordKind

    @Argument(help: "The file to write (default: standard output).")
    var file: String?

    @Flag(help: "Replace FILE when it exists (never the store's own database or another SQLite file).")
    var force = false

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Self.exiting {
            let output = try file.map { try OutputFile($0, force: force, store: store, option: "FILE") }
            guard let estate = try await store.withStore({ try await $0.loadEstate() }) else {
                throw Failure(
                    message: "estate: \(store.displayLocation) holds no estate yet; nothing to export.", code: .notFound
                )
            }
            let text = CSVExport.text(kind, estate: estate)
            guard let output else { return print(text, terminator: "") }
            try output.write(text)
        }
    }
}
