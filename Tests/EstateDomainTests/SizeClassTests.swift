import EstateDomain
import Testing

@Suite("Size classes beside eligibility")
struct SizeClassTests {
    let schemes = Fixtures.ruleBook.ruleSets[0].sizeClasses

    @Test(
        "PP 7/2021 by annual sales: every band edge",
        arguments: [
            (0, SizeClass.mikro), (2_000_000_000, .mikro), (2_000_000_001, .kecil), (15_000_000_000, .kecil),
            (15_000_000_001, .menengah), (50_000_000_000, .menengah), (50_000_000_001, .besar),
        ] as [(Int64, SizeClass)])
    func sales(amount: Int64, expected: SizeClass) {
        #expect(schemes.sales.classify(Rupiah(amount)) == expected)
    }

    @Test(
        "PP 7/2021 by capital: every band edge",
        arguments: [
            (1_000_000_000, SizeClass.mikro), (1_000_000_001, .kecil), (5_000_000_000, .kecil),
            (5_000_000_001, .menengah),
            (10_000_000_000, .menengah), (10_000_000_001, .besar),
        ] as [(Int64, SizeClass)])
    func capital(amount: Int64, expected: SizeClass) {
        #expect(schemes.capital.classify(Rupiah(amount)) == expected)
    }

    @Test(
        "Permenperin 64/2016 by workers and investment: every edge",
        arguments: [
            (19, 999_999_999, SizeClass.kecil), (19, 1_000_000_000, .menengah), (10, 0, .kecil),
            (20, 999_999_999, .menengah), (20, 15_000_000_000, .menengah), (20, 15_000_000_001, .besar),
            (19, 15_000_000_001, .menengah),
        ] as [(Int, Int64, SizeClass)])
    func industry(workers: Int, investment: Int64, expected: SizeClass) {
        #expect(schemes.industry.classify(workers: workers, investment: Rupiah(investment)) == expected)
    }

    @Test("a typical tenant is menengah by sales, kecil or menengah by the ministry's rule")
    func typical() throws {
        let decision = try EligibilityEvaluator(ruleBook: Fixtures.ruleBook)
            .evaluate(
                Fixtures.tenant(turnover: 40_000_000_000, workers: 12, investment: 800_000_000), asOf: Fixtures.today)
        #expect(decision.sizeClasses?.pp7_2021Sales == .menengah)
        #expect(decision.sizeClasses?.permenperin64_2016 == .kecil)
        #expect(decision.eligible)
    }

    @Test("bands out of order are refused")
    func badBands() {
        #expect(throws: InputError.self) {
            try AmountBands(
                citation: "x",
                bands: [
                    .init(class: .kecil, maxRupiah: Rupiah(5)), .init(class: .mikro, maxRupiah: Rupiah(1)),
                    .init(class: .besar, maxRupiah: nil),
                ])
        }
    }
}
