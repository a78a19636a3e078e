import EstateDomain
import EstateOperations
import EstateStore
import EstateTestSupport
import Testing

/// An outcome's own number (migration 0033) on both engines: recorded once; the same reference
/// with the same values again (letter case aside) is recognised and writes nothing; with other
/// values it is refused; two officers recording one order at the same moment store it once (the
/// unique index holds it) and both are answered: one wrote it, the other is told it is there.
@Suite("Storage contract: an outcome's reference")
struct ForumOutcomeReferenceContractTests {
    static func order(_ reference: String, value: Int64 = 150_000_000, nib: NIB = ForumOutcomeContractTests.baja) throws -> ForumOutcome {
        try ForumOutcome(
            forum: "F-1", industry: ForumOutcomeContractTests.industry, nib: nib, kind: .purchaseOrder,
            on: ForumOutcomeContractTests.day, value: Rupiah(value), reference: reference)
    }

    static func prepared(_ store: any StoreService) async throws {
        let need = try await ForumOutcomeContractTests.prepared(store)
        try await store.saveSchedule(
            [
                ForumOutcomeContractTests.meeting(1, ForumOutcomeContractTests.baja, need: need),
                ForumOutcomeContractTests.meeting(2, ForumOutcomeContractTests.mur, need: need),
            ], forum: "F-1", actor: "o")
    }

    @Test("recorded once; again with the same values nothing is written; with others it is refused", arguments: StoreKind.allCases)
    func once(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepared(store)
            let operations = EstateOperations(store: store)
            let first = try await operations.recordOutcome(try Self.order("PO/ONJ/2027/0001"), actor: "o")
            #expect(!first.replayed && first.outcome.reference == "PO/ONJ/2027/0001")
            let version = try await store.version()
            let again = try await operations.recordOutcome(try Self.order("PO/ONJ/2027/0001"), actor: "o")
            #expect(again.replayed && again.outcome.id == first.outcome.id)
            await #expect(throws: StoreError.self) {
                try await operations.recordOutcome(try Self.order("PO/ONJ/2027/0001", value: 150_000_001), actor: "o")
            }
            await #expect(throws: StoreError.self) {
                try await operations.recordOutcome(try Self.order("PO/ONJ/2027/0001", nib: ForumOutcomeContractTests.mur), actor: "o")
            }
            #expect(try await operations.recordOutcome(try Self.order("po/onj/2027/0001"), actor: "o").replayed, "letter case aside")
            await #expect(throws: StoreError.self) {
                try await operations.recordOutcome(try Self.order("po/onj/2027/0001", value: 1), actor: "o")
            }
            #expect(try await store.version() == version, "a retry or a refusal wrote something")
            // Another kind may carry the same number; no reference at all is never a retry.
            let mou = try ForumOutcome(
                forum: "F-1", industry: ForumOutcomeContractTests.industry, nib: ForumOutcomeContractTests.baja, kind: .mou,
                on: ForumOutcomeContractTests.day, reference: "PO/ONJ/2027/0001")
            #expect(!(try await operations.recordOutcome(mou, actor: "o")).replayed)
            let plain = try ForumOutcomeContractTests.outcome()
            _ = try await operations.recordOutcome(plain, actor: "o")
            _ = try await operations.recordOutcome(plain, actor: "o")
            #expect(try await store.outcomes().count == 4)
            #expect(throws: InputError.self) {
                try ForumOutcome(
                    forum: "F-1", industry: ForumOutcomeContractTests.industry, nib: ForumOutcomeContractTests.baja, kind: .partnership,
                    on: ForumOutcomeContractTests.day, reference: "X")
            }
        }
    }

    @Test("two officers record one order at once: it is stored once", arguments: StoreKind.allCases)
    func racing(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                try await Self.prepared(a)
                let order = try Self.order("PO-RACE-\(round)")
                let outcome = await WriteRaceContractTests.race(
                    { try await EstateOperations(store: a).recordOutcome(order, actor: "officer-a") },
                    { try await EstateOperations(store: b).recordOutcome(order, actor: "officer-b") })
                let stored = try await a.outcomes().filter { $0.reference == "PO-RACE-\(round)" }
                #expect(stored.count == 1, "round \(round): \(stored.count) rows")
                // One writes it; the other, refused by the index or arriving second, is told it is there.
                guard case (.success(let x), .success(let y)) = outcome else {
                    Issue.record("round \(round): a writer was refused: \(outcome)")
                    return
                }
                #expect(x.replayed != y.replayed && x.outcome.id == y.outcome.id, "round \(round)")
            }
        }
    }
}
