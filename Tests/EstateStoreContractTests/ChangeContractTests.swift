import EstateDomain
import EstateStore
import Testing

/// Changes to stored records (`amend`): allowed changes are written with an audit entry that
/// has the state before and after; refused ones name the reason and write nothing.
@Suite("Storage contract: changes to stored records")
struct ChangeContractTests {
    static let day = CivilDate(year: 2026, month: 12, day: 1)!

    @Test("withdrawing a vacant plot records the day and audits the change", arguments: StoreKind.allCases)
    func withdrawVacant(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            // act
            let outcome = try await store.amend(.withdrawPlot(code: "a-04", on: Self.day), actor: "officer")
            let loaded = try #require(try await store.loadEstate())
            let audit = try await store.auditLog(limit: 1)
            // check
            #expect(outcome.subject == "plot A-04")
            #expect(loaded.plots.first { $0.code == "A-04" }?.withdrawnOn == Self.day)
            #expect(loaded.status(of: loaded.plots.first { $0.code == "A-04" }!, on: Self.day) == .withdrawn)
            #expect(audit.first?.action == "withdraw plot")
            #expect(audit.first?.actor == "officer")
            #expect(audit.first?.before?.contains("leasable") == true)
        }
    }

    @Test("a plot with a lease running on or after the day cannot be withdrawn", arguments: StoreKind.allCases)
    func withdrawLeased(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let auditBefore = try await store.auditLog(limit: 1)
            // act
            let error = await #expect(throws: StoreError.self) {
                try await store.amend(.withdrawPlot(code: "A-05", on: Self.day), actor: "officer")
            }
            // check
            guard case .refused(let reason, _) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(reason.contains("PT Putra Bekasi Metalindo"))
            #expect(reason.contains("estate lease end A-05"))
            #expect(try await store.loadEstate()?.plots.first { $0.code == "A-05" }?.withdrawnOn == nil)
            #expect(try await store.auditLog(limit: 1) == auditBefore)
        }
    }

    @Test("ending an open-ended lease gives it that end; the plot is vacant from then", arguments: StoreKind.allCases)
    func endOpenLease(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let end = CivilDate(year: 2027, month: 6, day: 1)!
            // act
            _ = try await store.amend(.endLease(plot: "A-05", on: end), actor: "officer")
            let loaded = try #require(try await store.loadEstate())
            // check
            let lease = try #require(loaded.leases(onPlot: "A-05").first)
            #expect(lease.end == end)
            #expect(lease.isInForce(on: end.adding(days: -1)))
            #expect(!lease.isInForce(on: end))
            #expect(loaded.status(of: loaded.plots.first { $0.code == "A-05" }!, on: end) == .vacant)
        }
    }

    @Test(
        "a lease with an agreed end cannot be ended on another day: terminate it instead", arguments: StoreKind.allCases
    )
    func endFixedLeaseEarly(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            // act
            let error = await #expect(throws: StoreError.self) {
                try await store.amend(.endLease(plot: "A-03", on: Self.day), actor: "officer")
            }
            // check
            guard case .refused(let reason, _) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(reason.contains("runs until 2027-01-01"))
            #expect(reason.contains("estate lease terminate A-03"))
        }
    }

    @Test("terminating a lease early frees the plot from that day and keeps the reason", arguments: StoreKind.allCases)
    func terminate(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            // act
            _ = try await store.amend(
                .terminateLease(plot: "A-03", on: Self.day, reason: "usaha tutup"), actor: "officer")
            let loaded = try #require(try await store.loadEstate())
            // check
            let lease = try #require(loaded.leases(onPlot: "A-03").first)
            #expect(lease.state == .terminated(on: Self.day, reason: "usaha tutup"))
            #expect(lease.end == CivilDate(year: 2027, month: 1, day: 1))
            #expect(loaded.status(of: loaded.plots.first { $0.code == "A-03" }!, on: Self.day) == .vacant)
            let figures = try await store.occupancyFigures(asOf: Self.day)
            let report = try OccupancyReport(estate: loaded, asOf: Self.day)
            #expect(figures.total.leased == report.total.leased)
        }
    }

    @Test("terminating a lease that is not running on the day is refused as not found", arguments: StoreKind.allCases)
    func terminateNothing(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            // act
            let error = await #expect(throws: StoreError.self) {
                try await store.amend(.terminateLease(plot: "A-10", on: Self.day, reason: "x"), actor: "officer")
            }
            // check
            #expect(error == .notFound(what: "signed lease", key: "on plot A-10 running on 2026-11-30"))
        }
    }

    @Test(
        "reconfirming moves the newest application's confirmation; unknown firms are not found",
        arguments: StoreKind.allCases)
    func reconfirm(kind: StoreKind) async throws {
        try await kind.withStore { store in
            // setup
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let nib = try NIB(parsing: "9120327342742")
            // act
            _ = try await store.amend(.reconfirm(nib: nib, on: Self.day), actor: "officer")
            let loaded = try #require(try await store.loadEstate())
            let unknown = await #expect(throws: StoreError.self) {
                try await store.amend(.reconfirm(nib: try NIB(parsing: "9999999999999"), on: Self.day), actor: "x")
            }
            // check
            #expect(loaded.applications.first { $0.nib == nib }?.reconfirmedOn == Self.day)
            guard case .notFound(let what, _) = unknown else {
                Issue.record("got \(String(describing: unknown))"); return
            }
            #expect(what == "application")
        }
    }
}
