import EstateDomain
import EstateReports
import Testing

/// Each report's figures against the estate they come from.
@Suite("Report figures")
struct ReportFigureTests {
    @Test("vacancy lists exactly the plots vacant on the date, with their total area")
    func vacancy() throws {
        // act
        let doc = try document(.vacancy)
        // check
        let listed = try #require(doc.section("plots")).column("plot")
        let vacant = seedEstate.plots.filter { seedEstate.status(of: $0, on: referenceDate) == .vacant }
        #expect(listed == vacant.map { .text($0.code) })
        #expect(!vacant.isEmpty)
        let area = vacant.reduce(Area.zero) { $0 + $1.area }
        #expect(doc.summary[0].contains(area.format(.english)))
        // A-10 is let again from 2027-01-01: no applicant can be offered it now.
        let a10 = try #require(doc.section("plots")?.rows.first { $0[0] == .text("A-10") })
        #expect(a10[4] == .text("2027-01-01 CV Sejahtera Pipa Cikarang Selatan"))
        #expect(a10[5] == .count(0))
    }

    // A-07's lease ends on 2027-02-15; the seed rule set's notice window is 90 days.
    @Test(
        "a lease is expiring from exactly the notice window before its end, not a day earlier",
        arguments: [
            (CivilDate(year: 2026, month: 11, day: 17)!, true),  // 90 days left
            (CivilDate(year: 2026, month: 11, day: 16)!, false),  // 91 days left
            (CivilDate(year: 2027, month: 2, day: 14)!, true),  // last day in force
            (CivilDate(year: 2027, month: 2, day: 15)!, false),  // ended
        ])
    func expiringWindow(asOf: CivilDate, listed: Bool) throws {
        // act
        let doc = try document(.expiring, asOf: asOf)
        // check
        let plots = try #require(doc.section("leases")).column("plot")
        #expect(plots.contains(.text("A-07")) == listed)
    }

    @Test("employment rows add up to the total and to the occupancy report's figures")
    func employment() throws {
        // act
        let doc = try document(.employment)
        // check
        let rows = try #require(doc.section("tenants"))
        let workers = rows.column("workers").reduce(0) { if case .count(let n) = $1 { $0 + n } else { $0 } }
        let local = rows.column("local_workers").reduce(0) { if case .count(let n) = $1 { $0 + n } else { $0 } }
        let occupancy = try OccupancyReport(estate: seedEstate, asOf: referenceDate).employment
        #expect(workers == occupancy.workers)
        #expect(local == occupancy.localWorkers)
        #expect(rows.rows.count == occupancy.tenants)
        #expect(try #require(doc.section("total")).rows[0][2] == .count(occupancy.workers))
    }

    @Test("eligibility alerts are the tenants in occupation that fail a required rule, each rule explained")
    func eligibilityAlerts() throws {
        // act
        let doc = try document(.eligibility, .indonesian)
        // check
        let out = try OccupancyReport(estate: seedEstate, asOf: referenceDate).tenantsOutOfRules
        let alerts = try #require(doc.section("alerts"))
        #expect(Set(alerts.column("nib")) == Set(out.map { .text($0.nib.digits) }))
        #expect(alerts.rows.count == out.reduce(0) { $0 + $1.failedRules.count })
        #expect(!out.isEmpty)
        #expect(try #require(doc.section("tenants")).rows.count == seedEstate.tenants.count)
    }

    @Test("expansion sets the waitlist's minimum demand against the vacant area of open phases")
    func expansion() throws {
        // act
        let doc = try document(.expansion)
        // check
        let report = try OccupancyReport(estate: seedEstate, asOf: referenceDate)
        let vacant = report.vacantPlots.reduce(Area.zero) { $0 + $1.area }
        let unmet = report.waitlist.demandMin - vacant
        #expect(doc.summary[1].contains(unmet.format(.english)))
        #expect(try #require(doc.section("waitlist")).rows.count == report.waitlist.activeApplications)
        #expect(try #require(doc.section("phases")).column("phase") == [.text("Tahap 2 (perluasan)")])
    }

    @Test(
        "a partnership counts its full years on the anniversary, not the day before",
        arguments: [
            (CivilDate(year: 2024, month: 2, day: 29)!, CivilDate(year: 2025, month: 2, day: 28)!, 0),
            (CivilDate(year: 2024, month: 2, day: 29)!, CivilDate(year: 2025, month: 3, day: 1)!, 1),
            (CivilDate(year: 2023, month: 11, day: 22)!, CivilDate(year: 2026, month: 11, day: 21)!, 2),
            (CivilDate(year: 2023, month: 11, day: 22)!, CivilDate(year: 2026, month: 11, day: 22)!, 3),
        ])
    func fullYears(since: CivilDate, asOf: CivilDate, years: Int) {
        #expect(since.fullYears(until: asOf) == years)
    }

    @Test("every report states its date, rule set and store in every format", arguments: ReportKind.allCases)
    func provenance(kind: ReportKind) throws {
        let c = try context(.indonesian)
        for format in ReportFormat.allCases {
            let text = try ReportOutput.render(kind, context: c, format: format)
            if format == .csv { continue }  // one table for a spreadsheet; the file name carries the rest
            #expect(text.contains(format == .json ? "2026-11-22" : "22/11/2026"), "\(kind) \(format)")
            #expect(text.contains("2021.1"), "\(kind) \(format)")
            #expect(text.contains("sqlite:estate.sqlite"), "\(kind) \(format)")
        }
    }
}
