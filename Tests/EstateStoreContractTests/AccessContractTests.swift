import EstateDomain
import EstateSQL
import EstateStore
import Testing

/// What the HTTP API keeps beside the estate, on both engines: tokens stored only as hashes and
/// revocable, and commits that a retried request cannot repeat.
@Suite("Storage contract: API tokens and idempotent commits")
struct AccessContractTests {
    static let day = CivilDate(year: 2026, month: 11, day: 22)!

    @Test(
        "a token is stored as a hash, verified, refused when tampered with, and revoked", arguments: StoreKind.allCases)
    func tokens(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let issued = IssuedToken.generate(name: "sekretariat", role: .officer)
            try await store.createToken(issued.stored, actor: "test")
            let (id, secret) = try #require(AccessTokens.parse(issued.text))
            let stored = try #require(try await store.token(id: id))
            #expect(stored.role == .officer)
            #expect(stored.secretSHA256 != secret)
            #expect(!stored.secretSHA256.contains(secret))
            #expect(AccessTokens.matches(secret: secret, stored: stored))
            #expect(!AccessTokens.matches(secret: String(secret.dropLast()) + "?", stored: stored))
            // A second live token with the same name is refused.
            await #expect(throws: StoreError.self) {
                try await store.createToken(IssuedToken.generate(name: "sekretariat", role: .viewer).stored, actor: "t")
            }
            #expect(try await store.revokeToken("sekretariat", actor: "test"))
            #expect(!(try await store.revokeToken("sekretariat", actor: "test")))
            let revoked = try #require(try await store.token(id: id))
            #expect(revoked.revoked)
            #expect(!AccessTokens.matches(secret: secret, stored: revoked))
            // The name is free again once revoked.
            try await store.createToken(IssuedToken.generate(name: "sekretariat", role: .viewer).stored, actor: "test")
            #expect(try await store.tokens().count == 2)
            #expect(try await store.auditLog(limit: 5).contains { $0.action == "revoke token" })
        }
    }

    @Test(
        "a commit under a key happens once; a retry gets the same answer; another request is refused",
        arguments: StoreKind.allCases)
    func idempotentCommit(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let estate = try #require(try await store.loadEstate())
            let proposal = try Allocator(estate: estate).propose(policy: .optimal, asOf: Self.day)
            try #require(!proposal.assignments.isEmpty)
            let key = IdempotencyKey(key: "retry-1", request: "{\"as_of\":\"2026-11-22\"}")
            let first = try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "t", idempotency: key)
            let count = try #require(try await store.loadEstate()).leases.count
            let again = try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "t", idempotency: key)
            #expect(!first.replayed)
            #expect(again.replayed)
            #expect(again.committed == first.committed)
            #expect(first.committed.leases.count == proposal.assignments.count)
            #expect(try #require(try await store.loadEstate()).leases.count == count)
            let other = IdempotencyKey(key: "retry-1", request: "{\"seed\":2}")
            await #expect(throws: StoreError.self) {
                try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "t", idempotency: other)
            }
        }
    }

    @Test("two requests with one key at once create the leases once", arguments: StoreKind.allCases)
    func concurrentRetries(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let estate = try #require(try await store.loadEstate())
            let before = estate.leases.count
            let proposal = try Allocator(estate: estate).propose(policy: .optimal, asOf: Self.day)
            let key = IdempotencyKey(key: "race", request: "same")
            let bodies = try await withThrowingTaskGroup(of: IdempotentCommit.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await store.commit(
                            try AllocationCommit(signing: proposal, end: nil), actor: "t", idempotency: key)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(bodies.filter { !$0.replayed }.count == 1)
            #expect(Set(bodies.map(\.committed)).count == 1)
            #expect(try #require(try await store.loadEstate()).leases.count == before + proposal.assignments.count)
        }
    }
}

/// The version a server's cache is keyed by moves with every write, and only then.
@Suite("Storage contract: the store's version")
struct VersionContractTests {
    @Test("every kind of write moves the version; a dry run and a refused write do not", arguments: StoreKind.allCases)
    func version(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let start = try await store.version()
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test", dryRun: true)
            #expect(try await store.version() == start)
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let seeded = try await store.version()
            #expect(seeded > start)
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")  // nothing new
            #expect(try await store.version() == seeded)
            _ = try await store.amend(
                .withdrawPlot(code: "A-04", on: CivilDate(year: 2026, month: 12, day: 1)!), actor: "t")
            let amended = try await store.version()
            #expect(amended > seeded)
            await #expect(throws: StoreError.self) {
                try await store.amend(
                    .withdrawPlot(code: "A-05", on: CivilDate(year: 2026, month: 12, day: 1)!), actor: "t")
            }
            #expect(try await store.version() == amended)
            let estate = try #require(try await store.loadEstate())
            let proposal = try Allocator(estate: estate).propose(
                policy: .optimal, asOf: CivilDate(year: 2026, month: 11, day: 22)!)
            _ = try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "t")
            #expect(try await store.version() > amended)
        }
    }
}

/// What an idempotent commit keeps under its key reads back as it was, to the last digit.
@Suite("Idempotent commits: the stored commit")
struct StoredCommitTests {
    @Test(
        "areas with three decimals, the largest seed and draw, names keyed by NIB: all read back equal",
        arguments: [Int64(3_001_250), 1, 123_456_789_012])
    func roundTrip(squareCentimetres: Int64) throws {
        let nib = try NIB(parsing: "9120000000777")
        let area = Area(squareCentimetres: squareCentimetres)
        let day = try CivilDate(parsing: "2026-11-22", field: "as_of")
        let proposal = AllocationProposal(
            policy: .scored, seed: UInt64.max, asOf: day, ruleSetVersion: "2025-01",
            assignments: [
                Assignment(
                    nib: nib, plotCode: "A-01", plotArea: area, rank: 1,
                    reason: .scored(score: 7, lottery: UInt64.max, candidates: 2)),
                Assignment(nib: nib, plotCode: "A-02", plotArea: area, rank: 2, reason: .optimal(housed: 2, area: area + area)),
            ],
            unassigned: [])
        let committed = CommittedAllocation(
            proposal: proposal,
            leases: [
                try Lease(plotCode: "A-01", nib: nib, start: day, end: nil),
                try Lease(
                    plotCode: "A-02", nib: nib, start: day, end: day.adding(days: 400),
                    state: .terminated(on: day.adding(days: 30), reason: "pindah")),
            ],
            names: [nib: "CV \"Kutip\" Baja"])
        #expect(try AccessStatements.committed(from: try AccessStatements.stored(committed)) == committed)
    }
}
