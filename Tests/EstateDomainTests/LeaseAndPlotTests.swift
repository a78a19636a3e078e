import EstateDomain
import Testing

@Suite("Leases and plot status derived from them")
struct LeaseAndPlotTests {
    @Test("half-open periods: adjacent leases do not overlap, shared days do")
    func overlaps() {
        let first = Fixtures.lease("A-01", 1, "2021-04-01", "2024-04-01", state: .ended)
        let adjacent = Fixtures.lease("A-01", 2, "2024-04-01")
        let overlapping = Fixtures.lease("A-01", 2, "2024-03-31")
        let otherPlot = Fixtures.lease("A-02", 2, "2022-01-01")
        #expect(!first.overlaps(adjacent))
        #expect(first.overlaps(overlapping))
        #expect(!first.overlaps(otherPlot))
        #expect(adjacent.overlaps(Fixtures.lease("A-01", 3, "2030-01-01")))
    }

    @Test("early termination ends the lease on its day")
    func termination() {
        let lease = Fixtures.lease(
            "A-04", 1, "2022-06-01", "2027-06-01",
            state: .terminated(on: Fixtures.date("2025-09-30"), reason: "usaha pindah ke Karawang"))
        #expect(lease.isInForce(on: Fixtures.date("2025-09-29")))
        #expect(!lease.isInForce(on: Fixtures.date("2025-09-30")))
        #expect(!lease.overlaps(Fixtures.lease("A-04", 2, "2025-09-30")))
    }

    @Test(
        "impossible leases are refused with the field named",
        arguments: [
            ("2025-01-01", "2025-01-01", "end"), ("2025-01-01", "2024-12-31", "end"),
        ])
    func refused(start: String, end: String, field: String) {
        #expect {
            try Lease(plotCode: "A-01", nib: Fixtures.nib(1), start: Fixtures.date(start), end: Fixtures.date(end))
        } throws: { ($0 as? InputError)?.field == field }
        #expect {
            try Lease(
                plotCode: "A-01", nib: Fixtures.nib(1), start: Fixtures.date("2025-01-01"), end: nil,
                state: .terminated(on: Fixtures.date("2024-01-01"), reason: "x"))
        } throws: { ($0 as? InputError)?.field == "terminated_on" }
    }

    @Test("status comes from the phase, withdrawal and leases in force on the date")
    func status() {
        let estate = Fixtures.estate(
            plots: [
                Fixtures.plot("A-01", 250), Fixtures.plot("A-02", 250, withdrawn: "2025-06-30"),
                Fixtures.plot("A-03", 250), Fixtures.plot("B-01", 500, phase: 2),
            ],
            tenants: [Fixtures.tenant(1)],
            leases: [Fixtures.lease("A-01", 1, "2024-01-01", "2027-01-01"), Fixtures.lease("A-03", 1, "2027-01-01")])
        let today = Fixtures.today
        #expect(estate.status(of: estate.plots[0], on: today) == .leased)
        #expect(estate.status(of: estate.plots[0], on: Fixtures.date("2027-01-01")) == .vacant)
        #expect(estate.status(of: estate.plots[1], on: today) == .withdrawn)
        #expect(estate.status(of: estate.plots[1], on: Fixtures.date("2025-06-29")) == .vacant)
        #expect(estate.status(of: estate.plots[2], on: today) == .vacant)
        #expect(!estate.isAvailable(estate.plots[2], from: today))
        #expect(estate.status(of: estate.plots[3], on: today) == .planned)
        #expect(estate.status(of: estate.plots[0], on: Fixtures.date("2021-02-28")) == .planned)
    }

    @Test("applications go stale after the rule set's days")
    func staleness() throws {
        let application = try Application(
            nib: Fixtures.nib(1), minArea: Fixtures.m2(100), maxArea: Fixtures.m2(200),
            submittedOn: Fixtures.date("2026-01-01"), reconfirmedOn: Fixtures.date("2026-05-26"))
        #expect(!application.isStale(asOf: Fixtures.date("2026-11-22"), afterDays: 180))
        #expect(application.isStale(asOf: Fixtures.date("2026-11-23"), afterDays: 180))
        #expect(throws: InputError.self) {
            try Application(
                nib: Fixtures.nib(1), minArea: Fixtures.m2(300), maxArea: Fixtures.m2(200), submittedOn: Fixtures.today)
        }
    }
}
