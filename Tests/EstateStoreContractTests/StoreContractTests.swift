import EstateDomain
import EstateSQL
import EstateStore
import Testing

/// The storage contract: the same tests against the embedded SQLite store and a real PostgreSQL.
@Suite("Storage contract")
struct StoreContractTests {
    @Test("migrations are recorded with their checksum and applied once", arguments: StoreKind.allCases)
    func migrations(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // act
            let again = try await store.migrate()
            let applied = try await store.appliedMigrations()
            // check
            #expect(again.isEmpty)
            let files = try BundledMigrations.files(kind == .sqlite ? .sqlite : .postgres)
            #expect(applied.map(\.version) == files.map(\.version))
            #expect(applied.map(\.checksum) == files.map(\.checksum))
        }
    }

    @Test("the seed cluster round-trips exactly", arguments: StoreKind.allCases)
    func roundTrip(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            #expect(try await store.loadEstate() == nil)
            // act
            let summary = try await store.write(EstateBatch(estate: seedEstate, origin: "seeds"), actor: "test")
            let loaded = try #require(try await store.loadEstate())
            // check
            #expect(summary.inserted["plot"] == seedEstate.plots.count)
            #expect(summary.inserted["tenant"] == seedEstate.tenants.count)
            #expect(loaded.name == seedEstate.name)
            #expect(loaded.phases == seedEstate.phases)
            #expect(loaded.plots == seedEstate.plots)
            #expect(loaded.tenants.map(normalised) == seedEstate.tenants.map(normalised))
            #expect(loaded.leases.sorted(by: leaseOrder) == seedEstate.leases.sorted(by: leaseOrder))
            #expect(Set(loaded.applications) == Set(seedEstate.applications))
            #expect(loaded.ruleBook == seedEstate.ruleBook)
            #expect(
                try OccupancyReport(estate: loaded, asOf: referenceDate).total
                    == OccupancyReport(estate: seedEstate, asOf: referenceDate).total)
        }
    }

    @Test(
        "writing the same records again adds nothing; different values are refused and nothing is written",
        arguments: StoreKind.allCases)
    func idempotentImport(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            // act
            let again = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            var changed = EstateBatch()
            let first = seedEstate.plots[0]
            changed.plots = [
                Sourced(try Plot(code: "Z-99", phase: 1, area: Area(squareMetres: 10)), origin: "plots.csv line 2"),
                Sourced(
                    try Plot(code: first.code, phase: 1, area: first.area + Area(squareMetres: 1)),
                    origin: "plots.csv line 3"),
            ]
            // check
            #expect(again.totalInserted == 0)
            #expect(again.unchanged["plot"] == seedEstate.plots.count)
            await #expect {
                try await store.write(changed, actor: "test")
            } throws: { error in
                guard case .many(let errors) = error as? StoreError,
                    case .exists(_, let key, let origin, _) = errors.first
                else { return false }
                return key == first.code && origin == "plots.csv line 3"
            }
            let loaded = try #require(try await store.loadEstate())
            #expect(!loaded.plots.contains { $0.code == "Z-99" })
            #expect(loaded.plots.first { $0.code == first.code }?.area == first.area)
        }
    }

    @Test("occupancy figures counted by the database equal the domain report's", arguments: StoreKind.allCases)
    func occupancyFigures(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            for text in [
                "2021-02-28", "2021-04-01", "2024-04-01", "2025-06-30", "2026-11-22", "2027-01-01", "2031-03-01",
            ] {
                let date = try CivilDate(parsing: text, field: "as_of")
                // act
                let figures = try await store.occupancyFigures(asOf: date)
                let report = try OccupancyReport(estate: seedEstate, asOf: date)
                // check
                #expect(figures.total == report.total, "total on \(text)")
                #expect(figures.phases.map(\.figures) == report.phases.map(\.figures), "phases on \(text)")
            }
        }
    }

    @Test("a batch with a bad reference writes nothing at all", arguments: StoreKind.allCases)
    func atomicBatch(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            var batch = EstateBatch()
            batch.plots = [Sourced(try Plot(code: "Z-01", phase: 1, area: Area(squareMetres: 10)))]
            batch.leases = [
                Sourced(
                    try Lease(plotCode: "Z-02", nib: try NIB(parsing: "9120000000999"), start: referenceDate, end: nil))
            ]
            // act / check
            await #expect(throws: StoreError.self) { try await store.write(batch, actor: "test") }
            #expect(try await store.loadEstate()?.plots.contains { $0.code == "Z-01" } == false)
        }
    }

    @Test("a new plot and a lease on it in one small write are both stored", arguments: StoreKind.allCases)
    func plotWithItsLease(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup: the lease finds its plot's id with a subquery, so it must see the plot inserted
            // beside it (PostgreSQL sends a small write as one statement only when that holds)
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let firm = try #require(seedEstate.tenants.first)
            var batch = EstateBatch()
            batch.plots = [Sourced(try Plot(code: "A-90", phase: 2, area: Area(squareMetres: 10)))]
            batch.leases = [Sourced(try Lease(plotCode: "A-90", nib: firm.nib, start: referenceDate, end: nil))]
            // act
            let summary = try await store.write(batch, actor: "test")
            // check
            #expect(summary.inserted["plot"] == 1 && summary.inserted["lease"] == 1)
            let estate = try #require(try await store.loadEstate())
            #expect(estate.leases(onPlot: "A-90").map(\.nib) == [firm.nib])
        }
    }

    @Test("a second lease on a leased plot is refused, naming the holder", arguments: StoreKind.allCases)
    func overlapRefused(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let held = try #require(
                seedEstate.leases.first { $0.plotCode == "A-03" && $0.isInForce(on: referenceDate) })
            let holder = try #require(seedEstate.tenant(held.nib))
            let other = try #require(seedEstate.tenants.first { $0.nib != held.nib })
            var batch = EstateBatch()
            batch.leases = [Sourced(try Lease(plotCode: "A-03", nib: other.nib, start: referenceDate, end: nil))]
            // act / check
            await #expect {
                try await store.write(batch, actor: "test")
            } throws: { error in
                error as? StoreError
                    == .many([
                        .plotAlreadyLeased(
                            plot: "A-03", tenant: holder.legalName, from: held.start, until: held.effectiveEnd)
                    ])
            }
            let description = StoreError.plotAlreadyLeased(
                plot: "A-03", tenant: holder.legalName, from: held.start, until: held.effectiveEnd
            ).description
            #expect(
                description.hasPrefix("plot A-03 is already leased to \(holder.legalName) from \(held.start.iso) to "))
        }
    }

    @Test("an allocation commits all its leases or none, and is audited", arguments: StoreKind.allCases)
    func commitAllocation(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let proposal = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            #expect(proposal.assignments.count == 2)
            // act
            let leases = try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "officer-a")
                .leases
            // check
            #expect(leases.map(\.plotCode).sorted() == proposal.assignments.map(\.plotCode).sorted())
            let after = try #require(try await store.loadEstate())
            #expect(after.leases.count == seedEstate.leases.count + 2)
            await #expect(throws: StoreError.proposalChanged) {
                try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "officer-b")
            }
            #expect(try await store.loadEstate()?.leases.count == seedEstate.leases.count + 2)
            // One entry per lease and per application it housed, all by the committing actor.
            let audit = try await store.auditLog(limit: 4)
            #expect(Set(audit.map(\.action)) == ["commit allocation", "house application"])
            #expect(audit.allSatisfy { $0.actor == "officer-a" })
            #expect(audit.contains { $0.action == "commit allocation" && $0.record?.hasPrefix("lease:A-15:") == true })
            #expect(audit.contains { $0.action == "house application" && $0.after?.contains("A-15") == true })
        }
    }

    @Test(
        "concurrent commits of one proposal: its leases are signed once, every loser a typed conflict",
        arguments: StoreKind.allCases)
    func concurrentCommits(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let proposal = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            let commit = try AllocationCommit(signing: proposal, end: nil)
            // act: 20 officers sign the same proposal at once
            let outcomes = await withTaskGroup(of: Result<Int, StoreError>.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        do {
                            return .success(try await store.commit(commit, actor: "officer-\(index)").leases.count)
                        } catch let error as StoreError {
                            return .failure(error)
                        } catch {
                            return .failure(.unavailable("\(error)"))
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            // check
            let conflicts = outcomes.compactMap { outcome -> StoreError? in
                if case .failure(let error) = outcome { error } else { nil }
            }
            #expect(outcomes.count == 20)
            #expect(conflicts.count == 19)
            #expect(conflicts.allSatisfy { $0 == .proposalChanged })
            let after = try #require(try await store.loadEstate())
            #expect(after.leases.count == seedEstate.leases.count + proposal.assignments.count)
            #expect(after.problems(asOf: referenceDate).isEmpty)
        }
    }
}

private func normalised(_ tenant: Tenant) -> Tenant {
    var copy = tenant
    copy.declarations.sort { $0.fiscalYear < $1.fiscalYear }
    copy.partnerships.sort { ($0.partner, $0.product) < ($1.partner, $1.product) }
    return copy
}

private func leaseOrder(_ a: Lease, _ b: Lease) -> Bool { (a.plotCode, a.start) < (b.plotCode, b.start) }
