import EstateDomain
import Testing

/// A partnership's period, its end and its corrections (issue 15): in force over [since,
/// ended_on), scored by the allocation only while in force, changed only where it exists and
/// something changes.
@Suite("partnerships: period, end and corrections")
struct PartnershipTests {
    static let since = Fixtures.date("2024-04-01")

    static func partnership(_ partner: String = "PT Besar (fiktif)", _ product: String = "braket", ended: String? = nil) throws
        -> Partnership
    {
        try Partnership(partner: partner, product: product, since: since, endedOn: ended.map(Fixtures.date))
    }

    @Test(
        "an end must come after the start",
        arguments: [("2024-03-31", false), ("2024-04-01", false), ("2024-04-02", true), ("2030-01-01", true)])
    func endAfterStart(end: String, accepted: Bool) throws {
        if accepted {
            #expect(try Self.partnership(ended: end).endedOn == Fixtures.date(end))
        } else {
            let error = try #require(throws: InputError.self) { try Self.partnership(ended: end) }
            #expect(error.field == "ended_on" && error.value == end)
        }
    }

    @Test(
        "in force from since until the day before its end",
        arguments: [("2024-03-31", false), ("2024-04-01", true), ("2026-06-30", true), ("2026-07-01", false)])
    func inForce(day: String, expected: Bool) throws {
        #expect(try Self.partnership(ended: "2026-07-01").isInForce(on: Fixtures.date(day)) == expected)
        #expect(try Self.partnership().isInForce(on: Fixtures.date(day)) == (Fixtures.date(day) >= Self.since))
    }

    @Test(
        "the allocation scores a partnership only on the days it is in force",
        arguments: [("2026-06-30", true), ("2026-07-01", false)])
    func scored(day: String, scored: Bool) throws {
        var firm = Fixtures.tenant(kbli: "10110")
        let date = Fixtures.date(day)
        let weights = try Fixtures.ruleBook.ruleSet(asOf: date).parameters.scoring
        let allocator = Allocator(estate: Fixtures.estate(plots: []))
        let without = allocator.score(firm, asOf: date, weights: weights)
        firm.partnerships = [try Self.partnership(ended: "2026-07-01")]
        #expect(allocator.score(firm, asOf: date, weights: weights) == without + (scored ? weights.partnershipPoints : 0))
        #expect(weights.partnershipPoints > 0, "the fixture's rule set rewards partnerships")
    }

    static func estate() throws -> Estate {
        var firm = Fixtures.tenant()
        firm.partnerships = [try partnership(), try partnership("PT Lain (fiktif)", "mur")]
        return Fixtures.estate(plots: [], tenants: [firm])
    }

    @Test("ending keeps the other partnerships and reads before and after; ending twice is refused")
    func ending() throws {
        let end = Fixtures.date("2026-12-01")
        let change = try Self.estate().endingPartnership(of: Fixtures.nib(1), partner: " PT Besar (fiktif) ", product: "braket", on: end)
        #expect(change.changed == .partnership(nib: Fixtures.nib(1), old: try Self.partnership(), new: try Self.partnership(ended: "2026-12-01")))
        #expect(change.before == "PT Besar (fiktif), braket, since 2024-04-01, in force")
        #expect(change.after == "PT Besar (fiktif), braket, since 2024-04-01, ended on 2026-12-01")
        let firm = try #require(change.estate.tenant(Fixtures.nib(1)))
        #expect(firm.partnerships.map(\.endedOn) == [end, nil])
        #expect(throws: RecordChangeRefusal.self) {
            try change.estate.endingPartnership(of: Fixtures.nib(1), partner: "PT Besar (fiktif)", product: "braket", on: end)
        }
        #expect(throws: InputError.self) {
            try Self.estate().endingPartnership(of: Fixtures.nib(1), partner: "PT Besar (fiktif)", product: "braket", on: Self.since)
        }
    }

    @Test("a correction is refused for an unknown partnership (naming the firm's), for no change and for a rename onto another")
    func corrections() throws {
        let estate = try Self.estate()
        let nib = Fixtures.nib(1)
        do {
            _ = try estate.correctingPartnership(of: nib, partner: "PT Besar", product: "braket", to: PartnershipCorrection(product: "x"))
            Issue.record("an unknown partnership was corrected")
        } catch RecordChangeRefusal.missing(let what, let key) {
            #expect(what == "partnership")
            #expect(key.contains("PT Besar (fiktif) for braket; PT Lain (fiktif) for mur"))
        }
        #expect(throws: RecordChangeRefusal.self) {
            try estate.correctingPartnership(
                of: nib, partner: "PT Besar (fiktif)", product: "braket", to: PartnershipCorrection(since: Self.since))
        }
        #expect(throws: RecordChangeRefusal.self) {
            try estate.correctingPartnership(
                of: nib, partner: "PT Besar (fiktif)", product: "braket",
                to: PartnershipCorrection(partner: "PT Lain (fiktif)", product: "mur"))
        }
        #expect(throws: RecordChangeRefusal.self) {
            try estate.correctingPartnership(
                of: Fixtures.nib(2), partner: "PT Besar (fiktif)", product: "braket", to: PartnershipCorrection(product: "x"))
        }
        // Ended by mistake: reopened, it runs on; reopening with an end is refused.
        let ended = try estate.endingPartnership(of: nib, partner: "PT Besar (fiktif)", product: "braket", on: Fixtures.date("2026-12-01"))
        let reopened = try ended.estate.correctingPartnership(
            of: nib, partner: "PT Besar (fiktif)", product: "braket", to: PartnershipCorrection(reopen: true))
        #expect(reopened.after == "PT Besar (fiktif), braket, since 2024-04-01, in force")
        #expect(throws: InputError.self) {
            try ended.estate.correctingPartnership(
                of: nib, partner: "PT Besar (fiktif)", product: "braket",
                to: PartnershipCorrection(endedOn: Fixtures.date("2027-01-01"), reopen: true))
        }
        #expect(throws: RecordChangeRefusal.self, "reopening one that runs changes nothing") {
            try estate.correctingPartnership(
                of: nib, partner: "PT Besar (fiktif)", product: "braket", to: PartnershipCorrection(reopen: true))
        }
        let renamed = try estate.correctingPartnership(
            of: nib, partner: "PT Besar (fiktif)", product: "braket", to: PartnershipCorrection(product: "braket knalpot"))
        #expect(renamed.estate.tenant(nib)?.partnerships.map(\.product) == ["braket knalpot", "mur"])
    }
}
