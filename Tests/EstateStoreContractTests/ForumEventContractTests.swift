import EstateDomain
import EstateStore
import EstateTestSupport
import Testing

/// The forum's events (issue 18, item 4) on both engines: one forum per code, invitations sorted
/// into large industries and IKM firms by the registry that holds each NIB, an unknown NIB refusing
/// the whole invitation with nothing written, and a second invitation of one firm changing nothing;
/// two officers inviting one firm at once leave one invitation.
@Suite("Storage contract: business forum events")
struct ForumEventContractTests {
    static let day = try! CivilDate(parsing: "2027-03-10", field: "d")
    static let baja = try! NIB(parsing: "9120983690060")
    static let mur = try! NIB(parsing: "9120838829624")

    static func forum(_ code: String = "FORUM-2027-03") throws -> ForumEvent {
        try ForumEvent(code: code, heldOn: day, venue: "Aula Dinas Perindustrian, Cikarang Pusat")
    }

    @Test("added once, invitations sorted by registry, an unknown NIB refuses all, a repeat changes nothing", arguments: StoreKind.allCases)
    func invitations(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            try await store.addIndustry(try ForumContractTests.industry(), actor: "officer")
            try await store.addForum(try Self.forum(), actor: "officer")
            await #expect(throws: StoreError.self) { try await store.addForum(try Self.forum(), actor: "officer") }
            let industry = ForumContractTests.industryNIB
            let unknown = try NIB(parsing: "9120000000025")
            await #expect(throws: StoreError.self) { try await store.invite([Self.baja, unknown], to: "FORUM-2027-03", actor: "o") }
            #expect(try await store.forums().first?.firms == [], "the refused invitation wrote its first NIB")
            await #expect(throws: StoreError.self) { try await store.invite([Self.baja], to: "FORUM-2099-01", actor: "o") }
            let invited = try await store.invite([Self.mur, industry, Self.baja], to: "FORUM-2027-03", actor: "officer")
            #expect(invited.industries == [industry] && invited.firms == [Self.mur, Self.baja].sorted())
            let again = try await store.invite([Self.baja], to: "FORUM-2027-03", actor: "officer")
            #expect(again == invited)
            try await store.addForum(try Self.forum("FORUM-2026-11"), actor: "officer")
            let listed = try await store.forums()
            #expect(listed.map(\.code) == ["FORUM-2026-11", "FORUM-2027-03"].sorted() && listed.count == 2)
            // The repeat changed nothing, so only the first invitation is in the audit trail.
            #expect(try await store.auditLog(limit: 10).map(\.action).filter { $0 == "invite to forum" }.count == 1)
        }
    }

    @Test("two officers inviting one firm at once: both succeed, one invitation", arguments: StoreKind.allCases)
    func racingInvitations(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                try await a.addForum(try Self.forum(), actor: "officer")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.invite([Self.baja], to: "FORUM-2027-03", actor: "officer-a") },
                    { try await b.invite([Self.baja, Self.mur], to: "FORUM-2027-03", actor: "officer-b") })
                guard case .success = outcome.0, case .success = outcome.1 else { Issue.record("round \(round): \(outcome)"); return }
                #expect(try await a.forums().first?.firms == [Self.mur, Self.baja].sorted())
            }
        }
    }
}
