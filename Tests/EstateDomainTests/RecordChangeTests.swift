import EstateDomain
import Testing

/// What a plot or a lease may change to, decided by the domain (the store only stores it).
@Suite("Record changes: withdrawal, lease end and termination")
struct RecordChangeTests {
    let estate = Fixtures.estate(
        plots: [Fixtures.plot("A-01", 300), Fixtures.plot("A-02", 300), Fixtures.plot("A-03", 300, withdrawn: "2025-01-01")],
        tenants: [Fixtures.tenant(1)],
        leases: [Fixtures.lease("A-01", 1, "2024-01-01", "2027-01-01")])

    @Test(
        "a lease ended on its last day reads ended from that day, signed before it",
        arguments: [("2026-12-31", "signed"), ("2027-01-01", "ended"), ("2027-01-02", "ended")])
    func endOnItsDay(today: String, state: String) throws {
        let change = try estate.endingLease(on: "A-01", on: Fixtures.date("2027-01-01"), today: Fixtures.date(today))
        guard case .lease(let lease) = change.changed else {
            Issue.record("changed \(change.changed), not a lease")
            return
        }
        #expect(lease.state.name == state)
        #expect(change.estate.leases(onPlot: "A-01") == [lease])
    }

    @Test("a lease is not ended on another day than its end: terminate it instead")
    func endOnAnotherDay() {
        #expect(throws: RecordChangeRefusal.self) {
            try estate.endingLease(on: "A-01", on: Fixtures.date("2026-06-01"), today: Fixtures.today)
        }
    }

    @Test(
        "a termination must fall inside the running lease",
        arguments: [("2024-01-01", false), ("2024-01-02", true), ("2027-01-01", true), ("2027-01-02", false)])
    func terminationDay(on: String, allowed: Bool) {
        let outcome = Result { try estate.terminatingLease(on: "A-01", on: Fixtures.date(on), reason: " pindah ") }
        switch outcome {
        case .success(let change):
            #expect(allowed)
            #expect(change.after.hasSuffix("terminated on \(on) (pindah)"))
        case .failure:
            #expect(!allowed)
        }
    }

    @Test(
        "a termination reason is at most 500 characters as typed, spaces around it included, and kept trimmed",
        arguments: [(498, true), (499, false)])
    func reasonLength(letters: Int, allowed: Bool) throws {
        let reason = " " + String(repeating: "a", count: letters) + " "
        let outcome = Result { try estate.terminatingLease(on: "A-01", on: Fixtures.date("2026-01-01"), reason: reason) }
        switch outcome {
        case .success(let change):
            #expect(allowed)
            guard case .lease(let lease) = change.changed, case .terminated(_, let kept) = lease.state else {
                Issue.record("not a terminated lease: \(change.changed)")
                return
            }
            #expect(kept == String(repeating: "a", count: letters))
        case .failure(let error):
            #expect(!allowed)
            #expect((error as? InputError)?.problem == "is 501 characters long, more than 500")
        }
    }

    @Test("a plot is withdrawn only once, and not under a lease that still runs then")
    func withdrawal() throws {
        #expect {
            try estate.withdrawing(plot: "A-03", on: Fixtures.date("2026-01-01"))
        } throws: { error in
            guard case .notAllowed(let english, let indonesian) = error as? RecordChangeRefusal else { return false }
            return english == "plot A-03 is already withdrawn from 2025-01-01; nothing to change"
                && indonesian.contains("A-03") && indonesian.contains("2025-01-01")
        }
        #expect(throws: RecordChangeRefusal.self) { try estate.withdrawing(plot: "A-01", on: Fixtures.date("2026-12-31")) }
        // The day the lease ends, the plot is free to withdraw.
        let freed = try estate.withdrawing(plot: "A-01", on: Fixtures.date("2027-01-01"))
        #expect(freed.changed == .plot(Fixtures.plot("A-01", 300, withdrawn: "2027-01-01")))
        #expect(throws: RecordChangeRefusal.missing(what: "plot", key: "B-09")) {
            try estate.withdrawing(plot: "B-09", on: Fixtures.today)
        }
        #expect(try estate.withdrawing(plot: "A-02", on: Fixtures.today).estate.plots[1].withdrawnOn == Fixtures.today)
    }
}
