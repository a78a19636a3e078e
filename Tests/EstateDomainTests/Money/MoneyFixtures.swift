import EstateDomain

/// The rates DOMAIN.md cites (the same rows migration 0019 stores), a tariff and leases for
/// the invoice tests.
enum MoneyFixtures {
    static let taxes = TaxSchedule([
        TaxRate(kind: .ppn, from: Fixtures.date("2022-04-01"), until: Fixtures.date("2025-01-01"), rate: Ratio(11, 100),
                citation: "UU 7/2021"),
        TaxRate(kind: .ppn, from: Fixtures.date("2025-01-01"), until: nil, rate: Ratio(12, 100), base: Ratio(11, 12),
                citation: "PMK 131/2024"),
        TaxRate(kind: .rentWithholding, from: Fixtures.date("2017-01-01"), until: nil, rate: Ratio(10, 100),
                citation: "PP 34/2017"),
        TaxRate(kind: .serviceChargeWithholding, from: Fixtures.date("2015-01-01"), until: nil, rate: Ratio(2, 100),
                citation: "PMK 141/2015", certain: false),
    ])

    /// PKP since 2022 unless told otherwise.
    static func profile(_ changes: [(String, Bool)] = [("2022-01-01", true)]) -> BillingProfile {
        BillingProfile(name: "Asosiasi IKM Logam", pkpChanges: changes.map { .init(from: Fixtures.date($0.0), isPKP: $0.1) })
    }

    /// Rp25,000 rent and Rp5,000 service charge per m² a month, 3 months' deposit, 14 days to pay.
    static func tariff(rent: Int64 = 25_000, service: Int64 = 5_000, deposit: Int = 3, phase: Int = 1,
                       from: String = "2020-01-01") -> Tariff {
        try! Tariff(phase: phase, effectiveFrom: Fixtures.date(from), rentPerSquareMetreMonth: Rupiah(rent),
                    serviceChargePerSquareMetreMonth: Rupiah(service), depositMonths: deposit, dueDays: 14)
    }

    /// A lease of a 500 m² plot to a PT from `start`.
    static func lease(_ plot: String = "A-01", start: String = "2026-01-01", end: String? = nil,
                      form: LegalForm? = .pt, areaCm2: Int64 = 5_000_000, agreed: Int64? = nil, phase: Int = 1,
                      n: Int = 1) -> BillableLease {
        BillableLease(
            plotCode: plot, phase: phase, area: Area(squareCentimetres: areaCm2), nib: Fixtures.nib(n),
            tenantName: "PT Uji \(n)", legalForm: form, start: Fixtures.date(start), end: end.map(Fixtures.date),
            agreedMonthlyRent: agreed.map(Rupiah.init))
    }

    static func period(_ text: String) -> BillingPeriod { try! BillingPeriod(parsing: text) }

    static let calculator = InvoiceCalculator(taxes: taxes, profile: profile())

    /// The periodic figures of `lease` for `month`, dated the month's first day.
    static func periodic(_ lease: BillableLease, _ month: String, tariff: Tariff = tariff(),
                         calculator: InvoiceCalculator = calculator) throws -> InvoiceFigures? {
        let period = period(month)
        return try calculator.periodic(lease, tariff: tariff, period: period, issuedOn: period.firstDay)
    }
}
