import EstateDomain
import EstateStore
import Testing

/// Races for one application's closing, through two stores on one database (issue 15): the
/// closing is checked in the transaction that writes it, with the writers serialised, so that an
/// application closes once, housed or withdrawn, never both.
@Suite("Storage contract: racing writers for an application")
struct ApplicationRaceContractTests {
    /// PT Anugerah Bubut Cikarang, housed on A-15 by the sample's allocation on the reference date.
    static let anugerah = try! NIB(parsing: "9120477303879")

    @Test("an allocation commit racing the firm's withdrawal of the application it houses: one happens", arguments: StoreKind.allCases)
    func commitAgainstWithdrawal(kind: StoreKind) async throws {
        try await WriteRaceContractTests.eachRound(kind) { a, b in
            // setup
            let proposal = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            let housed = try #require(proposal.assignments.first { $0.nib == Self.anugerah })
            let commit = try AllocationCommit(signing: proposal, end: nil)
            let withdrawal = EstateChange.withdrawApplication(
                nib: Self.anugerah, submitted: nil, on: referenceDate, reason: "sudah mendapat lahan di Cikarang")
            // act
            let outcome = await WriteRaceContractTests.race(
                { try await a.commit(commit, actor: "admin-a") }, { try await b.amend(withdrawal, actor: "officer-b") })
            // check: the commit read a waitlist the withdrawal changed, or the withdrawal found the
            // application closed; either way the application closed once
            let loser = try #require(WriteRaceContractTests.oneWinner(outcome), "both or neither happened")
            #expect(loser.category == .conflict)
            let estate = try #require(try await b.loadEstate())
            let application = try #require(estate.applications.first { $0.nib == Self.anugerah })
            let leased = !estate.leases(onPlot: housed.plotCode).filter { $0.start == referenceDate }.isEmpty
            switch application.closing {
            case .housed(let on, let plot)?: #expect(leased && on == referenceDate && plot == housed.plotCode)
            case .withdrawn?: #expect(!leased, "a withdrawn application got a lease")
            default: Issue.record("the application did not close: \(String(describing: application.closing))")
            }
            try await WriteRaceContractTests.expectValid(a)
        }
    }

    @Test("two withdrawals of one application: it is withdrawn once, with the winner's reason", arguments: StoreKind.allCases)
    func twoWithdrawals(kind: StoreKind) async throws {
        try await WriteRaceContractTests.eachRound(kind) { a, b in
            let first = EstateChange.withdrawApplication(nib: Self.anugerah, submitted: nil, on: referenceDate, reason: "alasan A")
            let second = EstateChange.withdrawApplication(nib: Self.anugerah, submitted: nil, on: referenceDate, reason: "alasan B")
            let outcome = await WriteRaceContractTests.race(
                { try await a.amend(first, actor: "officer-a") }, { try await b.amend(second, actor: "officer-b") })
            let loser = try #require(WriteRaceContractTests.oneWinner(outcome), "both or neither withdrew")
            #expect(loser.category == .conflict)
            let estate = try #require(try await a.loadEstate())
            let winner = if case .success = outcome.0 { "alasan A" } else { "alasan B" }
            #expect(
                estate.applications.first { $0.nib == Self.anugerah }?.closing
                    == .withdrawn(on: referenceDate, reason: winner))
        }
    }
}
