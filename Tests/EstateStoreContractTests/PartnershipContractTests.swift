import EstateDomain
import EstateOperations
import EstateStore
import Testing

/// A firm's partnerships added, corrected and ended one by one (issue 15), on both engines: each
/// change is the firm's in every estate, with before and after in the audit trail; a refused one
/// writes nothing; two writers racing for one partnership, from two estates, change it once.
@Suite("Storage contract: partnerships one by one")
struct PartnershipContractTests {
    /// CV Presisi Logam Tambun in the sample: two partnerships, so that ending one keeps its points.
    static let presisi = try! NIB(parsing: "9120510758287")
    static let partner = "PT Otomotif Nusantara Jaya (fiktif)"
    static let product = "pelat stamping bodi"
    static let day = CivilDate(year: 2026, month: 12, day: 1)!

    static func stored(_ store: any EstateRepository) async throws -> Partnership? {
        try await store.loadEstate()?.tenant(presisi)?.partnerships.first { $0.partner == partner && $0.product == product }
    }

    @Test("add, correct and end: stored for every estate, audited before and after, refusals write nothing", arguments: StoreKind.allCases)
    func lifeCycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let second = try await store.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Sentra Uji"), actor: "cli:seed")
            let sentra = store.scoped(to: second)
            let operations = EstateOperations(store: sentra)
            // add, ended already: stored with its end; the same again writes nothing; other dates conflict
            let earlier = try Partnership(
                partner: "PT Baja Cikarang (fiktif)", product: "mur baut", since: CivilDate(year: 2020, month: 1, day: 1)!,
                endedOn: CivilDate(year: 2023, month: 7, day: 1)!)
            #expect(try await operations.addPartnership(earlier, to: Self.presisi, actor: "cli:sari").totalInserted == 1)
            #expect(try await operations.addPartnership(earlier, to: Self.presisi, actor: "cli:sari").totalInserted == 0)
            let otherDates = try Partnership(
                partner: earlier.partner, product: earlier.product, since: CivilDate(year: 2020, month: 1, day: 1)!)
            await #expect(throws: StoreError.self) {
                try await operations.addPartnership(otherDates, to: Self.presisi, actor: "cli:sari")
            }
            await #expect(throws: OperationError.unknownTenant(try NIB(parsing: "9120000000999"))) {
                try await operations.addPartnership(earlier, to: try NIB(parsing: "9120000000999"), actor: "cli:sari")
            }
            // end: from the day given it is no longer in force, in every estate
            let ended = try await sentra.amend(
                .endPartnership(nib: Self.presisi, partner: Self.partner, product: Self.product, on: Self.day), actor: "cli:sari")
            #expect(ended.before == "\(Self.partner), \(Self.product), since 2021-10-01, in force")
            #expect(ended.after == "\(Self.partner), \(Self.product), since 2021-10-01, ended on 2026-12-01")
            for estate in [store, sentra] as [any EstateRepository] {
                let partnership = try #require(try await Self.stored(estate))
                #expect(partnership.endedOn == Self.day)
                #expect(partnership.isInForce(on: Self.day.adding(days: -1)) && !partnership.isInForce(on: Self.day))
            }
            // correct: the end moves, the product is renamed; the audit trail keeps both sides
            let corrected = try await store.amend(
                .correctPartnership(
                    nib: Self.presisi, partner: Self.partner, product: Self.product,
                    correction: PartnershipCorrection(product: "pelat stamping", endedOn: CivilDate(year: 2027, month: 1, day: 1)!)),
                actor: "cli:budi")
            #expect(corrected.after == "\(Self.partner), pelat stamping, since 2021-10-01, ended on 2027-01-01")
            let firm = try #require(try await sentra.loadEstate()?.tenant(Self.presisi))
            #expect(firm.partnerships.map(\.product).sorted() == ["mur baut", "pelat stamping", "rangka jok"])
            let entries = try await store.auditLog(AuditQuery(record: "tenant:\(Self.presisi.digits):partnership", limit: 10))
            #expect(entries.prefix(3).map(\.action) == ["correct partnership", "end partnership", "insert partnership"])
            let correction = try #require(entries.first)
            #expect(correction.actor == "cli:budi" && correction.estate == nil)
            #expect(correction.record == "tenant:\(Self.presisi.digits):partnership:\(Self.partner):\(Self.product)")
            #expect(correction.before?.contains("ended on 2026-12-01") == true)
            #expect(correction.after?.contains("pelat stamping, since 2021-10-01, ended on 2027-01-01") == true)
            // refused, nothing written: unknown names, nothing to change, already ended, an end
            // not after the start, a rename onto another of its partnerships
            let before = try await store.auditLog(limit: 1)
            let refusals: [EstateChange] = [
                .endPartnership(nib: Self.presisi, partner: Self.partner, product: Self.product, on: Self.day),
                .endPartnership(nib: Self.presisi, partner: Self.partner, product: "pelat stamping", on: Self.day),
                .correctPartnership(
                    nib: Self.presisi, partner: Self.partner, product: "pelat stamping",
                    correction: PartnershipCorrection(since: CivilDate(year: 2021, month: 10, day: 1)!)),
                .correctPartnership(
                    nib: Self.presisi, partner: Self.partner, product: "pelat stamping",
                    correction: PartnershipCorrection(partner: "PT Baja Cikarang (fiktif)", product: "mur baut")),
            ]
            for change in refusals {
                await #expect(throws: StoreError.self, "\(change)") { try await sentra.amend(change, actor: "cli:sari") }
            }
            await #expect(throws: InputError.self) {
                try await sentra.amend(
                    .correctPartnership(
                        nib: Self.presisi, partner: Self.partner, product: "pelat stamping",
                        correction: PartnershipCorrection(endedOn: CivilDate(year: 2021, month: 10, day: 1)!)),
                    actor: "cli:sari")
            }
            #expect(try await store.auditLog(limit: 1) == before)
        }
    }

    @Test("two officers in two estates end one partnership on different days: it ends once, on the winner's day", arguments: StoreKind.allCases)
    func twoEnds(kind: StoreKind) async throws {
        try await WriteRaceContractTests.acrossEstates(kind) { a, sentra in
            let early = EstateChange.endPartnership(nib: Self.presisi, partner: Self.partner, product: Self.product, on: Self.day)
            let late = EstateChange.endPartnership(
                nib: Self.presisi, partner: Self.partner, product: Self.product, on: Self.day.adding(days: 30))
            let outcome = await WriteRaceContractTests.race(
                { try await a.amend(early, actor: "officer-a") }, { try await sentra.amend(late, actor: "officer-b") })
            let loser = try #require(WriteRaceContractTests.oneWinner(outcome), "both or neither ended it")
            #expect(loser.category == .conflict)
            let winner = if case .success = outcome.0 { Self.day } else { Self.day.adding(days: 30) }
            #expect(try await Self.stored(a)?.endedOn == winner)
            let entries = try await a.auditLog(AuditQuery(record: "tenant:\(Self.presisi.digits):partnership", limit: 20))
            #expect(entries.filter { $0.action == "end partnership" }.count == 1)
        }
    }

    @Test("two corrections renaming two partnerships of one firm to the same partner and product: one is renamed", arguments: StoreKind.allCases)
    func twoRenames(kind: StoreKind) async throws {
        try await WriteRaceContractTests.eachRound(kind) { a, b in
            let same = PartnershipCorrection(partner: "PT Gabungan (fiktif)", product: "komponen")
            let first = EstateChange.correctPartnership(nib: Self.presisi, partner: Self.partner, product: Self.product, correction: same)
            let second = EstateChange.correctPartnership(
                nib: Self.presisi, partner: "PT Motor Dua Roda Bekasi Perkasa (fiktif)", product: "rangka jok", correction: same)
            let outcome = await WriteRaceContractTests.race(
                { try await a.amend(first, actor: "officer-a") }, { try await b.amend(second, actor: "officer-b") })
            let loser = try #require(WriteRaceContractTests.oneWinner(outcome), "both or neither renamed")
            #expect(loser.category == .conflict)
            let firm = try #require(try await a.loadEstate()?.tenant(Self.presisi))
            #expect(firm.partnerships.filter { $0.partner == "PT Gabungan (fiktif)" }.count == 1)
            #expect(firm.partnerships.count == 2)
        }
    }
}
