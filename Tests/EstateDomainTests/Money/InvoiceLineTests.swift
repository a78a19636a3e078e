import EstateDomain
import Testing

/// Each line is monthly amount × days in force ÷ days in the month, nearest Rupiah, halves up.
@Suite("Invoice lines: days in force and rounding")
struct InvoiceLineTests {
    @Test(
        "a 500 m² plot at Rp25,000 rent and Rp5,000 service charge per m²",
        arguments: [
            // (lease start, lease end (first day not running), month, days, rent, service charge)
            ("2026-01-01", nil, "2026-12", 31, 12_500_000, 2_500_000),  // the whole month
            ("2026-12-01", nil, "2026-12", 31, 12_500_000, 2_500_000),  // starts on the first day
            ("2026-12-16", nil, "2026-12", 16, 6_451_613, 1_290_323),  // starts mid-month: .9 and .58 up
            ("2026-12-31", nil, "2026-12", 1, 403_226, 80_645),  // starts on the last day
            ("2026-01-01", "2026-12-16", "2026-12", 15, 6_048_387, 1_209_677),  // ends mid-month: .1 down, .42 down
            ("2026-01-01", "2026-12-02", "2026-12", 1, 403_226, 80_645),  // runs the first day only
            ("2026-01-01", "2027-01-01", "2026-12", 31, 12_500_000, 2_500_000),  // ends after the last day
            ("2026-12-10", "2026-12-20", "2026-12", 10, 4_032_258, 806_452),  // starts and ends in the month
            ("2028-02-15", nil, "2028-02", 15, 6_465_517, 1_293_103),  // February of a leap year: 29 days
            ("2027-02-15", nil, "2027-02", 14, 6_250_000, 1_250_000),  // February of a common year: 28 days
            ("2028-01-01", nil, "2028-02", 29, 12_500_000, 2_500_000),  // the whole leap February
        ] as [(String, String?, String, Int, Int64, Int64)])
    func lines(start: String, end: String?, month: String, days: Int, rent: Int64, service: Int64) throws {
        let figures = try #require(try MoneyFixtures.periodic(MoneyFixtures.lease(start: start, end: end), month))
        #expect(figures.lines == [
            InvoiceLine(kind: .rent, days: days, amount: Rupiah(rent)),
            InvoiceLine(kind: .serviceCharge, days: days, amount: Rupiah(service)),
        ])
        #expect(figures.subtotal == Rupiah(rent + service))
    }

    @Test(
        "a lease running no day of the month gets no invoice",
        arguments: [("2026-01-01", "2026-12-01"), ("2027-01-01", nil), ("2026-11-01", "2026-11-30")] as [(String, String?)])
    func noDays(start: String, end: String?) throws {
        #expect(try MoneyFixtures.periodic(MoneyFixtures.lease(start: start, end: end), "2026-12") == nil)
    }

    @Test(
        "halves round up, just under a half rounds down",
        arguments: [
            // (plot area in cm², rent per m², expected rent line): a full month of the tariff
            (5_000, 1, 1),  // 0.5 m² × Rp1 = Rp0.5 → 1
            (4_999, 1, 0),  // Rp0.4999 → 0
            (15_000, 1, 2),  // Rp1.5 → 2
            (25_001, 1, 3),  // Rp2.5001 → 3
        ] as [(Int64, Int64, Int64)])
    func halves(areaCm2: Int64, rate: Int64, expected: Int64) throws {
        let lease = MoneyFixtures.lease(areaCm2: areaCm2)
        let figures = try #require(try MoneyFixtures.periodic(lease, "2026-12", tariff: MoneyFixtures.tariff(rent: rate, service: 0)))
        #expect(figures.lines[0].amount == Rupiah(expected))
    }

    @Test(
        "a lease's own monthly rent replaces the tariff's rent, not its service charge",
        arguments: [
            // (agreed monthly rent, lease start, month, rent line)
            (9_000_000, "2026-01-01", "2026-12", 9_000_000),
            (10_000_001, "2027-02-15", "2027-02", 5_000_001),  // 14/28 of it is x.5: up
            (10_000_001, "2027-02-16", "2027-02", 4_642_858),  // 13/28: 4,642,857.6 up
            (9_000_000, "2026-12-31", "2026-12", 290_323),  // 1/31: 290,322.58 up
        ] as [(Int64, String, String, Int64)])
    func ownRent(agreed: Int64, start: String, month: String, rent: Int64) throws {
        let lease = MoneyFixtures.lease(start: start, agreed: agreed)
        let figures = try #require(try MoneyFixtures.periodic(lease, month))
        let tariffOnly = try #require(try MoneyFixtures.periodic(MoneyFixtures.lease(start: start), month))
        #expect(figures.lines[0] == InvoiceLine(kind: .rent, days: figures.lines[0].days, amount: Rupiah(rent)))
        #expect(figures.lines[1] == tariffOnly.lines[1])
    }

    @Test("a rate that would overflow an invoice is refused, naming the field")
    func overflow() throws {
        let lease = MoneyFixtures.lease(areaCm2: Area.largest.squareCentimetres)
        let error = try #require(throws: InputError.self) {
            try MoneyFixtures.periodic(lease, "2026-12", tariff: MoneyFixtures.tariff(rent: Int64.max / 2))
        }
        #expect(error.field == "rent_per_m2_month")
    }
}
