import EstateDomain
import Testing

@Suite("Estate invariants and plan geometry")
struct EstateValidationTests {
    let boundary = "0 0;100 0;100 80;0 80"

    @Test("touching plots are fine, overlapping ones are not")
    func overlap() throws {
        let a = try PlanPolygon(parsing: "0 0;10 0;10 25;0 25")
        #expect(!a.overlaps(try PlanPolygon(parsing: "10 0;20 0;20 25;10 25")))
        #expect(!a.overlaps(try PlanPolygon(parsing: "10 25;20 25;20 30;10 30")))
        #expect(a.overlaps(try PlanPolygon(parsing: "9.99 0;20 0;20 25;9.99 25")))
        #expect(a.overlaps(try PlanPolygon(parsing: "0 0;10 0;10 25;0 25")))
        #expect(a.overlaps(try PlanPolygon(parsing: "5 0;15 0;15 25;5 25")))
        #expect(a.overlaps(try PlanPolygon(parsing: "2 2;4 2;4 4;2 4")))
        #expect(a.overlaps(try PlanPolygon(parsing: "-5 10;15 10;15 12;-5 12")))
    }

    @Test("concave outlines: identical L-shapes overlap, a plot in an L's notch only touches it")
    func concave() throws {
        let l = try PlanPolygon(parsing: "0 15;16 15;16 23;8 23;8 31;0 31")
        #expect(l.overlaps(l))
        let wide = try PlanPolygon(parsing: "0 15;20 15;20 20;5 20;5 35;0 35")
        #expect(!wide.overlaps(try PlanPolygon(parsing: "5 20;10 20;10 25;5 25")))
        #expect(wide.overlaps(try PlanPolygon(parsing: "4 20;10 20;10 25;4 25")))
        #expect(!wide.isConvex)
    }

    @Test(
        "outlines that cross themselves or lie absurdly far are refused",
        arguments: [
            "0 0;10 10;10 0;0 10", "0 0;10 0;10 10;5 0;0 10", "0 0;2000000 0;2000000 10;0 10",
        ])
    func refusedOutlines(text: String) {
        #expect(throws: InputError.self) { try PlanPolygon(parsing: text) }
    }

    @Test("an outline must stay inside its phase")
    func within() throws {
        let phase = try PlanPolygon(parsing: boundary)
        #expect(try PlanPolygon(parsing: "0 0;100 0;100 80;0 80").lies(within: phase))
        #expect(try PlanPolygon(parsing: "90 70;100 70;100 80;90 80").lies(within: phase))
        #expect(try !PlanPolygon(parsing: "95 70;105 70;105 80;95 80").lies(within: phase))
        #expect(try !PlanPolygon(parsing: "200 0;210 0;210 10;200 10").lies(within: phase))
    }

    @Test(
        "outline area within 0.5% of the declared area",
        arguments: [
            ("250", true), ("251.25", true), ("251.26", false), ("248.76", true), ("248.75", false),
        ])
    func areaTolerance(declared: String, matches: Bool) throws {
        let plot = try Plot(
            code: "a-01", phase: 1, area: try Area(parsing: declared, field: "area_m2"),
            outline: try PlanPolygon(parsing: "0 0;10 0;10 25;0 25"))
        #expect(plot.code == "A-01")
        #expect(plot.outlineMatchesArea == matches)
    }

    @Test("a consistent estate has no problems")
    func consistent() {
        let estate = Fixtures.estate(
            phases: [Fixtures.phase(1, gross: 8000, opensOn: "2021-03-01", boundary: boundary)],
            plots: [
                Fixtures.plot("A-01", 250, outline: "0 0;10 0;10 25;0 25"),
                Fixtures.plot("A-02", 250, outline: "10 0;20 0;20 25;10 25"),
            ],
            tenants: [Fixtures.tenant(1)], leases: [Fixtures.lease("A-01", 1, "2022-01-01")])
        #expect(estate.problems(asOf: Fixtures.today).isEmpty)
    }

    @Test("every broken invariant is reported")
    func problems() {
        let estate = Fixtures.estate(
            phases: [Fixtures.phase(1, gross: 1000, opensOn: "2021-03-01", boundary: "0 0;40 0;40 25;0 25")],
            plots: [
                Fixtures.plot("A-01", 400, outline: "0 0;20 0;20 25;0 25"),
                Fixtures.plot("A-02", 300, outline: "15 0;35 0;35 25;15 25"),
                Fixtures.plot("A-03", 100, outline: "38 0;48 0;48 10;38 10"),
            ],
            tenants: [Fixtures.tenant(1)],
            leases: [
                Fixtures.lease("A-01", 1, "2022-01-01"), Fixtures.lease("A-01", 1, "2023-01-01", "2024-01-01"),
                Fixtures.lease("A-02", 1, "2022-01-01"), Fixtures.lease("A-03", 1, "2022-01-01"),
                Fixtures.lease("Z-09", 7, "2022-01-01"),
            ])
        let text = estate.problems(asOf: Fixtures.today).map(\.description)
        #expect(text.contains { $0.hasPrefix("phase 1: plots add up to 800 m²") })
        #expect(
            text.contains(
                "plot A-02: its outline encloses 500 m² but its declared area is 300 m² (more than 0.5% apart)"))
        #expect(text.contains("plot A-01: its outline overlaps plot A-02"))
        #expect(text.contains("plot A-03: its outline leaves phase 1"))
        #expect(text.contains { $0.hasPrefix("plot A-01: leased twice") })
        #expect(text.contains("lease of Z-09 from 2022-01-01: plot Z-09 does not exist"))
        #expect(text.contains { $0.contains("holds 3 plots on 2026-11-22; rule set 2021.1 allows 2") })
    }

    @Test(
        "the plot allowance holds on later days too: a lease starting next year over the limit is a problem",
        arguments: [
            // (second plot's lease from, until): over the limit of 2 only while all three run
            ("2027-06-01", nil as String?, "holds 3 plots on 2027-06-01"),
            ("2026-11-22", nil, "holds 3 plots on 2026-11-22"),
            ("2031-01-01", nil, nil),  // starts once A-01's lease has ended: never three at once
        ])
    func futureAllowance(start: String, end: String?, expected: String?) {
        let estate = Fixtures.estate(
            plots: [Fixtures.plot("A-01", 100), Fixtures.plot("A-02", 100), Fixtures.plot("A-03", 100)],
            tenants: [Fixtures.tenant(1)],
            leases: [
                Fixtures.lease("A-01", 1, "2022-01-01", "2031-01-01"), Fixtures.lease("A-02", 1, "2022-01-01"),
                Fixtures.lease("A-03", 1, start, end),
            ])
        let found = estate.problems(asOf: Fixtures.today).map(\.description).filter { $0.contains("holds") }
        #expect(found.map { $0.contains(expected ?? "-") } == (expected == nil ? [] : [true]), "\(found)")
    }

    @Test("a lease after its plot's withdrawal and a plot of an unknown phase are problems")
    func withdrawnAndOrphans() {
        let estate = Fixtures.estate(
            plots: [Fixtures.plot("A-01", 250, withdrawn: "2026-01-01"), Fixtures.plot("C-01", 250, phase: 3)],
            tenants: [Fixtures.tenant(1)], leases: [Fixtures.lease("A-01", 1, "2022-01-01", "2031-01-01")])
        let text = estate.problems(asOf: Fixtures.today).map(\.description)
        #expect(
            text.contains("lease of A-01 from 2022-01-01: runs on or after 2026-01-01, when plot A-01 was withdrawn"))
        #expect(text.contains("plot C-01: its phase 3 does not exist"))
    }

    @Test("a land-use split must add up to 100%")
    func split() {
        #expect(throws: InputError.self) {
            try LandUseSplit(leasablePercent: 75, greenBufferPercent: 10, roadsUtilitiesPercent: 20)
        }
        #expect(Fixtures.phase(1, gross: 8000, opensOn: nil).leasableCapacity == Fixtures.m2(5600))
    }
}
