import EstateDomain
import Testing

@Suite("Eligibility against the founding rule set")
struct EligibilityTests {
    let evaluator = EligibilityEvaluator(ruleBook: Fixtures.ruleBook)
    let today = Fixtures.today

    @Test(
        "turnover: Rp50 bn is eligible, one Rupiah more is not",
        arguments: [
            (0, true), (49_999_999_999, true), (50_000_000_000, true), (50_000_000_001, false), (62_000_000_000, false),
        ] as [(Int64, Bool)])
    func turnover(amount: Int64, eligible: Bool) throws {
        let decision = try evaluator.evaluate(Fixtures.tenant(turnover: amount), asOf: today)
        #expect(decision.eligible == eligible)
        #expect(decision.failedRules == (eligible ? [] : ["turnover-max"]))
        #expect(try evaluator.isEligible(Fixtures.tenant(turnover: amount), asOf: today) == eligible)
    }

    @Test(
        "workforce: 10 to 15 inclusive",
        arguments: [
            (9, false), (10, true), (11, true), (15, true), (16, false), (0, false),
        ])
    func workers(count: Int, eligible: Bool) throws {
        let decision = try evaluator.evaluate(Fixtures.tenant(workers: count, local: min(count, 5)), asOf: today)
        #expect(decision.eligible == eligible)
        #expect(decision.failedRules.contains("workforce-range") == !eligible)
        #expect(
            try evaluator.isEligible(Fixtures.tenant(workers: count, local: min(count, 5)), asOf: today) == eligible)
    }

    @Test(
        "metal sector: KBLI divisions 24, 25 and 28",
        arguments: [
            ("24101", true), ("25920", true), ("28221", true), ("10792", false), ("29100", false),
        ])
    func sector(code: String, eligible: Bool) throws {
        #expect(try evaluator.evaluate(Fixtures.tenant(kbli: code), asOf: today).eligible == eligible)
    }

    @Test(
        "local workers: 30% is advised, not required",
        arguments: [
            (3, 10, false), (2, 10, true), (4, 13, false), (3, 11, true), (0, 12, true),
        ])
    func localShare(local: Int, workers: Int, advisoryFails: Bool) throws {
        let decision = try evaluator.evaluate(Fixtures.tenant(workers: workers, local: local), asOf: today)
        #expect(decision.eligible)
        #expect(decision.advisories == (advisoryFails ? ["local-workers"] : []))
    }

    @Test("the trace shows each figure beside its threshold, in both languages")
    func trace() throws {
        let decision = try evaluator.evaluate(
            Fixtures.tenant(turnover: 50_000_000_001, workers: 16, local: 2), asOf: today)
        #expect(decision.ruleSetVersion == "2021.1")
        #expect(decision.fiscalYear == 2025)
        #expect(
            decision.outcomes.map(\.ruleId) == [
                "turnover-max", "workforce-range", "metal-sector", "valid-nib", "local-workers",
            ])
        let turnover = try #require(decision.outcomes.first)
        #expect(turnover.result == .failed)
        #expect(turnover.figure == .rupiah(Rupiah(50_000_000_001)))
        #expect(turnover.threshold == .rupiah(Rupiah(50_000_000_000)))
        #expect(
            turnover.explanation(.indonesian) == "Omzet tahunan Rp50.000.000.001; batas paling banyak Rp50.000.000.000."
        )
        #expect(
            turnover.explanation(.english)
                == "Annual turnover IDR 50,000,000,001; the limit is at most IDR 50,000,000,000.")
        #expect(decision.outcomes[4].explanation(.english).contains("2 of 16 (12.5%)"))
    }

    @Test("the latest declaration filed on or before the date applies")
    func declarationAsOf() throws {
        var tenant = Fixtures.tenant(turnover: 38_000_000_000, year: 2024, declaredOn: "2025-03-01")
        tenant.declarations.append(
            try Declaration(
                fiscalYear: 2025, turnover: Rupiah(62_000_000_000), workers: 12, localWorkers: 6,
                investment: Rupiah(2_000_000_000), declaredOn: Fixtures.date("2026-04-10")))
        #expect(try evaluator.evaluate(tenant, asOf: Fixtures.date("2026-04-09")).eligible)
        #expect(try evaluator.evaluate(tenant, asOf: Fixtures.date("2026-04-09")).fiscalYear == 2024)
        #expect(try evaluator.evaluate(tenant, asOf: Fixtures.date("2026-04-10")).eligible == false)
        #expect(try evaluator.evaluate(tenant, asOf: Fixtures.date("2025-02-28")).fiscalYear == nil)
    }

    @Test("with no declaration the figure rules cannot pass")
    func noDeclaration() throws {
        let tenant = Fixtures.tenant(year: 2025, declaredOn: "2026-12-15")
        let decision = try evaluator.evaluate(tenant, asOf: today)
        #expect(!decision.eligible)
        #expect(decision.outcomes[0].result == .noData)
        #expect(decision.sizeClasses == nil)
        #expect(decision.outcomes[0].explanation(.english).contains("no data"))
    }

    @Test("the version in force on the date decides, and switched-off rules do not")
    func versions() throws {
        let founding = Fixtures.ruleBook.ruleSets[0]
        let relaxed = RuleSet(
            version: "2027.1", effectiveFrom: Fixtures.date("2027-01-01"), title: founding.title, source: "test",
            parameters: founding.parameters,
            rules: founding.rules.map { rule in
                guard case .workersBetween = rule.check else { return rule }
                return EligibilityRule(
                    id: rule.id, enabled: false, severity: rule.severity, check: rule.check,
                    citation: rule.citation, message: rule.message)
            },
            sizeClasses: founding.sizeClasses)
        let evaluator = EligibilityEvaluator(ruleBook: try RuleBook(ruleSets: [relaxed, founding]))
        let tenant = Fixtures.tenant(workers: 16, local: 8)
        #expect(try evaluator.evaluate(tenant, asOf: Fixtures.date("2026-12-31")).eligible == false)
        let later = try evaluator.evaluate(tenant, asOf: Fixtures.date("2027-01-01"))
        #expect(later.eligible)
        #expect(later.ruleSetVersion == "2027.1")
        #expect(later.outcomes[1].result == .switchedOff)
        #expect(throws: InputError.self) { try evaluator.evaluate(tenant, asOf: Fixtures.date("2020-12-31")) }
    }
}
