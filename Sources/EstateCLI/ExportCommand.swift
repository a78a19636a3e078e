import ArgumentParser
import EstateDomain
import EstateInterchange
import EstateOperations
import EstateStore
import Foundation

/// `estate export KIND [FILE]`: the store's records in the CSV format `estate import` reads.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export plots, tenants, applications, leases or partnerships as CSV; plots also as GeoJSON for a map.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, geojson }

    @Argument(help: "plots, tenants, applications, leases or partnerships.")
    var kind: RecordKind

    @Argument(help: "The file to write (default: standard output).")
    var file: String?

    @Flag(help: "Replace FILE when it exists (never the store's own database or another SQLite file).")
    var force = false

    @Option(help: "csv, or geojson for plots (WGS 84, RFC 7946; needs `estate estates georeference`).")
    var format: Format = .csv

    @Option(help: "The day whose plot statuses and tenants the GeoJSON shows (default: today in Bekasi).")
    var asOf: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await Self.exiting {
            let output = try file.map { try OutputFile($0, force: force, store: store, option: "FILE") }
            if format == .geojson {
                guard kind == .plots else {
                    throw Failure(message: "estate: --format geojson exports plots only; use csv for \(kind.rawValue).", code: .usage)
                }
                let date = try asOf.map { text in try parsed { try CivilDate(parsing: text, field: "--as-of") } } ?? .todayInBekasi
                let document = try await store.withStore { store in
                    try await reportingFailures { try await EstateOperations(store: store).plotsGeoJSON(asOf: date) }
                }
                let text = try document.text()
                guard let output else { return print(text, terminator: "") }
                return try output.write(text)
            }
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
