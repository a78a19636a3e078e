import EstateDomain
import EstateStore
import Testing

/// A store keeps the estate its own writes made instead of re-reading it; what it keeps must be
/// exactly what a reload gives, and another instance's write must be seen by the next check.
@Suite("Storage contract: the write cache")
struct SnapshotCacheContractTests {
    /// The estate's records, compared one kind at a time (Estate holds indexes, not Equatable).
    private static func expectSame(_ cached: Estate, _ loaded: Estate) {
        #expect(cached.name == loaded.name)
        #expect(cached.phases == loaded.phases)
        #expect(cached.plots == loaded.plots)
        #expect(cached.tenants == loaded.tenants)
        #expect(cached.leases == loaded.leases)
        #expect(cached.applications == loaded.applications)
        #expect(cached.ruleBook == loaded.ruleBook)
    }

    @Test("after every kind of write the cached estate equals a fresh read", arguments: StoreKind.allCases)
    func cachedEqualsReload(kind: StoreKind) async throws {
        try await kind.withTwoStores { writer, reader in
            // setup and act: each kind of write through `writer`, compared after each with `reader`
            _ = try await writer.write(EstateBatch(estate: seedEstate), actor: "seed")
            var batch = EstateBatch()
            let firm = try Tenant(
                nib: NIB(parsing: "9120999000013"), legalName: "CV Uji Coba", npwp: NPWP(parsing: "012345678901000"),
                kbli: [KBLI(parsing: "25920")])
            var declared = firm
            declared.declarations = [
                try Declaration(
                    fiscalYear: 2025, turnover: Rupiah(2_000_000_000), workers: 12, localWorkers: 8,
                    investment: Rupiah(900_000_000), declaredOn: referenceDate)
            ]
            batch.tenants = [Sourced(declared)]
            batch.plots = [Sourced(try Plot(code: "Z-09", phase: 2, area: Area(squareMetres: 120)))]
            batch.applications = [
                Sourced(
                    try Application(
                        nib: firm.nib, minArea: Area(squareMetres: 100), maxArea: Area(squareMetres: 200), phase: nil,
                        submittedOn: referenceDate.adding(days: -30)))
            ]
            let tenant = batch
            let writes: [@Sendable () async throws -> Void] = [
                { _ = try await writer.write(tenant, actor: "officer") },
                {
                    _ = try await writer.amend(
                        .reconfirm(nib: firm.nib, on: referenceDate.adding(days: -1)), actor: "officer")
                },
                {
                    let estate = try #require(try await writer.loadEstate())
                    let proposal = try Allocator(estate: estate).propose(policy: .optimal, asOf: referenceDate)
                    _ = try await writer.commit(AllocationCommit(signing: proposal, end: nil), actor: "admin")
                },
                {
                    _ = try await writer.amend(
                        .withdrawPlot(code: "Z-09", on: referenceDate.adding(days: 400)), actor: "admin")
                },
            ]
            for write in writes {
                try await write()
                // check
                let cached = try #require(try await writer.loadEstate())
                let loaded = try #require(try await reader.loadEstate())
                Self.expectSame(cached, loaded)
            }
        }
    }

    @Test("a write checks against another instance's earlier write", arguments: StoreKind.allCases)
    func otherInstanceSeen(kind: StoreKind) async throws {
        try await kind.withTwoStores { a, b in
            // setup: both instances have the estate cached
            _ = try await a.write(EstateBatch(estate: seedEstate), actor: "seed")
            _ = try await a.loadEstate()
            _ = try await b.loadEstate()
            let first = try WriteRaceContractTests.plotBatch("Z-01", squareMetres: 30)
            let second = try WriteRaceContractTests.plotBatch("Z-02", squareMetres: 30)
            // act
            _ = try await b.write(first, actor: "admin-b")
            // check: a's cache is older than the store, so a re-reads and sees the capacity taken
            await #expect {
                try await a.write(second, actor: "admin-a")
            } throws: { error in
                if case .inconsistent = error as? StoreError { true } else { false }
            }
            #expect(try #require(try await a.loadEstate()).plots.contains { $0.code == "Z-01" })
        }
    }
}
