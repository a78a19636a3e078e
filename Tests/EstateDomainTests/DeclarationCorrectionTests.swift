import EstateDomain
import Testing

/// A declaration corrected by a new version (issue 15): the figures as filed stay, superseded;
/// the verdict uses the version that counts and names it; versions are numbered without gaps.
@Suite("declarations: corrections by version")
struct DeclarationCorrectionTests {
    static let day = Fixtures.date("2026-12-01")

    static func figures(turnover: Int64, year: Int = 2025) throws -> Declaration {
        try Declaration(
            fiscalYear: year, turnover: Rupiah(turnover), workers: 12, localWorkers: 6, investment: Rupiah(2_000_000_000))
    }

    @Test("a correction is the next version, keeps the one before and its filing day; the same figures are refused")
    func corrected() throws {
        let filed = Fixtures.tenant(turnover: 20_000_000_000, declaredOn: "2026-03-15").declarations[0]
        let why = try DeclarationCorrection(reason: "omzet salah ketik", on: Self.day)
        let second = try filed.corrected(to: try Self.figures(turnover: 50_000_000_001), why)
        #expect(second.version == 2 && second.correction == why && second.superseded == [filed])
        #expect(second.declaredOn == Fixtures.date("2026-03-15") && second.turnover == Rupiah(50_000_000_001))
        let third = try second.corrected(to: try Self.figures(turnover: 30_000_000_000), why)
        #expect(third.versions.map(\.version) == [1, 2, 3] && third.versions.map(\.turnover.amount) == [20_000_000_000, 50_000_000_001, 30_000_000_000])
        #expect(throws: RecordChangeRefusal.self) { try third.corrected(to: try Self.figures(turnover: 30_000_000_000), why) }
        #expect(throws: InputError.self) { try third.corrected(to: try Self.figures(turnover: 1, year: 2024), why) }
        #expect(throws: InputError.self) { try DeclarationCorrection(reason: "  ", on: Self.day) }
        let early = try DeclarationCorrection(reason: "omzet salah ketik", on: Fixtures.date("2026-03-14"))
        let error = try #require(throws: InputError.self, "a correction before the filing day") {
            try filed.corrected(to: try Self.figures(turnover: 1), early)
        }
        #expect(error.field == "corrected_on")
    }

    @Test(
        "versions are numbered 1, 2, 3 … and every version after 1 names its correction",
        arguments: [(0, false, 0), (1, true, 0), (2, false, 1), (2, true, 0), (3, true, 1)])
    func numbering(version: Int, corrected: Bool, earlier: Int) throws {
        let why = try DeclarationCorrection(reason: "koreksi", on: Self.day)
        let v1 = try Self.figures(turnover: 1)
        let error = try #require(throws: InputError.self) {
            try Declaration(
                fiscalYear: 2025, turnover: Rupiah(1), workers: 12, localWorkers: 6, investment: Rupiah(1),
                version: version, correction: corrected ? why : nil, superseded: Array(repeating: v1, count: earlier))
        }
        #expect(error.field == "version")
    }

    @Test("the verdict uses the version that counts and names it, on both sides of the limit", arguments: [
        (49_999_999_999 as Int64, true), (50_000_000_000, true), (50_000_000_001, false),
    ])
    func verdict(corrected turnover: Int64, eligible: Bool) throws {
        let firm = Fixtures.tenant(turnover: 20_000_000_000, declaredOn: "2026-03-15")
        let estate = Fixtures.estate(plots: [], tenants: [firm])
        let change = try estate.correctingDeclaration(
            of: firm.nib, to: try Self.figures(turnover: turnover), try DeclarationCorrection(reason: "audit", on: Self.day))
        let corrected = try #require(change.estate.tenant(firm.nib))
        let decision = try EligibilityEvaluator(ruleBook: Fixtures.ruleBook).evaluate(corrected, asOf: Self.day)
        #expect(decision.eligible == eligible && decision.fiscalYear == 2025 && decision.declarationVersion == 2)
        #expect(try EligibilityEvaluator(ruleBook: Fixtures.ruleBook).evaluate(firm, asOf: Self.day).declarationVersion == 1)
        #expect(change.before == firm.declarations[0].figuresSummary && !change.before.contains("version"))
        #expect(change.after.hasSuffix("(version 2): audit"))
    }

    @Test("a year the firm did not declare, or an unknown firm, is not corrected; the message lists its years")
    func missing() throws {
        let firm = Fixtures.tenant(year: 2024)
        let estate = Fixtures.estate(plots: [], tenants: [firm])
        let why = try DeclarationCorrection(reason: "audit", on: Self.day)
        do {
            _ = try estate.correctingDeclaration(of: firm.nib, to: try Self.figures(turnover: 1), why)
            Issue.record("a year never declared was corrected")
        } catch RecordChangeRefusal.missing(let what, let key) {
            #expect(what == "declaration" && key.contains("its declared years: 2024"))
        }
        #expect(throws: RecordChangeRefusal.self) {
            try estate.correctingDeclaration(of: Fixtures.nib(9), to: try Self.figures(turnover: 1), why)
        }
    }
}
