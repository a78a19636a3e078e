import EstateDomain
import EstateStore
import Testing

/// Correcting a firm's record (issue 15), on both engines: the record changes for every estate,
/// the audit trail keeps it before and after, and a correction changing nothing or naming an
/// unknown firm is refused with nothing written.
@Suite("Storage contract: correcting a firm")
struct TenantCorrectionContractTests {
    static let anugerah = try! NIB(parsing: "9120477303879")

    @Test("a correction made through one estate is the firm's in every estate, with before and after in the audit trail", arguments: StoreKind.allCases)
    func correction(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let second = try await store.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Sentra Uji"), actor: "cli:seed")
            let sentra = store.scoped(to: second)
            _ = try await sentra.loadEstate()
            let kbli = [try KBLI(parsing: "25920"), try KBLI(parsing: "25111")]
            let outcome = try await sentra.amend(
                .updateTenant(nib: Self.anugerah, name: "PT Anugerah Bubut Cikarang Jaya", npwp: nil, kbli: kbli),
                actor: "cli:sari")
            #expect(outcome.before.hasPrefix("PT Anugerah Bubut Cikarang, NPWP"))
            #expect(outcome.after.hasPrefix("PT Anugerah Bubut Cikarang Jaya, NPWP") && outcome.after.hasSuffix("KBLI 25920;25111"))
            for estate in [try await store.loadEstate(), try await sentra.loadEstate()] {
                let firm = try #require(estate?.tenant(Self.anugerah))
                #expect(firm.legalName == "PT Anugerah Bubut Cikarang Jaya" && firm.kbli == kbli)
                #expect(firm.declarations.count == 2, "its declarations are kept")
            }
            let entry = try #require(try await store.auditLog(AuditQuery(record: "tenant:\(Self.anugerah.digits)", limit: 1)).first)
            #expect(entry.action == "update tenant" && entry.actor == "cli:sari" && entry.estate == nil)
            #expect(entry.before?.contains("PT Anugerah Bubut Cikarang,") == true)
            #expect(entry.after?.contains("Cikarang Jaya") == true)
            // Nothing to change, an unknown firm, a bad name: refused, nothing written.
            let before = try await store.auditLog(limit: 1)
            await #expect(throws: StoreError.self) {
                try await store.amend(
                    .updateTenant(nib: Self.anugerah, name: "PT Anugerah Bubut Cikarang Jaya", npwp: nil, kbli: nil),
                    actor: "cli:sari")
            }
            await #expect(throws: StoreError.self) {
                try await store.amend(.updateTenant(nib: try NIB(parsing: "9120000000999"), name: "X", npwp: nil, kbli: nil), actor: "cli:sari")
            }
            await #expect(throws: InputError.self) {
                try await store.amend(.updateTenant(nib: Self.anugerah, name: "  ", npwp: nil, kbli: nil), actor: "cli:sari")
            }
            #expect(try await store.auditLog(limit: 1) == before)
            // The address and contact: set, kept by a correction of another field, audited.
            let reached = try await store.amend(
                .updateTenant(
                    nib: Self.anugerah, name: nil, npwp: nil, kbli: nil, address: "Jl. Industri Raya No. 5, Cikarang Barat",
                    contact: "Bu Sari, 0812-3456-7890"),
                actor: "cli:sari")
            #expect(reached.after.hasSuffix(", address Jl. Industri Raya No. 5, Cikarang Barat, contact Bu Sari, 0812-3456-7890"))
            _ = try await sentra.amend(.updateTenant(nib: Self.anugerah, name: "PT Anugerah Bubut", npwp: nil, kbli: nil), actor: "cli:sari")
            let firm = try #require(try await store.loadEstate()?.tenant(Self.anugerah))
            #expect(firm.contact == (try TenantContact(address: "Jl. Industri Raya No. 5, Cikarang Barat", contact: "Bu Sari, 0812-3456-7890")))
            await #expect(throws: InputError.self) {
                try await store.amend(
                    .updateTenant(nib: Self.anugerah, name: nil, npwp: nil, kbli: nil, address: String(repeating: "a", count: 301)),
                    actor: "cli:sari")
            }
        }
    }
}
