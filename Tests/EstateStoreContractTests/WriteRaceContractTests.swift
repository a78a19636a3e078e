import EstateDomain
import EstateStore
import Testing

/// Two writers racing for something only one may have, through two stores on one database (two
/// server instances): the loser is refused with a typed error and the estate stays valid. Each
/// race runs several rounds, each on a fresh database.
@Suite("Storage contract: racing writers")
struct WriteRaceContractTests {
    static let rounds = 6

    /// Both writes start together; what each did.
    static func race<A: Sendable, B: Sendable>(
        _ first: @escaping @Sendable () async throws -> A, _ second: @escaping @Sendable () async throws -> B
    ) async -> (Result<A, any Error>, Result<B, any Error>) {
        async let a = outcome(of: first)
        async let b = outcome(of: second)
        return await (a, b)
    }

    static func outcome<T>(of body: @Sendable () async throws -> T) async -> Result<T, any Error> {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }

    /// Exactly one of the two succeeded and the other was refused by the store.
    static func oneWinner<A, B>(_ outcome: (Result<A, any Error>, Result<B, any Error>)) -> StoreError? {
        switch outcome {
        case (.success, .failure(let error)), (.failure(let error), .success): return error as? StoreError
        default: return nil
        }
    }

    static func plotBatch(_ code: String, squareMetres: Int64) throws -> EstateBatch {
        var batch = EstateBatch()
        batch.plots = [Sourced(try Plot(code: code, phase: 1, area: Area(squareMetres: squareMetres)))]
        return batch
    }

    /// `rounds` times: two stores on a fresh database holding the sample cluster twice, as its
    /// default estate and as a second estate with the same plot codes, both with the estate
    /// cached, so that the two writes of a race really overlap. Even rounds race in the default
    /// estate, odd rounds in the second: the races stay serialised per estate.
    static func eachRound(
        _ kind: StoreKind,
        _ body: (any EstateRepository & AccessRepository, any EstateRepository & AccessRepository) async throws -> Void
    ) async throws {
        for round in 0..<rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "seed")
                let second = try await a.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Sentra Uji"), actor: "seed")
                _ = try await a.scoped(to: second).write(EstateBatch(estate: seedEstate), actor: "seed")
                let (left, right) = round % 2 == 0 ? (a, b) : (a.scoped(to: second), b.scoped(to: second))
                _ = try await right.loadEstate()
                try await body(left, right)
            }
        }
    }

    /// `rounds` times: two stores on a fresh database holding the sample cluster, the first on
    /// its default estate, the second on a second estate, both with their estate cached: two
    /// officers writing the registry every estate shares (a firm's record) from two estates.
    static func acrossEstates(
        _ kind: StoreKind,
        _ body: (any EstateRepository & AccessRepository, any EstateRepository & AccessRepository) async throws -> Void
    ) async throws {
        for _ in 0..<rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "seed")
                let second = try await a.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Sentra Uji"), actor: "seed")
                let sentra = b.scoped(to: second)
                _ = try await sentra.loadEstate()
                _ = try await a.loadEstate()
                try await body(a, sentra)
            }
        }
    }

    static func expectValid(_ store: any EstateRepository) async throws {
        let estate = try #require(try await store.loadEstate())
        #expect(estate.problems(asOf: referenceDate).map(\.description) == [])
    }

    @Test("two plots racing for the last leasable capacity of a phase: one is added", arguments: StoreKind.allCases)
    func lastCapacity(kind: StoreKind) async throws {
        try await Self.eachRound(kind) { a, b in
            // setup: phase 1 of the sample has 37.5 m² of plot capacity left; each plot takes 30
            let first = try Self.plotBatch("Z-01", squareMetres: 30)
            let second = try Self.plotBatch("Z-02", squareMetres: 30)
            // act
            let outcome = await Self.race(
                { try await a.write(first, actor: "admin-a") }, { try await b.write(second, actor: "admin-b") })
            // check
            let loser = try #require(Self.oneWinner(outcome), "both or neither plot was added")
            #expect(loser.category == .invalidData)
            let plots = try #require(try await b.loadEstate()).plots.filter { $0.code.hasPrefix("Z-") }
            #expect(plots.count == 1)
            try await Self.expectValid(a)
        }
    }

    @Test("an allocation commit racing the withdrawal of its plot: one of them happens", arguments: StoreKind.allCases)
    func commitAgainstWithdrawal(kind: StoreKind) async throws {
        try await Self.eachRound(kind) { a, b in
            // setup
            let proposal = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            let plot = try #require(proposal.assignments.first).plotCode
            let commit = try AllocationCommit(signing: proposal, end: nil)
            // act
            let outcome = await Self.race(
                { try await a.commit(commit, actor: "admin-a") },
                { try await b.amend(.withdrawPlot(code: plot, on: referenceDate), actor: "admin-b") })
            // check
            let loser = try #require(Self.oneWinner(outcome), "both or neither happened")
            #expect(loser.category == .conflict)
            let estate = try #require(try await b.loadEstate())
            let withdrawn = estate.plots.first { $0.code == plot }?.withdrawnOn != nil
            let leased = !estate.leases(onPlot: plot).filter { $0.start == referenceDate }.isEmpty
            #expect(withdrawn != leased)
            try await Self.expectValid(a)
        }
    }

    @Test("two commits of one plot: it is leased once", arguments: StoreKind.allCases)
    func twoCommits(kind: StoreKind) async throws {
        try await Self.eachRound(kind) { a, b in
            // setup
            let proposal = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            let commit = try AllocationCommit(signing: proposal, end: nil)
            // act
            let outcome = await Self.race(
                { try await a.commit(commit, actor: "admin-a") }, { try await b.commit(commit, actor: "admin-b") })
            // check
            let loser = try #require(Self.oneWinner(outcome), "both or neither commit signed")
            #expect(loser.category == .conflict)
            let estate = try #require(try await a.loadEstate())
            #expect(estate.leases.count == seedEstate.leases.count + proposal.assignments.count)
            try await Self.expectValid(b)
        }
    }

    @Test("a withdrawal racing a lease import on the same plot: one of them is written", arguments: StoreKind.allCases)
    func withdrawalAgainstImport(kind: StoreKind) async throws {
        try await Self.eachRound(kind) { a, b in
            // setup: a vacant plot and a firm on the waitlist without a plot
            let plot = try #require(
                seedEstate.plots.first { seedEstate.status(of: $0, on: referenceDate) == .vacant }
                    .map(\.code))
            let nib = try #require(
                seedEstate.waitlist(asOf: referenceDate).first {
                    seedEstate.currentAndFutureLeases(of: $0.nib, from: referenceDate).isEmpty
                }?.nib)
            var leaseBatch = EstateBatch()
            leaseBatch.leases = [Sourced(try Lease(plotCode: plot, nib: nib, start: referenceDate, end: nil))]
            let lease = leaseBatch
            // act
            let outcome = await Self.race(
                { try await a.write(lease, actor: "officer-a") },
                { try await b.amend(.withdrawPlot(code: plot, on: referenceDate), actor: "admin-b") })
            // check
            _ = try #require(Self.oneWinner(outcome), "both or neither was written")
            let estate = try #require(try await a.loadEstate())
            let withdrawn = estate.plots.first { $0.code == plot }?.withdrawnOn != nil
            #expect(withdrawn == estate.leases(onPlot: plot).filter { $0.start == referenceDate }.isEmpty)
            try await Self.expectValid(b)
        }
    }

    @Test(
        "two leases for one firm racing for its last plot allowance: one is signed (a rule only the code holds)",
        arguments: StoreKind.allCases)
    func plotAllowance(kind: StoreKind) async throws {
        try await Self.eachRound(kind) { a, b in
            // setup: a firm one plot below the rule set's limit, and two vacant plots
            let limit = try seedEstate.ruleBook.ruleSet(asOf: referenceDate).parameters.maxPlotsPerTenant
            let firm = try #require(
                seedEstate.tenants.first {
                    seedEstate.currentAndFutureLeases(of: $0.nib, from: referenceDate).count == limit - 1
                })
            let vacant = seedEstate.plots.filter { seedEstate.isAvailable($0, from: referenceDate) }
            try #require(vacant.count >= 2)
            let batches = try vacant.prefix(2).map { plot in
                var batch = EstateBatch()
                batch.leases = [Sourced(try Lease(plotCode: plot.code, nib: firm.nib, start: referenceDate, end: nil))]
                return batch
            }
            let (first, second) = (batches[0], batches[1])
            // act
            let outcome = await Self.race(
                { try await a.write(first, actor: "officer-a") }, { try await b.write(second, actor: "officer-b") })
            // check
            let loser = try #require(Self.oneWinner(outcome), "both or neither lease was signed")
            #expect(loser.category == .invalidData)
            let estate = try #require(try await a.loadEstate())
            #expect(estate.currentAndFutureLeases(of: firm.nib, from: referenceDate).count == limit)
            try await Self.expectValid(b)
        }
    }

    @Test(
        "two plots whose outlines overlap, added at once: one is added (a rule only the code holds)",
        arguments: StoreKind.allCases)
    func overlappingOutlines(kind: StoreKind) async throws {
        try await Self.eachRound(kind) { a, b in
            // setup: two 100 m² outlines inside phase 2, clear of its plots, sharing 50 m²
            func outlined(_ code: String, _ outline: String) throws -> EstateBatch {
                var batch = EstateBatch()
                batch.plots = [
                    Sourced(
                        try Plot(
                            code: code, phase: 2, area: Area(squareMetres: 100),
                            outline: try PlanPolygon(parsing: outline)))
                ]
                return batch
            }
            let first = try outlined("Z-11", "110 150;120 150;120 160;110 160")
            let second = try outlined("Z-12", "115 150;125 150;125 160;115 160")
            // act
            let outcome = await Self.race(
                { try await a.write(first, actor: "admin-a") }, { try await b.write(second, actor: "admin-b") })
            // check
            let loser = try #require(Self.oneWinner(outcome), "both or neither plot was added")
            #expect(loser.category == .invalidData)
            let plots = try #require(try await b.loadEstate()).plots.filter { $0.code.hasPrefix("Z-1") }
            #expect(plots.count == 1)
            try await Self.expectValid(a)
        }
    }
}
