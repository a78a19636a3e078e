import EstateDomain
import EstateOperations
import EstateStore
import EstateTestSupport
import Testing

/// A forum's saved meetings and their outcomes (issue 18, item 5) on both engines: an outcome
/// only of a saved meeting, a schedule saved again only while it has none (also when the two
/// race), and the keys holding a schedule's rules whatever the code sends.
@Suite("Storage contract: forum outcomes")
struct ForumOutcomeContractTests {
    static let day = try! CivilDate(parsing: "2027-03-10", field: "d")
    static let industry = ForumContractTests.industryNIB
    static let baja = ForumContractTests.baja
    static let mur = try! NIB(parsing: "9120838829624")

    static func prepared(_ store: any StoreService) async throws -> Int64 {
        _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
        try await store.addIndustry(try ForumContractTests.industry(), actor: "officer")
        let need = try await store.addNeed(try ForumContractTests.need(), actor: "officer")
        try await store.addForum(try ForumEvent(code: "F-1", heldOn: day, venue: "Aula", industries: [industry]), actor: "officer")
        return need.id
    }

    static func meeting(_ slot: Int, _ nib: NIB, need: Int64) -> SavedMeeting {
        SavedMeeting(forum: "F-1", slot: slot, industry: industry, nib: nib, score: 80, need: need)
    }

    static func outcome(_ nib: NIB = baja, kind: ForumOutcome.Kind = .purchaseOrder) throws -> ForumOutcome {
        kind == .partnership
            ? try ForumOutcome(
                forum: "F-1", industry: industry, nib: nib, kind: .partnership, on: day, value: Rupiah(600_000_000), jobs: 6,
                localJobs: 5)
            : try ForumOutcome(forum: "F-1", industry: industry, nib: nib, kind: kind, on: day, value: Rupiah(150_000_000))
    }

    @Test("an outcome only of a saved meeting; saved again only while it has none; the keys hold the rules", arguments: StoreKind.allCases)
    func lifeCycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let need = try await Self.prepared(store)
            await #expect(throws: StoreError.self) { try await store.recordOutcome(try Self.outcome(), actor: "o") }
            try await store.saveSchedule([Self.meeting(1, Self.baja, need: need), Self.meeting(2, Self.mur, need: need)], forum: "F-1", actor: "o")
            // The same table twice in one slot, or one pair twice: the keys refuse it.
            await #expect(throws: StoreError.self) {
                try await store.saveSchedule([Self.meeting(1, Self.baja, need: need), Self.meeting(1, Self.mur, need: need)], forum: "F-1", actor: "o")
            }
            await #expect(throws: StoreError.self) {
                try await store.saveSchedule([Self.meeting(1, Self.baja, need: need), Self.meeting(2, Self.baja, need: need)], forum: "F-1", actor: "o")
            }
            #expect(try await store.meetings(forum: "F-1").count == 2, "a refused save removed the saved meetings")
            let recorded = try await store.recordOutcome(try Self.outcome(), actor: "o")
            let stored = try await store.outcomes()
            #expect(recorded.id > 0 && stored == [recorded])
            await #expect { try await store.saveSchedule([], forum: "F-1", actor: "o") } throws: { error in
                if case .refused(let text, _) = error as? StoreError { text.contains("1 outcomes") } else { false }
            }
            await #expect(throws: StoreError.self) { try await store.saveSchedule([], forum: "F-9", actor: "o") }
            #expect(try await store.meetings(forum: nil).count == 2)
        }
    }

    /// The partnership, since migration 0032 a row of the firm's partnerships, races as an order does.
    @Test(
        "a schedule saved again while an outcome is recorded: never an outcome without its meeting",
        arguments: StoreKind.allCases, [ForumOutcome.Kind.purchaseOrder, .partnership])
    func racingSaveAndOutcome(kind: StoreKind, outcomeKind: ForumOutcome.Kind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                let need = try await Self.prepared(a)
                try await a.saveSchedule([Self.meeting(1, Self.baja, need: need)], forum: "F-1", actor: "o")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.saveSchedule([Self.meeting(1, Self.mur, need: need)], forum: "F-1", actor: "officer-a") },
                    { try await b.recordOutcome(try Self.outcome(kind: outcomeKind), actor: "officer-b") })
                let meetings = try await a.meetings(forum: "F-1").map(\.nib)
                let outcomes = try await a.outcomes()
                switch outcome {
                case (.success, .failure):
                    #expect(meetings == [Self.mur] && outcomes.isEmpty, "round \(round)")
                case (.failure, .success):
                    #expect(meetings == [Self.baja] && outcomes.map(\.kind) == [outcomeKind], "round \(round)")
                default:
                    Issue.record("round \(round): both or neither: \(outcome)")
                }
            }
        }
    }
}
