import EstateDomain
import EstateInterchange
import EstateStore
import Testing

/// CSV imports into either store: broken files are refused with their lines, and nothing is written.
@Suite("CSV import into a store")
struct ImportContractTests {
    /// A broken file, the line its error must name, and what is wrong.
    static let brokenFiles: [(kind: RecordKind, text: String, line: Int, field: String)] = [
        (.plots, "kode,tahap\nZ-01,1\n", 1, "area_m2"),
        (
            .tenants,
            "nib,name,npwp,kbli,fiscal_year,turnover,workers,local_workers,investment\n"
                + "9120000000001,CV Baru,012345678431000,25111,2025,1 M,12,6,1 M\n"
                + "912000000002,CV Salah,012345678431000,25111,2025,1 M,12,6,1 M\n", 3, "nib"
        ),
        (.plots, "code,phase,area_m2\nZ-01,1,250\nZ-02,1,-40\n", 3, "area_m2"),
        (
            .tenants,
            "nib,nama_perusahaan,npwp,kbli,tahun,omzet,jumlah_pekerja,pekerja_lokal,investasi\n"
                + "9120000000001,CV Baru,012345678431000,25111,2025,lima miliar,12,6,1 M\n", 2, "turnover"
        ),
    ]

    @Test("a broken file names its line and column", arguments: 0..<brokenFiles.count)
    func brokenFile(index: Int) {
        let broken = Self.brokenFiles[index]
        #expect {
            try CSVImport.batch(broken.kind, file: "upload.csv", text: broken.text)
        } throws: { error in
            guard let rows = error as? RowErrors else { return false }
            return rows.errors.contains { $0.line == broken.line && $0.error.field == broken.field }
        }
    }

    @Test("a duplicate plot code, in the file or in the store, writes nothing", arguments: StoreKind.allCases)
    func duplicatePlotCode(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let inFile = try CSVImport.batch(
                .plots, file: "plots.csv", text: "code,phase,area_m2\nZ-01,1,10\nZ-01,1,10\n")
            let inStore = try CSVImport.batch(
                .plots, file: "plots.csv", text: "code,phase,area_m2\nZ-02,1,10\nA-01,1,999\n")
            // act / check
            for (batch, origin) in [(inFile, "plots.csv line 3"), (inStore, "plots.csv line 3")] {
                await #expect {
                    try await store.write(batch, actor: "test")
                } throws: { error in
                    guard case .many(let errors) = error as? StoreError else { return false }
                    return errors.contains { if case .exists(_, _, origin, _) = $0 { true } else { false } }
                }
            }
            let codes = try #require(try await store.loadEstate()).plots.map(\.code)
            #expect(!codes.contains("Z-01") && !codes.contains("Z-02"))
        }
    }

    @Test(
        "an import that would break an invariant the database cannot express writes nothing",
        arguments: StoreKind.allCases)
    func invariantsBeyondTheDatabase(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let overCapacity = try CSVImport.batch(.plots, file: "plots.csv", text: "code,phase,area_m2\nZ-01,1,200\n")
            let afterWithdrawal = try CSVImport.batch(
                .leases, file: "leases.csv", text: "plot,nib,start,end\nA-12,9120983690060,2026-01-01,2027-01-01\n")
            let unknownPhase = try CSVImport.batch(
                .applications, file: "applications.csv",
                text: "nib,min_area_m2,max_area_m2,phase,submitted_on\n9120983690060,100,200,9,2026-11-01\n")
            // act / check
            await #expect {
                try await store.write(overCapacity, actor: "test")
            } throws: { error in
                guard case .inconsistent(let problems) = error as? StoreError else { return false }
                return problems.contains { $0.hasPrefix("phase 1: plots add up to") }
            }
            await #expect {
                try await store.write(afterWithdrawal, actor: "test")
            } throws: { error in
                guard case .inconsistent(let problems) = error as? StoreError else { return false }
                return problems.contains { $0.contains("when plot A-12 was withdrawn") }
            }
            await #expect(throws: StoreError.self) { try await store.write(unknownPhase, actor: "test") }
            let after = try #require(try await store.loadEstate())
            #expect(after.plots.count == seedEstate.plots.count)
            #expect(after.leases.count == seedEstate.leases.count)
            #expect(after.applications.count == seedEstate.applications.count)
        }
    }

    @Test(
        "two rows of one file leasing the same plot: refused, naming the first row's tenant",
        arguments: StoreKind.allCases)
    func overlapWithinFile(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let batch = try CSVImport.batch(
                .leases, file: "leases.csv",
                text:
                    "plot,nib,start,end\nA-04,9120983690060,2026-01-01,2027-01-01\nA-04,9120649240100,2026-06-01,2027-06-01\n"
            )
            // act / check
            await #expect {
                try await store.write(batch, actor: "test")
            } throws: { error in
                guard case .many(let errors) = error as? StoreError else { return false }
                return errors == [
                    .plotAlreadyLeased(
                        plot: "A-04", tenant: "CV Baja Mandiri Sentosa",
                        from: try CivilDate(parsing: "2026-01-01", field: "d"),
                        until: try CivilDate(parsing: "2027-01-01", field: "d"))
                ]
            }
            #expect(try await store.loadEstate()?.leases.count == seedEstate.leases.count)
        }
    }

    @Test("an export imports back unchanged, and a dry run writes nothing", arguments: StoreKind.allCases)
    func exportRoundTrip(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let estate = try #require(try await store.loadEstate())
            // act / check
            for kind in RecordKind.allCases {
                let batch = try CSVImport.batch(kind, file: "\(kind).csv", text: CSVExport.text(kind, estate: estate))
                let summary = try await store.write(batch, actor: "test")
                #expect(summary.totalInserted == 0, "\(kind) export did not import back unchanged")
            }
            let fresh = try CSVImport.batch(.plots, file: "plots.csv", text: "code,phase,area_m2\nZ-09,1,10\n")
            #expect(try await store.write(fresh, actor: "test", dryRun: true).inserted["plot"] == 1)
            #expect(try await store.loadEstate()?.plots.contains { $0.code == "Z-09" } == false)
        }
    }
}
