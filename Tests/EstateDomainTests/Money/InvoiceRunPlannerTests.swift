import EstateDomain
import Testing

@Suite("Invoice run plan: one periodic invoice per lease and month, deposits once, numbers on")
struct InvoiceRunPlannerTests {
    static let planner = InvoiceRunPlanner(
        estate: "KAWASAN-1", period: MoneyFixtures.period("2026-12"),
        tariffs: TariffSchedule([MoneyFixtures.tariff(), MoneyFixtures.tariff(rent: 30_000, phase: 1, from: "2027-01-01")]),
        calculator: MoneyFixtures.calculator)

    static let leases = [
        MoneyFixtures.lease("A-02", start: "2026-12-16", n: 2),  // starts in the month: deposit too
        MoneyFixtures.lease("A-01", start: "2026-01-01", n: 1),
        MoneyFixtures.lease("A-03", start: "2025-01-01", end: "2026-12-01", n: 3),  // ended before the month
        MoneyFixtures.lease("B-01", start: "2026-06-01", phase: 2, n: 4),  // no tariff for phase 2
        MoneyFixtures.lease("A-04", start: "2027-01-01", n: 5),  // starts after the month
    ]

    @Test("a first run numbers every invoice on from the year's last, in plot order, deposit after its periodic")
    func firstRun() throws {
        let plan = try Self.planner.plan(leases: Self.leases, invoiced: [], withDeposit: [], lastSequence: 41)
        #expect(plan.issues.map { "\($0.invoice.number) \($0.invoice.kind.rawValue) \($0.lease.plotCode)" } == [
            "INV/KAWASAN-1/2026/00042 periodic A-01", "INV/KAWASAN-1/2026/00043 periodic A-02",
            "INV/KAWASAN-1/2026/00044 deposit A-02",
        ])
        #expect(plan.skipped.map(\.lease.plotCode) == ["B-01"])
        #expect(plan.skipped[0].reason.contains("phase 2"))
        let first = plan.issues[0].invoice
        #expect(first.issuedOn == Fixtures.date("2026-12-01") && first.dueOn == Fixtures.date("2026-12-15"))
        #expect(first.periodStart == Fixtures.date("2026-12-01") && first.periodEnd == Fixtures.date("2026-12-31"))
        // the tariff in force on the invoice date, not the one from 2027
        #expect(first.figures.lines[0].amount == Rupiah(12_500_000))
    }

    @Test("a rerun of the same month issues nothing; a lease added since is invoiced, numbered on")
    func rerun() throws {
        let first = try Self.planner.plan(leases: Self.leases, invoiced: [], withDeposit: [], lastSequence: 0)
        let invoiced = Set(first.issues.filter { $0.invoice.kind == .periodic }.map(\.lease))
        let deposits = Set(first.issues.filter { $0.invoice.kind == .deposit }.map(\.lease))
        let again = try Self.planner.plan(leases: Self.leases, invoiced: invoiced, withDeposit: deposits, lastSequence: 3)
        #expect(again.issues.isEmpty)
        #expect(again.alreadyInvoiced == 2)
        let added = Self.leases + [MoneyFixtures.lease("A-05", start: "2026-11-01", n: 6)]
        let later = try Self.planner.plan(leases: added, invoiced: invoiced, withDeposit: deposits, lastSequence: 3)
        #expect(later.issues.map(\.invoice.number.description) == ["INV/KAWASAN-1/2026/00004"])
        #expect(later.issues.map(\.invoice.kind) == [.periodic])
    }

    @Test("a deposit missing from an earlier run is issued even when the periodic invoice stands")
    func depositLater() throws {
        let lease = MoneyFixtures.lease("A-02", start: "2026-12-16", n: 2)
        let plan = try Self.planner.plan(leases: [lease], invoiced: [lease.key], withDeposit: [], lastSequence: 7)
        #expect(plan.issues.map(\.invoice.kind) == [.deposit])
        #expect(plan.issues.map(\.invoice.number.sequence) == [8])
    }

    @Test("a firm whose legal form is unknown is named")
    func unknownForm() throws {
        let lease = MoneyFixtures.lease(form: nil, n: 9)
        let plan = try Self.planner.plan(leases: [lease], invoiced: [], withDeposit: [], lastSequence: 0)
        #expect(plan.unknownLegalForm == [Fixtures.nib(9)])
    }

    @Test(
        "invoice numbers read as printed",
        arguments: ["INV/KAWASAN-1/2026/00042", "cn/kawasan-1/2026/00003", "INV/KAWASAN-1/2026/123456"])
    func numbers(text: String) throws {
        let number = try InvoiceNumber(parsing: text)
        #expect(number.description == text.uppercased())
    }

    @Test("a number that is not one is refused", arguments: ["INV/KAWASAN-1/2026/42", "INV-KAWASAN-1-2026-00042", "XX/K/2026/00001", "INV/KAWASAN-1/2026/00000"])
    func badNumbers(text: String) {
        #expect(throws: InputError.self) { try InvoiceNumber(parsing: text) }
    }

    @Test(
        "billing periods",
        arguments: [("2026-12", "2026-12", 31), ("2028-02", "2028-02", 29), ("2027-02", "2027-02", 28), ("03/2026", "2026-03", 31),
                    (" 2026-1 ", "2026-01", 31)] as [(String, String, Int)])
    func periods(text: String, canonical: String, days: Int) throws {
        let period = try BillingPeriod(parsing: text)
        #expect(period.description == canonical && period.days == days)
    }

    @Test("a period that is not a month is refused", arguments: ["2026-13", "2026", "2026-12-01", "12-2026", ""])
    func badPeriods(text: String) {
        #expect(throws: InputError.self) { try BillingPeriod(parsing: text) }
    }
}
