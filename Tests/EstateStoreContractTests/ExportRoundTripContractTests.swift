import EstateDomain
import EstateInterchange
import EstateOperations
import EstateStore
import Testing

/// Nothing is lost by export (issue 15: `estate export tenants` dropped every firm without a
/// declaration): export → import into an empty store → export is identical, for every kind, on
/// both engines, with a firm not yet declared, applications closed in each way, an ended partnership and a corrected declaration.
@Suite("Storage contract: export and import round trip")
struct ExportRoundTripContractTests {
    @Test("export → import into an empty store → export gives the same files, every kind", arguments: StoreKind.allCases)
    func roundTrip(kind: StoreKind) async throws {
        try await kind.withStore { source in
            _ = try await source.write(EstateBatch(estate: seedEstate), actor: "seed")
            var firm = EstateBatch()
            firm.tenants = [
                Sourced(
                    try Tenant(
                        nib: try NIB(parsing: "9120000000888"), legalName: "CV Belum Lapor, Tbk \"Baru\"",
                        npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25111")],
                        contact: try TenantContact(address: "Jl. Industri, Blok \"C\" No. 5", contact: "Bu Sari; 0812-3456")))
            ]
            _ = try await source.write(firm, actor: "officer")
            _ = try await source.amend(
                .withdrawApplication(
                    nib: try NIB(parsing: "9120477303879"), submitted: nil, on: referenceDate, reason: "pindah, ke Karawang"),
                actor: "officer")
            _ = try await source.amend(
                .refuseApplication(nib: try NIB(parsing: "9120622297511"), submitted: nil, on: referenceDate), actor: "officer")
            _ = try await source.amend(
                .endPartnership(
                    nib: try NIB(parsing: "9120510758287"), partner: "PT Otomotif Nusantara Jaya (fiktif)",
                    product: "pelat stamping bodi", on: referenceDate),
                actor: "officer")
            _ = try await source.amend(
                .correctDeclaration(
                    nib: try NIB(parsing: "9120983690060"),
                    figures: try Declaration(
                        fiscalYear: 2025, turnover: Rupiah(49_000_000_000), workers: 14, localWorkers: 10,
                        investment: Rupiah(3_400_000_000)),
                    correction: try DeclarationCorrection(reason: "omzet, salah \"ketik\"", on: referenceDate)),
                actor: "officer")
            let original = try #require(try await source.loadEstate())
            #expect(original.tenants.contains { $0.declarations.contains { $0.version == 2 } }, "setup: a corrected declaration")
            #expect(original.tenants.contains { $0.partnerships.contains { $0.endedOn != nil } }, "setup: an ended partnership")
            #expect(original.tenants.contains { $0.declarations.isEmpty }, "setup: a firm without declarations")
            let files = RecordKind.allCases.map { ($0, CSVExport.text($0, estate: original)) }
            try await kind.withStore { target in
                // What no CSV file carries: the estate, its phases and the rule book.
                var frame = EstateBatch()
                frame.estateName = original.name
                frame.estateRegency = original.regency
                frame.phases = original.phases
                frame.ruleSets = original.ruleBook.library
                _ = try await target.write(frame, actor: "setup")
                let operations = EstateOperations(store: target)
                for kind in [RecordKind.tenants, .plots, .applications, .leases, .partnerships] {
                    let text = try #require(files.first { $0.0 == kind }?.1)
                    _ = try await operations.importFile(kind, named: "\(kind.rawValue).csv", text: text, actor: "import", dryRun: false)
                }
                let copy = try #require(try await target.loadEstate())
                for (kind, text) in files {
                    #expect(CSVExport.text(kind, estate: copy) == text, "\(kind.rawValue) differs after the round trip")
                }
                #expect(copy.tenants.count == original.tenants.count)
            }
        }
    }
}
