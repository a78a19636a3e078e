import ArgumentParser
import EstateInterchange
import EstateOperations
import EstateStore
import Foundation

/// `estate import KIND FILE.csv [--dry-run]`: one file, atomically; every bad row is listed.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a CSV file of plots, tenants, applications, leases, partnerships or tariffs.")

    @Argument(help: "plots, tenants, applications, leases, partnerships or tariffs.")
    var kind: ImportKind

    @Argument(help: "The CSV file (UTF-8; , ; or tab separated; English or Indonesian headers).")
    var file: String

    @Flag(help: "Check everything, the database's rules included, then write nothing.")
    var dryRun = false

    @OptionGroup var store: StoreOptions

    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await Self.exiting {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw Failure(message: "estate: cannot read \(file); check the path.", code: .notFound)
            }
            let url = URL(fileURLWithPath: file)
            let progress = output.progress
            defer { progress.clear() }
            progress.step("reading \(file)")
            let text = try await reportingFailures { try SeedDirectory.readText(url) }
            let name = url.lastPathComponent
            progress.step("checking the rows of \(name)")
            progress.step("checking and writing to \(store.displayLocation)\(dryRun ? " (dry run)" : "")")
            guard let kind = kind.record else {
                let imported = try await store.withStore { store in
                    try await reportingFailures {
                        try await EstateOperations(store: store).importTariffs(
                            named: name, text: text, actor: currentActor, dryRun: dryRun)
                    }
                }
                progress.clear()
                output.say(
                    "\(dryRun ? "Dry run, nothing written: would add" : "Added") \(imported.added.count) tariff(s)"
                        + (imported.unchanged > 0 ? "; \(imported.unchanged) already present unchanged" : "") + ".")
                return
            }
            let summary = try await store.withStore { store in
                try await reportingFailures {
                    try await EstateOperations(store: store).importFile(
                        kind, named: name, text: text, actor: currentActor, dryRun: dryRun)
                }
            }
            progress.clear()
            let added = summary.inserted.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
                separator: ", ")
            let kept = summary.unchanged.values.reduce(0, +)
            output.say(
                "\(dryRun ? "Dry run, nothing written: would add" : "Added") \(added.isEmpty ? "nothing" : added)"
                    + (kept > 0 ? "; \(kept) already present unchanged" : "") + ".")
        }
    }
}

/// What `estate import` reads: one of the estate's record files, or the price list.
enum ImportKind: String, CaseIterable, ExpressibleByArgument {
    case plots, tenants, applications, leases, partnerships, tariffs

    /// The record file this is, nil for tariffs (not estate records: `EstateOperations.importTariffs`).
    var record: RecordKind? { RecordKind(rawValue: rawValue) }
}

extension RecordKind: ExpressibleByArgument {}
