import EstateDomain
import Testing

@Suite("Allocating the waitlist of an estate")
struct AllocatorTests {
    func application(_ tenant: Int, _ min: Int64, _ max: Int64, submitted: String, reconfirmed: String? = nil)
        -> Application
    {
        try! Application(
            nib: Fixtures.nib(tenant), minArea: Fixtures.m2(min), maxArea: Fixtures.m2(max),
            submittedOn: Fixtures.date(submitted), reconfirmedOn: reconfirmed.map(Fixtures.date))
    }

    var estate: Estate {
        Fixtures.estate(
            plots: [
                Fixtures.plot("A-01", 250), Fixtures.plot("A-02", 300), Fixtures.plot("A-03", 500),
                Fixtures.plot("A-04", 150), Fixtures.plot("B-01", 600, phase: 2),
            ],
            tenants: [
                Fixtures.tenant(1), Fixtures.tenant(2), Fixtures.tenant(3, workers: 16, local: 8),
                Fixtures.tenant(4), Fixtures.tenant(5), Fixtures.tenant(6),
            ],
            leases: [
                Fixtures.lease("A-01", 4, "2022-01-01"), Fixtures.lease("A-02", 4, "2022-01-01", "2026-01-01"),
                Fixtures.lease("A-02", 5, "2027-01-01"),
            ],
            applications: [
                application(1, 200, 600, submitted: "2026-06-04"),
                application(2, 400, 600, submitted: "2026-07-01"),
                application(3, 100, 600, submitted: "2026-06-02"),
                application(4, 100, 600, submitted: "2026-06-03"),
                application(5, 100, 200, submitted: "2025-01-01", reconfirmed: "2026-04-01"),
                application(6, 550, 700, submitted: "2026-08-01"),
                application(9, 100, 700, submitted: "2026-09-01"),
            ])
    }

    @Test("refusals say why, in waitlist order")
    func refusals() throws {
        let proposal = try Allocator(estate: estate).propose(policy: .firstFit, asOf: Fixtures.today)
        let reasons = Dictionary(uniqueKeysWithValues: proposal.unassigned.map { ($0.nib, $0.reason) })
        #expect(reasons[Fixtures.nib(3)] == .notEligible(failedRules: ["workforce-range"]))
        #expect(reasons[Fixtures.nib(5)] == .stale(lastConfirmed: Fixtures.date("2026-04-01"), days: 235, limit: 180))
        #expect(reasons[Fixtures.nib(6)] == .noFittingPlot)
        #expect(reasons[Fixtures.nib(9)] == .unknownTenant)
        #expect(proposal.ruleSetVersion == "2021.1")
    }

    @Test("plots with a future lease are not offered; first-fit and optimal differ on the contested plot")
    func policies() throws {
        let allocator = Allocator(estate: estate)
        let firstFit = try allocator.propose(policy: .firstFit, asOf: Fixtures.today)
        #expect(firstFit.assignments.map { "\($0.nib.digits.suffix(1)):\($0.plotCode)" } == ["4:A-03"])
        #expect(firstFit.unassigned.contains { $0.nib == Fixtures.nib(2) && $0.reason == .fittingPlotsTaken(["A-03"]) })
        let optimal = try allocator.propose(policy: .optimal, asOf: Fixtures.today)
        #expect(optimal.objective.housed == 2)
        #expect(Set(optimal.assignments.map(\.plotCode)) == ["A-03", "A-04"])
        #expect(!optimal.assignments.contains { $0.plotCode == "A-02" || $0.plotCode == "B-01" })
        #expect(
            try allocator.propose(policy: .scored, asOf: Fixtures.today, seed: 42)
                == allocator.propose(policy: .scored, asOf: Fixtures.today, seed: 42))
    }

    @Test("applications submitted after the date do not count; a tenant's earlier application comes first")
    func asOfAndAlternatives() throws {
        let estate = Fixtures.estate(
            plots: [Fixtures.plot("A-01", 250), Fixtures.plot("A-02", 150), Fixtures.plot("A-03", 180)],
            tenants: [Fixtures.tenant(1), Fixtures.tenant(2)],
            leases: [Fixtures.lease("A-01", 1, "2022-01-01")],
            applications: [
                application(1, 2000, 3000, submitted: "2026-10-01"),
                application(1, 100, 200, submitted: "2026-10-02"),
                application(2, 100, 200, submitted: "2026-12-01", reconfirmed: "2026-12-02"),
            ])
        let proposal = try Allocator(estate: estate).propose(policy: .optimal, asOf: Fixtures.today)
        #expect(proposal.assignments.isEmpty)
        #expect(proposal.unassigned.map(\.reason) == [.noFittingPlot, .earlierApplicationsFirst(remainingPlots: 1)])
        let later = try Allocator(estate: estate).propose(policy: .optimal, asOf: Fixtures.date("2026-12-01"))
        #expect(later.assignments.map(\.nib) == [Fixtures.nib(2)])
    }

    @Test("a tenant at the plot limit is refused")
    func plotLimit() throws {
        let full = Fixtures.estate(
            plots: [Fixtures.plot("A-01", 250), Fixtures.plot("A-02", 250), Fixtures.plot("A-03", 250)],
            tenants: [Fixtures.tenant(1)],
            leases: [Fixtures.lease("A-01", 1, "2022-01-01"), Fixtures.lease("A-02", 1, "2022-01-01")],
            applications: [application(1, 200, 300, submitted: "2026-10-01")])
        let proposal = try Allocator(estate: full).propose(policy: .bestFit, asOf: Fixtures.today)
        #expect(proposal.unassigned.first?.reason == .atPlotLimit(held: 2, limit: 2))
    }
}
