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

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Self.exiting {
            guard let estate = try await store.withStore({ try await $0.loadEstate() }) else {
                throw Failure(
                    message: "estate: \(store.displayLocation) holds no estate yet; nothing to export.", code: .notFound
                )
            }
            let text = CSVExport.text(kind, estate: estate)
            guard let file else { return print(text, terminator: "") }
            do {
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                throw Failure(
                    message: "estate: cannot write \(file) (\(error.localizedDescription)).", code: .unavailable)
            }
        }
    }
}
