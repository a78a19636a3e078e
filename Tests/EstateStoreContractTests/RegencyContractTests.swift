import EstateDomain
import EstateInterchange
import EstateOperations
import EstateReports
import EstateStore
import Foundation
import Testing

/// The regency report read from a store of two estates equals the sum of the estates' own
/// occupancy reports, on both engines, whether counted in Swift or by the database.
@Suite("Storage contract: the regency summary across estates")
struct RegencyContractTests {
    static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    @Test("the regency summary equals the sum of the per-estate occupancy reports", arguments: StoreKind.allCases)
    func sums(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup: the sample cluster and the sample sentra, as `estate seed` loads them
            _ = try await EstateOperations(store: store).loadSeeds(try SeedFolders.read(path: Self.seedsFolder), actor: "seed")
            // act
            let (summary, first) = try await EstateOperations(store: store).regency(asOf: referenceDate)
            // check: each line is its estate's occupancy report, counted in Swift and by the database
            let listings = try await store.estates()
            #expect(summary.estates.map(\.code) == listings.map(\.code))
            var reports: [OccupancyReport] = []
            for listing in listings {
                let scoped = store.scoped(to: listing)
                let estate = try #require(try await scoped.loadEstate())
                let report = try OccupancyReport(estate: estate, asOf: referenceDate)
                let counted = try await scoped.occupancyFigures(asOf: referenceDate)
                #expect(counted.total == report.total, "\(listing.code): the database counts as the domain does")
                reports.append(report)
            }
            #expect(summary.estates.map(\.figures) == reports.map(\.total))
            // Each line is its own estate's: the cluster's 28 plots (18 leased), the sentra's 8 (4 leased).
            #expect(summary.estates.map(\.figures.plots) == [28, 8])
            #expect(summary.estates.map(\.figures.plotsLeased) == [18, 4])
            #expect(summary.estates.map(\.employment.tenants) == [16, 4])
            let total = summary.total.figures
            #expect(total.leasable == reports.reduce(Area.zero) { $0 + $1.total.leasable })
            #expect(total.leased == reports.reduce(Area.zero) { $0 + $1.total.leased })
            #expect(total.plots == reports.reduce(0) { $0 + $1.total.plots })
            #expect(total.plotsLeased == reports.reduce(0) { $0 + $1.total.plotsLeased })
            #expect(first.name == seedEstate.name)
            // and the JSON says the same
            let context = try ReportContext(
                estate: first, asOf: referenceDate, language: .english, store: "test", regency: summary)
            let json = try ReportOutput.render(.regency, context: context, format: .json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let lines = try #require(object["estates"] as? [[String: Any]])
            let totals = try #require(object["total"] as? [String: Any])
            for key in ["leasable_m2", "leased_m2", "plots", "plots_leased"] {
                let sum = lines.compactMap { ($0[key] as? NSNumber)?.decimalValue }.reduce(0, +)
                #expect((totals[key] as? NSNumber)?.decimalValue == sum, "\(key)")
            }
        }
    }
}
