import EstateDomain
import Testing

@Suite("Occupancy from leases in force")
struct OccupancyReportTests {
    var estate: Estate {
        var grown = Fixtures.tenant(3, turnover: 38_000_000_000, year: 2024)
        grown.declarations.append(
            try! Declaration(
                fiscalYear: 2025, turnover: Rupiah(62_000_000_000), workers: 14, localWorkers: 2,
                investment: Rupiah(20_000_000_000), declaredOn: Fixtures.date("2026-04-10")))
        return Fixtures.estate(
            plots: [
                Fixtures.plot("A-01", 250), Fixtures.plot("A-02", 300), Fixtures.plot("A-03", 500),
                Fixtures.plot("A-04", 150, withdrawn: "2025-06-30"), Fixtures.plot("B-01", 600, phase: 2),
            ],
            tenants: [
                Fixtures.tenant(1, workers: 12, local: 6), Fixtures.tenant(2, workers: 10, local: 10, kbli: "28221"),
                grown,
            ],
            leases: [
                Fixtures.lease("A-01", 1, "2022-01-01"), Fixtures.lease("A-02", 1, "2022-01-01", "2027-01-01"),
                Fixtures.lease("A-03", 2, "2020-01-01", "2026-11-22"), Fixtures.lease("A-03", 3, "2026-11-22"),
                Fixtures.lease("A-04", 2, "2021-01-01", "2025-06-30"),
            ],
            applications: [
                try! Application(
                    nib: Fixtures.nib(2), minArea: Fixtures.m2(200), maxArea: Fixtures.m2(400),
                    submittedOn: Fixtures.date("2026-10-01")),
                try! Application(
                    nib: Fixtures.nib(2), minArea: Fixtures.m2(900), maxArea: Fixtures.m2(1000),
                    submittedOn: Fixtures.date("2025-01-01")),
            ])
    }

    @Test("area and count per phase and for the whole site, on the stated date")
    func figures() throws {
        let report = try OccupancyReport(estate: estate, asOf: Fixtures.today)
        let phase1 = report.phases[0].figures
        #expect(phase1.gross == Fixtures.m2(8000))
        #expect(phase1.capacity == Fixtures.m2(5600))
        #expect(phase1.leasable == Fixtures.m2(1050))
        #expect(phase1.leased == Fixtures.m2(1050))
        #expect(phase1.plotsLeased == 3)
        #expect(phase1.plotsByStatus[.withdrawn] == 1)
        #expect(report.phases[1].figures.plotsByStatus[.planned] == 1)
        #expect(report.phases[1].figures.leasable == .zero)
        #expect(report.total.gross == Fixtures.m2(33000))
        #expect(report.total.occupancyByArea.percentText(.english) == "100.0%")
    }

    @Test("the day before, the changing lease belongs to the earlier tenant and the count does not double")
    func dayBefore() throws {
        let report = try OccupancyReport(estate: estate, asOf: Fixtures.date("2026-11-21"))
        #expect(report.phases[0].figures.plotsLeased == 3)
        #expect(report.employment.tenants == 2)
        #expect(report.employment.workers == 22)
        #expect(report.employment.localWorkers == 16)
        #expect(report.tenantsOutOfRules.isEmpty)
    }

    @Test("workers count each tenant once; grown-out tenants are flagged; expiring leases and waitlist")
    func details() throws {
        let report = try OccupancyReport(estate: estate, asOf: Fixtures.today)
        #expect(report.employment.tenants == 2)
        #expect(report.employment.workers == 26)
        #expect(report.employment.localWorkers == 8)
        #expect(report.employment.localShare.percentText(.indonesian) == "30,8%")
        #expect(report.tenantsOutOfRules.map(\.nib) == [Fixtures.nib(3)])
        #expect(report.tenantsOutOfRules.first?.failedRules == ["turnover-max"])
        #expect(report.tenantsByDivision == ["25": 2])
        #expect(report.tenantsBySalesClass == [.menengah: 1, .besar: 1])
        #expect(report.expiringLeases.map(\.lease.plotCode) == ["A-02"])
        #expect(report.expiringLeases.first?.daysLeft == 40)
        let earlier = try OccupancyReport(estate: estate, asOf: Fixtures.date("2026-10-03"))
        #expect(earlier.expiringLeases.map(\.lease.plotCode) == ["A-03", "A-02"])
        #expect(report.vacantPlots.isEmpty)
        #expect(report.waitlist.activeApplications == 1)
        #expect(report.waitlist.staleApplications == 1)
        #expect(report.waitlist.demandMax == Fixtures.m2(400))
        #expect(report.waitlist.plannedCapacity == Fixtures.m2(17500))
    }
}
