import EstateDomain
import EstateStore
import Testing

/// A signed lease's dates corrected before it starts (issue 15), on both engines: moved and
/// audited; refused once it has started, onto a day not after today, or onto another lease of
/// the plot; two corrections that would overlap only together, racing: one is made.
@Suite("Storage contract: a lease's dates before it starts")
struct LeaseReschedulingContractTests {
    static func day(_ text: String) -> CivilDate { try! CivilDate(parsing: text, field: "day") }
    /// A-10 in the sample: signed from 2027-01-01 to 2032-01-01, not started on the reference date.
    static let start = day("2027-01-01")

    @Test("moved and audited; refused once started, onto today or onto another lease", arguments: StoreKind.allCases)
    func reschedule(kind: StoreKind) async throws {
        try await kind.withStore(clock: EstateClock { referenceDate }) { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let outcome = try await store.amend(
                .rescheduleLease(plot: "A-10", starting: Self.start, newStart: Self.day("2027-02-01"), end: nil, openEnd: false),
                actor: "cli:ani")
            #expect(outcome.before == "9120211326244 from 2027-01-01 until 2032-01-01")
            #expect(outcome.after == "9120211326244 from 2027-02-01 until 2032-01-01")
            #expect(try await store.loadEstate()?.leases(onPlot: "A-10").map(\.start) == [Self.day("2027-02-01")])
            let entry = try #require(try await store.auditLog(AuditQuery(record: "lease:A-10", limit: 1)).first)
            #expect(entry.action == "reschedule lease" && entry.record == "lease:A-10:2027-01-01")
            let before = try await store.auditLog(limit: 1)
            let refusals: [EstateChange] = [
                // started: A-03's lease runs since 2022
                .rescheduleLease(plot: "A-03", starting: Self.day("2022-01-01"), newStart: nil, end: Self.day("2027-06-01"), openEnd: false),
                // not found by its old start any more
                .rescheduleLease(plot: "A-10", starting: Self.start, newStart: nil, end: nil, openEnd: true),
                // nothing to change
                .rescheduleLease(plot: "A-10", starting: Self.day("2027-02-01"), newStart: Self.day("2027-02-01"), end: nil, openEnd: false),
            ]
            for change in refusals {
                await #expect(throws: StoreError.self, "\(change)") { try await store.amend(change, actor: "cli:ani") }
            }
            await #expect(throws: InputError.self, "a new start not after today") {
                try await store.amend(
                    .rescheduleLease(plot: "A-10", starting: Self.day("2027-02-01"), newStart: referenceDate, end: nil, openEnd: false),
                    actor: "cli:ani")
            }
            // A second lease of A-10 from 2032-06-01: moving the first's end past it overlaps.
            var later = EstateBatch()
            later.leases = [Sourced(try Lease(plotCode: "A-10", nib: try NIB(parsing: "9120983690060"), start: Self.day("2032-06-01"), end: nil))]
            _ = try await store.write(later, actor: "cli:seed")
            let written = try await store.auditLog(limit: 1)
            await #expect(throws: StoreError.self, "an overlap") {
                try await store.amend(
                    .rescheduleLease(plot: "A-10", starting: Self.day("2027-02-01"), newStart: nil, end: nil, openEnd: true),
                    actor: "cli:ani")
            }
            #expect(try await store.auditLog(limit: 1) == written)
            #expect(before != written)
        }
    }

    @Test("the application the lease housed closes on the new start; a holder finds only its own", arguments: StoreKind.allCases)
    func housedApplicationMoves(kind: StoreKind) async throws {
        try await kind.withStore(clock: EstateClock { referenceDate }) { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let baja = try NIB(parsing: "9120983690060")
            let other = try NIB(parsing: "9120211326244")
            // As an allocation commit leaves it: the lease and the application closed housed on its start.
            var housed = EstateBatch()
            housed.leases = [Sourced(try Lease(plotCode: "A-04", nib: baja, start: Self.day("2027-03-01"), end: nil))]
            housed.applications = [
                Sourced(
                    try Application(
                        nib: baja, minArea: try Area(parsing: "100", field: "a"), maxArea: try Area(parsing: "900", field: "a"),
                        submittedOn: Self.day("2026-06-01"), closing: .housed(on: Self.day("2027-03-01"), plot: "A-04")))
            ]
            _ = try await store.write(housed, actor: "cli:seed")
            await #expect(throws: StoreError.self, "another firm's page cannot move it") {
                try await store.amend(
                    .rescheduleLease(
                        plot: "A-04", starting: Self.day("2027-03-01"), newStart: Self.day("2027-05-01"), end: nil,
                        openEnd: false, holder: other),
                    actor: "cli:ani")
            }
            _ = try await store.amend(
                .rescheduleLease(
                    plot: "A-04", starting: Self.day("2027-03-01"), newStart: Self.day("2027-05-01"), end: nil, openEnd: false,
                    holder: baja),
                actor: "cli:ani")
            let estate = try #require(try await store.loadEstate())
            let application = try #require(estate.applications.first { $0.nib == baja && $0.submittedOn == Self.day("2026-06-01") })
            #expect(application.closing == .housed(on: Self.day("2027-05-01"), plot: "A-04"))
            // Between the old start and the new one the firm is still waiting, then housed.
            #expect(estate.state(of: application, asOf: Self.day("2027-04-01")) == .active)
            #expect(estate.state(of: application, asOf: Self.day("2027-05-01")) == .housed)
        }
    }

    @Test("two corrections that overlap only together, racing: one is made", arguments: StoreKind.allCases)
    func race(kind: StoreKind) async throws {
        try await WriteRaceContractTests.eachRound(kind) { a, b in
            // A-04 (vacant since its termination): two leases far ahead, so that neither has started
            let baja = try NIB(parsing: "9120983690060")
            var later = EstateBatch()
            later.leases = [
                Sourced(try Lease(plotCode: "A-04", nib: baja, start: Self.day("2031-01-01"), end: Self.day("2032-01-01"))),
                Sourced(try Lease(plotCode: "A-04", nib: baja, start: Self.day("2032-06-01"), end: nil)),
            ]
            _ = try await a.write(later, actor: "seed")
            _ = try await b.loadEstate()
            let outcome = await WriteRaceContractTests.race(
                {
                    try await a.amend(
                        .rescheduleLease(plot: "A-04", starting: Self.day("2031-01-01"), newStart: nil, end: Self.day("2032-04-01"), openEnd: false),
                        actor: "admin-a")
                },
                {
                    try await b.amend(
                        .rescheduleLease(plot: "A-04", starting: Self.day("2032-06-01"), newStart: Self.day("2032-03-01"), end: nil, openEnd: false),
                        actor: "admin-b")
                })
            _ = try #require(WriteRaceContractTests.oneWinner(outcome), "both or neither moved")
            try await WriteRaceContractTests.expectValid(a)
        }
    }
}
