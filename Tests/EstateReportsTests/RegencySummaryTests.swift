import EstateDomain
import EstateReports
import Foundation
import Testing

/// The regency summary across estates: its total's area and count figures are the sums of the
/// estates' occupancy reports, and a firm in occupation in two estates is one workforce.
@Suite("Regency summary")
struct RegencySummaryTests {
    @Test("the total's area and count figures are the sums of the estates' occupancy reports")
    func sums() throws {
        let summary = try RegencySummary(
            estates: [("KAWASAN-1", seedEstate), ("SENTRA-SETU", sentraEstate)], asOf: referenceDate)
        let reports = try [seedEstate, sentraEstate].map { try OccupancyReport(estate: $0, asOf: referenceDate) }
        #expect(summary.estates.map(\.figures) == reports.map(\.total))
        let t = summary.total.figures
        #expect(t.leasable == reports[0].total.leasable + reports[1].total.leasable)
        #expect(t.leased == reports[0].total.leased + reports[1].total.leased)
        #expect(t.plots == reports.map(\.total.plots).reduce(0, +))
        #expect(t.plotsLeased == reports.map(\.total.plotsLeased).reduce(0, +))
        #expect(summary.total.activeApplications == reports.map(\.waitlist.activeApplications).reduce(0, +))
        // The sample's firms differ between the two estates: employment adds up too.
        #expect(summary.total.employment.workers == reports.map(\.employment.workers).reduce(0, +))
    }

    @Test("a firm in occupation in two estates counts once in the total's employment")
    func firmInTwoEstates() throws {
        let firm = try #require(seedEstate.leases.first { $0.isInForce(on: referenceDate) }?.nib)
        let tenant = try #require(seedEstate.tenant(firm))
        let workers = try #require(tenant.declaration(asOf: referenceDate)).workers
        // The same firm also leases a vacant plot of the sentra.
        let vacant = try #require(sentraEstate.plots.first { sentraEstate.status(of: $0, on: referenceDate) == .vacant })
        let sentra = Estate(
            name: sentraEstate.name, regency: sentraEstate.regency, phases: sentraEstate.phases,
            plots: sentraEstate.plots, tenants: Array(sentraEstate.tenants) + [tenant],
            leases: sentraEstate.leases + [try Lease(plotCode: vacant.code, nib: firm, start: referenceDate, end: nil)],
            applications: sentraEstate.applications, ruleBook: sentraEstate.ruleBook)
        let summary = try RegencySummary(estates: [("KAWASAN-1", seedEstate), ("SENTRA-SETU", sentra)], asOf: referenceDate)
        let lines = summary.estates.map(\.employment)
        #expect(summary.total.employment.tenants == lines[0].tenants + lines[1].tenants - 1)
        #expect(summary.total.employment.workers == lines[0].workers + lines[1].workers - workers)
        #expect(summary.total.figures.plotsLeased == summary.estates.map(\.figures.plotsLeased).reduce(0, +))
    }

    @Test("regency JSON: estates with code and the occupancy keys, and a total that sums them")
    func json() throws {
        let text = try ReportOutput.render(.regency, context: try context(), format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let estates = try #require(object["estates"] as? [[String: Any]])
        let total = try #require(object["total"] as? [String: Any])
        #expect(estates.compactMap { $0["code"] as? String } == ["KAWASAN-1", "SENTRA-SETU"])
        for key in ["leasable_m2", "leased_m2", "plots", "plots_leased"] {
            let parts = estates.compactMap { ($0[key] as? NSNumber)?.decimalValue }
            #expect(parts.count == 2, "\(key)")
            #expect((total[key] as? NSNumber)?.decimalValue == parts.reduce(0, +), "\(key)")
        }
        #expect(total["code"] == nil)
    }

    @Test("regency as CSV: a line per estate and the total; as HTML: one table and one chart")
    func formats() throws {
        let csv = try ReportOutput.render(.regency, context: try context(), format: .csv)
        let lines = csv.split(whereSeparator: \.isNewline)
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("estate,leasable (m²),leased (m²)") == true)
        #expect(lines[2].hasPrefix("SENTRA-SETU,") && lines[3].hasPrefix("total,"))
        let html = try ReportOutput.render(.regency, context: try context(.indonesian), format: .html)
        #expect(html.components(separatedBy: "<table").count - 1 == 1)
        #expect(html.contains("<svg"))
        #expect(html.contains("SENTRA-SETU") && html.contains("Ringkasan kabupaten"))
    }
}
