import EstateDomain
import EstateOperations
import EstateStore
import EstateTestSupport
import Testing

/// A forum's partnership as the firm's partnership record (issue 18, item 5, migration 0032), on
/// both engines: recorded once, then refused naming the partnership already there (a 409 to
/// correct, never the database's text); its terms kept through a correction and an end; its
/// industry fixed by the meeting it followed; an outcome dated before the forum refused; an
/// unregistered industry named as the field.
@Suite("Storage contract: a forum's partnership is the firm's partnership record")
struct ForumPartnershipContractTests {
    static let industry = ForumOutcomeContractTests.industry
    static let baja = ForumOutcomeContractTests.baja

    @Test("recorded once with its terms, kept through corrections; refusals name the field", arguments: StoreKind.allCases)
    func partnership(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let need = try await ForumOutcomeContractTests.prepared(store)
            try await store.saveSchedule([ForumOutcomeContractTests.meeting(1, Self.baja, need: need)], forum: "F-1", actor: "o")
            let operations = EstateOperations(store: store)
            let recorded = try await operations.recordOutcome(try ForumOutcomeContractTests.outcome(kind: .partnership), actor: "o")
            #expect(recorded.outcome.id > 0 && !recorded.replayed)
            let stored = try #require(try await store.loadEstate()?.tenant(Self.baja)?.partnerships.first { $0.terms.forum == "F-1" })
            #expect(stored.terms == (try PartnershipTerms(industry: Self.industry, forum: "F-1", valuePerYear: Rupiah(600_000_000), jobs: 6, localJobs: 5)))
            #expect(stored.since == ForumOutcomeContractTests.day)
            // The same partnership again: refused naming the one there, nothing written.
            let version = try await store.version()
            await #expect {
                try await operations.recordOutcome(try ForumOutcomeContractTests.outcome(kind: .partnership), actor: "o")
            } throws: { error in
                if case .refused(let text, _) = error as? StoreError { text.contains("already has a partnership with \(stored.partner)") } else { false }
            }
            #expect(try await store.version() == version)
            // Before the forum's day: refused naming `on`.
            let early = try ForumOutcome(
                forum: "F-1", industry: Self.industry, nib: Self.baja, kind: .mou, on: try CivilDate(parsing: "2027-03-09", field: "d"))
            await #expect { try await operations.recordOutcome(early, actor: "o") } throws: { ($0 as? InputError)?.field == "on" }
            // Its terms survive a correction of the value and an end; its industry is the meeting's.
            let corrected = try await operations.amend(
                .correctPartnership(
                    nib: Self.baja, partner: stored.partner, product: stored.product,
                    correction: PartnershipCorrection(valuePerYear: Rupiah(650_000_000))), actor: "o")
            #expect(corrected.after.contains("Rp650") || corrected.after.contains("650"), "\(corrected.after)")
            _ = try await operations.amend(
                .endPartnership(nib: Self.baja, partner: stored.partner, product: stored.product, on: try CivilDate(parsing: "2029-01-01", field: "d")),
                actor: "o")
            let after = try #require(try await store.loadEstate()?.tenant(Self.baja)?.partnerships.first { $0.terms.forum == "F-1" })
            #expect(after.terms.valuePerYear == Rupiah(650_000_000) && after.terms.jobs == 6 && after.endedOn != nil)
            await #expect {
                try await operations.amend(
                    .correctPartnership(
                        nib: Self.baja, partner: stored.partner, product: stored.product,
                        correction: PartnershipCorrection(industry: try NIB(parsing: "9120838829624"))), actor: "o")
            } throws: { ($0 as? InputError)?.field == "industry" }
            // A free-text partnership linked to an unregistered industry: the field is named.
            let free = try #require(try await store.loadEstate()?.tenant(Self.baja)?.partnerships.first { $0.terms.forum == nil })
            await #expect {
                try await operations.amend(
                    .correctPartnership(
                        nib: Self.baja, partner: free.partner, product: free.product,
                        correction: PartnershipCorrection(industry: try NIB(parsing: "9130100000999"))), actor: "o")
            } throws: { ($0 as? InputError)?.field == "industry" }
            // An import naming a forum whose saved meetings lack the pair: `forum`, with its line.
            let csv = "nib,partner,product,since,industry,forum\n9120838829624,PT Sinar,mur,2027-03-12,\(Self.industry),F-1\n"
            await #expect {
                try await operations.importFile(.partnerships, named: "p.csv", text: csv, actor: "o", dryRun: false)
            } throws: { ($0 as? InputError)?.field == "forum" && "\($0)".contains("line") }
            // Listed among the outcomes as a partnership record.
            #expect(try await operations.forumOutcomes(forum: "F-1").map(\.kind) == [.partnership])
        }
    }
}
