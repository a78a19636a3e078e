import EstateDomain
import Foundation
import Testing

/// When a declaration is overdue (issue 15): the day after its last day, and only while the
/// firm's latest declaration is older. Boundary days get their own rows.
@Suite("Declarations due")
struct DeclarationDueTests {
    static func due(month: Int = 4, day: Int = 30) throws -> DeclarationDue {
        let json = #"{"month": \#(month), "day": \#(day), "citation": "test"}"#
        return try JSONDecoder().decode(DeclarationDue.self, from: Data(json.utf8))
    }

    @Test(
        "30 April: FY2025 is overdue from 1 May 2026, not on 30 April",
        arguments: [
            ("2026-04-30", 2024 as Int?, nil as Int?), ("2026-05-01", 2024, 2025), ("2026-05-01", 2025, nil),
            ("2026-11-22", 2024, 2025), ("2026-11-22", nil, 2025), ("2026-04-30", 2023, 2024),
            ("2027-01-01", 2025, nil), ("2027-05-01", 2025, 2026),
        ])
    func overdue(on date: String, latest: Int?, expected: Int?) throws {
        let day = try CivilDate(parsing: date, field: "d")
        #expect(try Self.due().overdue(latestDeclared: latest, asOf: day)?.fiscalYear == expected)
    }

    @Test("a day the month lacks in a year falls back to the 28th: 29 February")
    func leapDay() throws {
        #expect(try Self.due(month: 2, day: 29).dueOn(fiscalYear: 2024).iso == "2025-02-28")
        #expect(try Self.due(month: 2, day: 29).dueOn(fiscalYear: 2027).iso == "2028-02-29")
    }

    @Test("the verdict carries the flag and stays a verdict: a late firm is not failed for it")
    func verdict() throws {
        // A firm whose latest declaration is for 2024, judged on 2026-11-22 under the seeds' rules.
        let late = Fixtures.tenant(year: 2024)
        let decision = try EligibilityEvaluator(ruleBook: Fixtures.ruleBook).evaluate(late, asOf: Fixtures.today)
        #expect(decision.eligible && decision.fiscalYear == 2024)
        #expect(decision.overdue?.fiscalYear == 2025 && decision.overdue?.dueOn.iso == "2026-04-30")
        let current = try EligibilityEvaluator(ruleBook: Fixtures.ruleBook).evaluate(Fixtures.tenant(year: 2025), asOf: Fixtures.today)
        #expect(current.overdue == nil)
    }
}
