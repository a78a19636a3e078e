import EstateDomain
import EstateInterchange
import EstateOperations
import EstateStore
import Foundation
import Testing

/// Each estate judges firms by the rule book it chose (issue 14: "its plot allowance and
/// eligibility are judged per estate by that estate's rules"), on both engines: the sample
/// sentra's own book and the cluster's main one give one firm two verdicts.
@Suite("Storage contract: each estate's rule book")
struct RuleBookChoiceContractTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path
    /// CV Baja Mandiri Sentosa: FY2025 turnover exactly Rp50 miliar, 14 workers; a tenant of the
    /// cluster and an applicant of the sentra.
    static let firm = try! NIB(parsing: "9120983690060")

    @Test("one firm, two estates, two books: eligible in the cluster, refused by the sentra's turnover limit", arguments: StoreKind.allCases)
    func twoVerdicts(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await EstateOperations(store: store).loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "seed")
            let listings = try await store.estates()
            #expect(listings.map(\.code) == ["KAWASAN-1", "SENTRA-SETU"])
            #expect(listings.map(\.ruleBook) == [nil, "SENTRA-SETU"])
            let cluster = try #require(try await store.scoped(to: listings[0]).loadEstate())
            let sentra = try #require(try await store.scoped(to: listings[1]).loadEstate())
            #expect(cluster.ruleBook.ruleSets.map(\.version) == ["2021.1"])
            #expect(sentra.ruleBook.ruleSets.map(\.version) == ["SETU-2023.1"])
            #expect(Set(sentra.ruleBook.library.map(\.version)) == ["2021.1", "SETU-2023.1"])
            let tenant = try #require(cluster.tenant(Self.firm))
            let there = try EligibilityEvaluator(ruleBook: cluster.ruleBook).evaluate(tenant, asOf: referenceDate)
            let here = try EligibilityEvaluator(ruleBook: sentra.ruleBook).evaluate(tenant, asOf: referenceDate)
            #expect(there.eligible && there.ruleSetVersion == "2021.1")
            #expect(!here.eligible && here.ruleSetVersion == "SETU-2023.1" && here.failedRules == ["turnover-max"])
            #expect(sentra.problems(asOf: referenceDate).allSatisfy { !$0.subject.hasPrefix("rule book") })
        }
    }

    @Test("a write to an estate keeps its book; an estate added later may choose it", arguments: StoreKind.allCases)
    func choiceKept(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await EstateOperations(store: store).loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "seed")
            let sentra = try await store.scoped(toCode: "SENTRA-SETU")
            var batch = EstateBatch()
            batch.plots = [Sourced(try Plot(code: "A-09", phase: 1, area: Area(squareMetres: 100)))]
            #expect(try await sentra.write(batch, actor: "test").totalInserted == 1)
            #expect(try await sentra.loadEstate()?.ruleBook.book == "SENTRA-SETU")
            #expect(try await store.loadEstate()?.ruleBook.book == nil, "the cluster keeps the main book")
            let added = try await store.addEstate(
                try NewEstate(code: "SENTRA-CIBITUNG", name: "Sentra Cibitung", ruleBook: "sentra-setu"), actor: "test")
            #expect(added.ruleBook == "SENTRA-SETU")
            #expect(try await store.scoped(to: added).loadEstate()?.ruleBook.ruleSets.map(\.version) == ["SETU-2023.1"])
            let detail = try await EstateOperations(store: store).estateDetail("SENTRA-CIBITUNG")
            #expect(detail.estate == added)
        }
    }

    @Test("an estate naming a book the store does not hold is refused, and nothing is written", arguments: StoreKind.allCases)
    func unknownBook(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await EstateOperations(store: store).loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "seed")
            let before = try await store.estates()
            await #expect {
                try await store.addEstate(try NewEstate(code: "SENTRA-X", name: "Sentra X", ruleBook: "NO-SUCH-BOOK"), actor: "test")
            } throws: { error in
                guard case .refused(let reason, _) = error as? StoreError else { return false }
                return reason.contains("NO-SUCH-BOOK") && reason.contains("SENTRA-SETU") && reason.contains("--rules")
            }
            #expect(try await store.estates() == before)
            #expect(throws: InputError.self) { try NewEstate(code: "SENTRA-X", name: "Sentra X", ruleBook: "no book!") }
        }
    }

    @Test("the main book is every estate's when none is chosen: a store without the sentra's book reads it plainly")
    func bookWithoutVersions() throws {
        let library = seedEstate.ruleBook.library
        let chosen = try RuleBook(library: library, choosing: "SENTRA-SETU")
        #expect(chosen.ruleSets.isEmpty && chosen.library == library)
        #expect(throws: InputError.self) { try chosen.ruleSet(asOf: referenceDate) }
        #expect(try RuleBook(library: library, choosing: nil).ruleSets == seedEstate.ruleBook.ruleSets)
    }
}
