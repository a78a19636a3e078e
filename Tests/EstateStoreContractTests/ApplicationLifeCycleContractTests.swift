import EstateDomain
import EstateSQL
import EstateStore
import Foundation
import Testing

/// An application's life on both engines (issue 15): housed by the commit that leases it a plot,
/// in the same transaction; withdrawn or refused by an officer; lapsed on its date; and never back
/// on the waitlist once closed, while the firm may apply again.
@Suite("Storage contract: an application's life cycle")
struct ApplicationLifeCycleContractTests {
    static let anugerah = try! NIB(parsing: "9120477303879")
    static let arta = try! NIB(parsing: "9120327342742")
    static let decemberFirst = try! CivilDate(parsing: "2026-12-01", field: "on")

    @Test("commit, free another plot, allocate again: no firm housed in the first round gets a second plot unless it applied again", arguments: StoreKind.allCases)
    func secondRound(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            // round one: A-15 to PT Anugerah, A-04 to PT Arta; both applications close in the commit
            let first = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            #expect(Set(first.assignments.map(\.nib)) == [Self.anugerah, Self.arta])
            _ = try await store.commit(try AllocationCommit(signing: first, end: nil), actor: "admin")
            let housed = try #require(try await store.loadEstate())
            for assignment in first.assignments {
                let application = try #require(housed.applications.first { $0.nib == assignment.nib })
                #expect(application.closing == .housed(on: referenceDate, plot: assignment.plotCode))
            }
            #expect(!housed.waitlist(asOf: referenceDate).contains { [Self.anugerah, Self.arta].contains($0.nib) })
            // A-05 (500 m², the size PT Anugerah asked for) is freed from 2026-12-01
            _ = try await store.amend(.terminateLease(plot: "A-05", on: Self.decemberFirst, reason: "pindah"), actor: "admin")
            let second = try Allocator(estate: try #require(try await store.loadEstate()))
                .propose(policy: .optimal, asOf: Self.decemberFirst)
            #expect(second.assignments.contains { $0.plotCode == "A-05" }, "A-05 goes to someone still waiting")
            #expect(!second.assignments.contains { [Self.anugerah, Self.arta].contains($0.nib) })
            #expect(!(second.unassigned.contains { [Self.anugerah, Self.arta].contains($0.nib) }), "not even screened")
            // PT Anugerah applies again (it holds one plot of the two it may): it is on the waitlist again
            var again = EstateBatch()
            again.applications = [
                Sourced(
                    try Application(
                        nib: Self.anugerah, minArea: Area(squareMetres: 400), maxArea: Area(squareMetres: 600), phase: 1,
                        submittedOn: Self.decemberFirst))
            ]
            #expect(try await store.write(again, actor: "officer").totalInserted == 1)
            let estate = try #require(try await store.loadEstate())
            let waiting = estate.waitlist(asOf: Self.decemberFirst).filter { $0.nib == Self.anugerah }
            #expect(waiting.map(\.submittedOn) == [Self.decemberFirst])
            let (applicants, _) = try Allocator(estate: estate).screen(asOf: Self.decemberFirst)
            #expect(applicants.contains { $0.nib == Self.anugerah }, "within its plot allowance (1 of 2)")
            #expect(estate.problems(asOf: Self.decemberFirst).map(\.description) == [])
        }
    }

    @Test("withdrawn and refused applications never reappear, keep their reason, and are read back as stored", arguments: StoreKind.allCases)
    func withdrawAndRefuse(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            let mitra = try NIB(parsing: "9120622297511")  // 16 workers: fails workforce-range
            let indo = try NIB(parsing: "9120838829624")  // eligible
            _ = try await store.amend(
                .withdrawApplication(nib: Self.anugerah, submitted: nil, on: referenceDate, reason: "pindah ke Karawang"),
                actor: "officer")
            _ = try await store.amend(.refuseApplication(nib: mitra, submitted: nil, on: referenceDate), actor: "officer")
            await #expect {
                try await store.amend(.refuseApplication(nib: indo, submitted: nil, on: referenceDate), actor: "officer")
            } throws: { error in
                guard case .refused(let reason, _) = error as? StoreError else { return false }
                return reason.contains("meets every required rule")
            }
            for change in [
                EstateChange.reconfirm(nib: Self.anugerah, on: referenceDate),
                .withdrawApplication(nib: Self.anugerah, submitted: nil, on: referenceDate, reason: "lagi"),
            ] {
                await #expect(throws: StoreError.self, "\(change)") { try await store.amend(change, actor: "officer") }
            }
            let estate = try #require(try await store.loadEstate())
            #expect(estate.applications.first { $0.nib == Self.anugerah }?.closing == .withdrawn(on: referenceDate, reason: "pindah ke Karawang"))
            #expect(estate.applications.first { $0.nib == mitra }?.closing == .refused(on: referenceDate, rules: "workforce-range"))
            let later = referenceDate.adding(days: 400)
            #expect(!estate.waitlist(asOf: later).contains { [Self.anugerah, mitra].contains($0.nib) })
            #expect(estate.waitlist(asOf: referenceDate.adding(days: -1)).contains { $0.nib == Self.anugerah }, "before it closed")
            // A reading through a fresh store (no cache) gives the same records.
            let audit = try await store.auditLog(limit: 3).map(\.action)
            #expect(audit.contains("withdraw application") && audit.contains("refuse application"))
        }
    }

    @Test("a stale application lapses on the first day past the grace period, and is then closed to reconfirmation", arguments: StoreKind.allCases)
    func lapsing(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            // A version naming a 30-day grace period, in force from 2025-01-01.
            var batch = EstateBatch()
            batch.ruleSets = [try Self.withGrace(30, version: "2025.9", from: "2025-01-01")]
            _ = try await store.write(batch, actor: "admin")
            let estate = try #require(try await store.loadEstate())
            // CV Laras Pagar Baja, last confirmed 2026-03-01: stale after 180 days, lapses 30 days later.
            let laras = try #require(estate.applications.first { $0.nib.digits == "9120649240100" })
            let lapse = try CivilDate(parsing: "2026-03-01", field: "d").adding(days: 180 + 30 + 1)
            #expect(lapse.iso == "2026-09-28")
            #expect(estate.state(of: laras, asOf: lapse.adding(days: -1)) == .active)
            #expect(estate.state(of: laras, asOf: lapse) == .lapsed)
            #expect(estate.waitlist(asOf: lapse.adding(days: -1)).contains(laras))
            #expect(!estate.waitlist(asOf: lapse).contains(laras))
            await #expect(throws: StoreError.self) {
                try await store.amend(.reconfirm(nib: laras.nib, on: lapse), actor: "officer")
            }
            _ = try await store.amend(.reconfirm(nib: laras.nib, on: lapse.adding(days: -1)), actor: "officer")
            let renewed = try #require(try await store.loadEstate())
            #expect(renewed.state(of: try #require(renewed.applications.first { $0.nib == laras.nib }), asOf: lapse) == .active)
        }
    }

    @Test("a closing is never overwritten: back-dated changes are refused, and a later withdrawal keeps the application out of an earlier allocation", arguments: StoreKind.allCases)
    func closingsHold(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            let first = try Allocator(estate: seedEstate).propose(policy: .optimal, asOf: referenceDate)
            // PT Arta withdraws from 2026-11-25, before the commit of the 22nd is made.
            let later = referenceDate.adding(days: 3)
            _ = try await store.amend(
                .withdrawApplication(nib: Self.arta, submitted: nil, on: later, reason: "mendapat lahan lain"), actor: "officer")
            let estate = try #require(try await store.loadEstate())
            let proposal = try Allocator(estate: estate).propose(policy: .optimal, asOf: referenceDate)
            #expect(!proposal.assignments.contains { $0.nib == Self.arta })
            #expect(proposal.unassigned.contains { $0.nib == Self.arta && $0.reason == .closesLater(state: .withdrawn, on: later) })
            await #expect(throws: StoreError.proposalChanged) {
                try await store.commit(try AllocationCommit(signing: first, end: nil), actor: "admin")
            }
            _ = try await store.commit(try AllocationCommit(signing: proposal, end: nil), actor: "admin")
            // PT Anugerah, housed on the 22nd: no back-dated reconfirmation, withdrawal or refusal reopens it.
            let before = referenceDate.adding(days: -21)
            for change in [
                EstateChange.reconfirm(nib: Self.anugerah, on: before),
                .withdrawApplication(nib: Self.anugerah, submitted: nil, on: before, reason: "mundur"),
                .withdrawApplication(nib: Self.arta, submitted: nil, on: referenceDate, reason: "lagi"),
            ] {
                await #expect(throws: StoreError.self, "\(change)") { try await store.amend(change, actor: "officer") }
            }
            let after = try #require(try await store.loadEstate())
            #expect(after.applications.first { $0.nib == Self.anugerah }?.closing?.state == .housed)
            #expect(after.applications.first { $0.nib == Self.arta }?.closing == .withdrawn(on: later, reason: "mendapat lahan lain"))
            #expect(!after.waitlist(asOf: referenceDate.adding(days: 1)).contains { $0.nib == Self.anugerah })
        }
    }

    /// The sample's first rule set as a new version naming a grace period before lapsing.
    static func withGrace(_ days: Int, version: String, from date: String) throws -> RuleSet {
        let stored = try RuleSetDocument.encode(seedEstate.ruleBook.ruleSets[0])
        var json = try #require(try JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any])
        var parameters = try #require(json["parameters"] as? [String: Any])
        parameters["waitlist_lapse_grace_days"] = days
        json["parameters"] = parameters
        json["version"] = version
        json["effective_from"] = date
        let text = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
        return try RuleSetDocument.decode(text)
    }
}
