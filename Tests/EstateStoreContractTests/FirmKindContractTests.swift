import EstateDomain
import EstateOperations
import EstateStore
import EstateTestSupport
import Testing

/// A NIB is an IKM firm's or a large industry's, never both (migration 0034), on both engines:
/// each way round the second is refused with a message, not the database's text, whether it
/// comes through the use case (which names the fix) or straight to the store (the triggers);
/// and an IKM firm and a large industry registered with one NIB at the same moment are never
/// both written.
@Suite("Storage contract: a NIB is one kind of firm")
struct FirmKindContractTests {
    static func firm(_ nib: NIB) throws -> Tenant {
        try Tenant(
            nib: nib, legalName: "CV Dua Muka", npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25920")])
    }

    static func industry(_ nib: NIB) throws -> LargeIndustry {
        try LargeIndustry(
            nib: nib, name: "PT Dua Muka", kbli: [try KBLI(parsing: "29100")], location: "Cikarang", regency: "Kabupaten Bekasi")
    }

    static func batch(_ tenant: Tenant) -> EstateBatch {
        var batch = EstateBatch()
        batch.tenants = [Sourced(tenant, origin: "nib \(tenant.nib)")]
        return batch
    }

    @Test("each way round the second is refused, through the use case and straight to the store", arguments: StoreKind.allCases)
    func refused(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            let operations = EstateOperations(store: store)
            let first = try NIB(parsing: "9120000000301")
            try await store.addIndustry(try Self.industry(first), actor: "o")
            await #expect { try await operations.addTenant(try Self.firm(first), actor: "o") } throws: { error in
                if case .refused(let text, _) = error as? StoreError { text.contains("is a registered large industry") } else { false }
            }
            // Past the use case, the trigger refuses it: a store error, never the driver's.
            await #expect(throws: StoreError.self) { try await store.write(Self.batch(try Self.firm(first)), actor: "o") }
            let second = try NIB(parsing: "9120000000302")
            _ = try await store.write(Self.batch(try Self.firm(second)), actor: "o")
            await #expect(throws: StoreError.self) { try await store.addIndustry(try Self.industry(second), actor: "o") }
            #expect(try await store.loadEstate()?.tenant(first) == nil)
            #expect(try await store.forumRegister().industries.map(\.nib) == [first])
        }
    }

    @Test("an IKM firm and a large industry registered with one NIB at once: never both", arguments: StoreKind.allCases)
    func racing(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "seed")
                let nib = try NIB(parsing: "91200000004\(10 + round)")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.addIndustry(try Self.industry(nib), actor: "officer-a") },
                    { try await b.write(Self.batch(try Self.firm(nib)), actor: "officer-b") })
                let isIndustry = try await a.forumRegister().industries.contains { $0.nib == nib }
                let isFirm = try await a.loadEstate()?.tenant(nib) != nil
                #expect(isIndustry != isFirm, "round \(round): industry \(isIndustry), firm \(isFirm)")
                switch outcome {
                case (.success, .failure(let error)), (.failure(let error), .success):
                    // Refused as the other kind of firm, never for another reason.
                    #expect(error is StoreError && "\(error)".contains("firm"), "round \(round): \(error)")
                default:
                    Issue.record("round \(round): both or neither: \(outcome)")
                }
            }
        }
    }
}
