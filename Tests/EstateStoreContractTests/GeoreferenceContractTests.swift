import EstateDomain
import EstateStore
import EstateTestSupport
import Testing

/// Estates' georeferences (issue 18, item 6) on both engines: none until set, each estate its
/// own, replaced whole, kept exactly to the ten-millionth of a degree, audited.
@Suite("Storage contract: georeferences")
struct GeoreferenceContractTests {
    @Test("none until set; set, replaced and read back exactly, estate by estate", arguments: StoreKind.allCases)
    func setAndReplace(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let sentra = try await store.addEstate(try NewEstate(code: "SENTRA-SETU", name: "Sentra IKM Logam Setu"), actor: "test")
            #expect(try await store.georeference() == nil)
            let first = try Georeference(longitude: "107.1391", latitude: "-6.2987", rotation: "12.5")
            let moved = try Georeference(longitude: "-179.9999999", latitude: "84.9999999", rotation: "-359.999")
            try await store.setGeoreference(first, actor: "officer")
            #expect(try await store.georeference() == first)
            #expect(try await store.scoped(to: sentra).georeference() == nil)
            try await store.setGeoreference(moved, actor: "officer")
            #expect(try await store.georeference() == moved)
            try await store.scoped(to: sentra).setGeoreference(first, actor: "officer")
            let (sentraNow, defaultNow) = (try await store.scoped(to: sentra).georeference(), try await store.georeference())
            #expect(sentraNow == first && defaultNow == moved)
            #expect(try await store.auditLog(limit: 10).filter { $0.action == "set georeference" }.count == 3)
        }
    }
}
