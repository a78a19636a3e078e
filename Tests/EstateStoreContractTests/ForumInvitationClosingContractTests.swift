import EstateDomain
import EstateOperations
import EstateStore
import EstateTestSupport
import Testing

/// A forum with outcomes takes no new invitation (its schedule is kept, so a firm invited then
/// would meet nobody), on both engines; inviting again a firm already invited stays a no-op.
/// Raced with an outcome, the invitation is either made (as if just before the outcome) or
/// refused, and the outcome is recorded either way.
@Suite("Storage contract: a forum's invitations close with its first outcome")
struct ForumInvitationClosingContractTests {
    typealias Outcomes = ForumOutcomeContractTests
    static let newcomer = try! NIB(parsing: "9120510758287")

    @Test("a new invitation refused once an outcome is recorded; a repeat changes nothing", arguments: StoreKind.allCases)
    func closed(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let need = try await Outcomes.prepared(store)
            try await store.saveSchedule([Outcomes.meeting(1, Outcomes.baja, need: need)], forum: "F-1", actor: "o")
            // Before any outcome, an invitation is still taken.
            #expect(try await store.invite([Outcomes.mur], to: "F-1", actor: "o").firms == [Outcomes.mur])
            _ = try await store.recordOutcome(try Outcomes.outcome(), actor: "o")
            await #expect {
                try await store.invite([Outcomes.mur, Self.newcomer], to: "F-1", actor: "o")
            } throws: { error in
                guard case .refused(let text, let indonesian?) = error as? StoreError else { return false }
                return text.contains("9120510758287") && !text.contains("9120838829624") && indonesian.contains("tidak dapat diundang")
            }
            let again = try await store.invite([Outcomes.mur, Outcomes.industry], to: "F-1", actor: "o")
            #expect(again.firms == [Outcomes.mur] && again.industries == [Outcomes.industry], "a repeat is a no-op")
        }
    }

    @Test("an invitation raced with the first outcome: made or refused, the outcome recorded either way", arguments: StoreKind.allCases)
    func racing(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                let need = try await Outcomes.prepared(a)
                try await a.saveSchedule([Outcomes.meeting(1, Outcomes.baja, need: need)], forum: "F-1", actor: "o")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.invite([Self.newcomer], to: "F-1", actor: "officer-a") },
                    { try await b.recordOutcome(try Outcomes.outcome(), actor: "officer-b") })
                let invited = try await a.forums().first { $0.code == "F-1" }?.firms ?? []
                #expect(try await a.outcomes().count == 1, "round \(round): the outcome is recorded")
                switch outcome.0 {
                case .success: #expect(invited == [Self.newcomer], "round \(round)")
                case .failure(let error):
                    guard case .refused = error as? StoreError else {
                        Issue.record("round \(round): the invitation failed otherwise: \(error)")
                        return
                    }
                    #expect(invited.isEmpty, "round \(round)")
                }
                if case .failure(let error) = outcome.1 { Issue.record("round \(round): the outcome failed: \(error)") }
            }
        }
    }
}
