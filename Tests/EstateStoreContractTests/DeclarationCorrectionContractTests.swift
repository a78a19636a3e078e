import EstateDomain
import EstateStore
import Testing

/// A declaration corrected by a new version (issue 15), on both engines: the firm's record in
/// every estate has the new version with the one before kept, the audit trail keeps both sides,
/// a refused correction writes nothing, and two corrections racing from two estates are both
/// kept as consecutive versions.
@Suite("Storage contract: correcting a declaration")
struct DeclarationCorrectionContractTests {
    /// CV Baja Mandiri Sentosa: its 2025 turnover is exactly the Rp50 miliar limit.
    static let baja = try! NIB(parsing: "9120983690060")
    static let day = CivilDate(year: 2026, month: 12, day: 1)!

    static func figures(turnover: Int64) throws -> Declaration {
        try Declaration(
            fiscalYear: 2025, turnover: Rupiah(turnover), workers: 14, localWorkers: 10, investment: Rupiah(3_400_000_000))
    }

    @Test("a correction is stored as the next version, audited, and the verdict uses it", arguments: StoreKind.allCases)
    func correction(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let second = try await store.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Sentra Uji"), actor: "cli:seed")
            let sentra = store.scoped(to: second)
            let why = try DeclarationCorrection(reason: "omzet salah ketik; SPT 2025", on: Self.day)
            let outcome = try await sentra.amend(
                .correctDeclaration(nib: Self.baja, figures: try Self.figures(turnover: 50_000_000_001), correction: why),
                actor: "cli:sari")
            #expect(outcome.subject == "2025 declaration of \(Self.baja)")
            for estate in [try await store.loadEstate(), try await sentra.loadEstate()] {
                let firm = try #require(estate?.tenant(Self.baja))
                let year = try #require(firm.declarations.first { $0.fiscalYear == 2025 })
                #expect(year.version == 2 && year.correction == why && year.turnover == Rupiah(50_000_000_001))
                #expect(year.superseded.map(\.turnover) == [Rupiah(50_000_000_000)])
                #expect(year.declaredOn == CivilDate(year: 2026, month: 3, day: 15), "the filing day is the original's")
                let decision = try EligibilityEvaluator(ruleBook: try #require(estate).ruleBook).evaluate(firm, asOf: Self.day)
                #expect(!decision.eligible && decision.declarationVersion == 2 && decision.failedRules == ["turnover-max"])
            }
            let entry = try #require(try await store.auditLog(AuditQuery(record: "tenant:\(Self.baja.digits)", limit: 1)).first)
            #expect(entry.action == "correct declaration" && entry.actor == "cli:sari" && entry.estate == nil)
            #expect(entry.record == "tenant:\(Self.baja.digits):declaration:2025")
            #expect(entry.after?.contains("(version 2): omzet salah ketik; SPT 2025") == true)
            // Refused, nothing written: the same figures, a year never declared, an unknown firm.
            let before = try await store.auditLog(limit: 1)
            let refused: [EstateChange] = [
                .correctDeclaration(nib: Self.baja, figures: try Self.figures(turnover: 50_000_000_001), correction: why),
                .correctDeclaration(
                    nib: Self.baja,
                    figures: try Declaration(
                        fiscalYear: 2019, turnover: Rupiah(1), workers: 14, localWorkers: 10, investment: Rupiah(1)),
                    correction: why),
                .correctDeclaration(nib: try NIB(parsing: "9120000000999"), figures: try Self.figures(turnover: 1), correction: why),
            ]
            for change in refused {
                await #expect(throws: StoreError.self, "\(change)") { try await store.amend(change, actor: "cli:sari") }
            }
            #expect(try await store.auditLog(limit: 1) == before)
        }
    }

    @Test("two corrections of one year from two estates at once: both kept, as versions 2 and 3", arguments: StoreKind.allCases)
    func twoCorrections(kind: StoreKind) async throws {
        try await WriteRaceContractTests.acrossEstates(kind) { a, sentra in
            let left = EstateChange.correctDeclaration(
                nib: Self.baja, figures: try Self.figures(turnover: 49_000_000_000),
                correction: try DeclarationCorrection(reason: "alasan A", on: Self.day))
            let right = EstateChange.correctDeclaration(
                nib: Self.baja, figures: try Self.figures(turnover: 48_000_000_000),
                correction: try DeclarationCorrection(reason: "alasan B", on: Self.day))
            let outcome = await WriteRaceContractTests.race(
                { try await a.amend(left, actor: "officer-a") }, { try await sentra.amend(right, actor: "officer-b") })
            guard case .success = outcome.0, case .success = outcome.1 else {
                Issue.record("a correction was lost: \(outcome)")
                return
            }
            let year = try #require(try await a.loadEstate()?.tenant(Self.baja)?.declarations.first { $0.fiscalYear == 2025 })
            #expect(year.versions.map(\.version) == [1, 2, 3])
            #expect(Set(year.versions.compactMap(\.correction?.reason)) == ["alasan A", "alasan B"])
        }
    }
}
