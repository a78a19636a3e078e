import EstateDomain
import Testing

/// `estate rules simulate`: a draft lowering the turnover limit names exactly the firms that then
/// fail (issue 15), with its own fixture: firms on each side of the new limit.
@Suite("Rule simulation")
struct RuleSimulationTests {
    static let founding = try! Fixtures.ruleBook.ruleSet(asOf: Fixtures.today)

    /// The founding version with the turnover limit at `limit` (and, when given, other sales bands).
    static func draft(limit: Int64, sales: AmountBands? = nil) -> RuleSet {
        let base = founding
        let rules = base.rules.map { rule in
            guard case .turnoverAtMost = rule.check else { return rule }
            return EligibilityRule(
                id: rule.id, severity: rule.severity, check: .turnoverAtMost(Rupiah(limit)), citation: "draft",
                message: rule.message)
        }
        let classes = SizeClassSchemes(
            sales: sales ?? base.sizeClasses.sales, capital: base.sizeClasses.capital, industry: base.sizeClasses.industry)
        return RuleSet(
            version: "DRAFT-40", effectiveFrom: Fixtures.date("2027-01-01"), title: base.title, source: "draft",
            parameters: base.parameters, rules: rules, sizeClasses: classes)
    }

    /// Turnover 39,999,999,999 / exactly 40 bn / 40 bn + 1 / 50 bn, and one without figures.
    static let estate: Estate = {
        var undeclared = Fixtures.tenant(5)
        undeclared = try! Tenant(nib: undeclared.nib, legalName: "CV Tanpa Laporan", npwp: undeclared.npwp, kbli: undeclared.kbli, declarations: [])
        return Fixtures.estate(
            plots: [Fixtures.plot("A-01", 500), Fixtures.plot("A-02", 500)],
            tenants: [
                Fixtures.tenant(1, turnover: 39_999_999_999), Fixtures.tenant(2, turnover: 40_000_000_000),
                Fixtures.tenant(3, turnover: 40_000_000_001), Fixtures.tenant(4, turnover: 50_000_000_000), undeclared,
            ],
            leases: [Fixtures.lease("A-01", 3, "2024-01-01")],
            applications: [
                try! Application(
                    nib: Fixtures.nib(4), minArea: Fixtures.m2(300), maxArea: Fixtures.m2(600),
                    submittedOn: Fixtures.date("2026-10-01"))
            ])
    }()

    @Test("lowering the limit to Rp40 miliar names exactly the firms above it, with the draft's trace")
    func lowerTurnoverLimit() throws {
        let simulation = try RuleSimulation(Self.draft(limit: 40_000_000_000), on: Self.estate, asOf: Fixtures.today)
        #expect(simulation.judged == 5)
        #expect(simulation.inForce == "2021.1" && simulation.draft == "DRAFT-40")
        #expect(simulation.changes.map(\.nib) == [Fixtures.nib(3), Fixtures.nib(4)])
        for change in simulation.changes {
            #expect(change.before.eligible && !change.after.eligible && change.verdictChanges && !change.sizeClassChanges)
            #expect(change.after.failedRules == ["turnover-max"] && change.after.ruleSetVersion == "DRAFT-40")
            #expect(change.before.ruleSetVersion == "2021.1")
        }
        #expect(simulation.changes[0].inOccupation && !simulation.changes[0].onWaitlist)
        #expect(!simulation.changes[1].inOccupation && simulation.changes[1].onWaitlist)
    }

    @Test("the same limit changes nothing; a higher one frees nobody already eligible")
    func unchangedDraft() throws {
        #expect(try RuleSimulation(Self.draft(limit: 50_000_000_000), on: Self.estate, asOf: Fixtures.today).changes.isEmpty)
        #expect(try RuleSimulation(Self.draft(limit: 60_000_000_000), on: Self.estate, asOf: Fixtures.today).changes.isEmpty)
    }

    @Test("new sales bands change a size class without changing a verdict")
    func sizeClassChange() throws {
        // Everything up to Rp45 miliar is kecil, above it menengah: firms 1–3 move from menengah.
        let bands = try AmountBands(
            citation: "draft", bands: [
                .init(class: .mikro, maxRupiah: Rupiah(1_000_000_000)), .init(class: .kecil, maxRupiah: Rupiah(45_000_000_000)),
                .init(class: .menengah, maxRupiah: Rupiah(100_000_000_000)), .init(class: .besar, maxRupiah: nil),
            ])
        let simulation = try RuleSimulation(Self.draft(limit: 50_000_000_000, sales: bands), on: Self.estate, asOf: Fixtures.today)
        #expect(simulation.changes.map(\.nib) == [Fixtures.nib(1), Fixtures.nib(2), Fixtures.nib(3)])
        #expect(simulation.changes.allSatisfy { $0.sizeClassChanges && !$0.verdictChanges })
        #expect(simulation.changes.allSatisfy { $0.after.sizeClasses?.pp7_2021Sales == .kecil })
    }

    @Test("the default day is the draft's effective date, or today once it has passed", arguments: [
        ("2026-11-22", "2027-01-01"), ("2027-01-01", "2027-01-01"), ("2027-03-05", "2027-03-05"),
    ])
    func defaultDay(today: String, expected: String) {
        #expect(RuleSimulation.defaultDate(for: Self.draft(limit: 1), today: Fixtures.date(today)) == Fixtures.date(expected))
    }
}
