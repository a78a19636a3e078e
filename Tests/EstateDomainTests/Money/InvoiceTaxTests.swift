import EstateDomain
import Testing

/// VAT by the association's PKP status and the rate of the invoice date; withholding by the
/// tenant's legal form.
@Suite("Invoice taxes: PPN, DPP nilai lain, PPh withheld by a badan")
struct InvoiceTaxTests {
    @Test(
        "VAT follows the PKP date and the 2025-01-01 change to DPP nilai lain",
        arguments: [
            // (PKP changes, month, subtotal from an agreed rent with no service charge, dpp, ppn)
            ([("2022-01-01", true)], "2026-12", 15_000_000, 13_750_000, 1_650_000),  // 11/12, then 12%
            ([("2022-01-01", true)], "2024-12", 15_000_000, 15_000_000, 1_650_000),  // 11% of the whole
            ([("2022-01-01", true)], "2024-12", 100, 100, 11),  // floor(11.00)
            ([("2022-01-01", true)], "2025-01", 100, 91, 10),  // dpp floor(91.67), ppn floor(10.92)
            ([("2022-01-01", true)], "2022-04", 999, 999, 109),  // the first month of 11%: floor(109.89)
            ([("2026-12-01", true)], "2026-11", 15_000_000, 0, 0),  // the month before the PKP date
            ([("2026-12-01", true)], "2026-12", 15_000_000, 13_750_000, 1_650_000),  // the PKP date itself
            ([("2022-01-01", true), ("2027-01-01", false)], "2027-01", 15_000_000, 0, 0),  // no longer a PKP
            ([], "2026-12", 15_000_000, 0, 0),  // never a PKP
        ] as [([(String, Bool)], String, Int64, Int64, Int64)])
    func vat(changes: [(String, Bool)], month: String, subtotal: Int64, dpp: Int64, ppn: Int64) throws {
        let calculator = InvoiceCalculator(taxes: MoneyFixtures.taxes, profile: MoneyFixtures.profile(changes))
        let lease = MoneyFixtures.lease(start: "2022-01-01", form: .ud, agreed: subtotal)
        let figures = try #require(try MoneyFixtures.periodic(
            lease, month, tariff: MoneyFixtures.tariff(service: 0), calculator: calculator))
        #expect(figures.subtotal == Rupiah(subtotal))
        #expect(figures.dpp == Rupiah(dpp))
        #expect(figures.ppn == Rupiah(ppn))
        #expect(figures.total == Rupiah(subtotal + ppn))
        #expect(figures.amountDue == figures.total)
    }

    @Test("a PKP billing a month no stored VAT rate covers is refused, not billed without VAT")
    func noRate() throws {
        let lease = MoneyFixtures.lease(start: "2022-01-01")
        let error = try #require(throws: InputError.self) { try MoneyFixtures.periodic(lease, "2022-03") }
        #expect(error.field == "issued_on")
        #expect(error.value == "2022-03-01")
    }

    @Test(
        "a badan withholds 10% of the rent and the service-charge rate; UD and a person do not",
        arguments: [
            // (legal form, pph_4_2, withheld): on rent 12,500,000 and service charge 2,500,000
            (LegalForm.pt, 1_250_000, 1_300_000), (.cv, 1_250_000, 1_300_000), (.koperasi, 1_250_000, 1_300_000),
            (.firma, 1_250_000, 1_300_000), (.ud, 0, 0), (.perorangan, 0, 0),
        ] as [(LegalForm, Int64, Int64)])
    func withholding(form: LegalForm, pph42: Int64, withheld: Int64) throws {
        let figures = try #require(try MoneyFixtures.periodic(MoneyFixtures.lease(form: form), "2026-12"))
        #expect(figures.pph42 == Rupiah(pph42))
        #expect(figures.withheld == Rupiah(withheld))
        #expect(figures.total == Rupiah(16_650_000))
        #expect(figures.amountDue == Rupiah(16_650_000 - withheld))
    }

    @Test("an unknown legal form withholds nothing (the run names the firm)")
    func unknownForm() throws {
        let figures = try #require(try MoneyFixtures.periodic(MoneyFixtures.lease(form: nil), "2026-12"))
        #expect(figures.withheld == Rupiah(0))
    }

    @Test("withholding rounds down: 10% of a rent of Rp6,451,613 is Rp645,161")
    func withholdingRoundsDown() throws {
        let figures = try #require(try MoneyFixtures.periodic(MoneyFixtures.lease(start: "2026-12-16"), "2026-12"))
        #expect(figures.pph42 == Rupiah(645_161))
        // 2% of Rp1,290,323 is 25,806.46
        #expect(figures.withheld == Rupiah(645_161 + 25_806))
    }

    @Test("a deposit is the deposit months of a full month's rent and service charge, no VAT, nothing withheld")
    func deposit() throws {
        let figures = try MoneyFixtures.calculator.deposit(
            MoneyFixtures.lease(start: "2026-12-16", agreed: 9_000_000), tariff: MoneyFixtures.tariff(deposit: 3))
        #expect(figures.lines == [InvoiceLine(kind: .deposit, days: nil, amount: Rupiah(3 * (9_000_000 + 2_500_000)))])
        #expect(figures.ppn == Rupiah(0) && figures.withheld == Rupiah(0))
        #expect(figures.amountDue == Rupiah(34_500_000))
    }

    @Test(
        "legal form inferred from the name, or read as written",
        arguments: [
            ("PT Baja Presisi", LegalForm.pt), ("CV Logam Jaya", .cv), ("UD Sinar Las", .ud), ("pt. Kawat Maju", .pt),
            ("Koperasi Logam", nil), ("PTBaja", nil), ("Bengkel Pak Darmo", nil),
        ] as [(String, LegalForm?)])
    func inferred(name: String, form: LegalForm?) {
        #expect(LegalForm.inferred(fromName: name) == form)
    }

    @Test("a legal form that is not one is refused with the six it can be")
    func badForm() throws {
        #expect(try LegalForm(parsing: " koperasi ", field: "legal_form") == .koperasi)
        let error = try #require(throws: InputError.self) { try LegalForm(parsing: "Tbk", field: "legal_form") }
        #expect(error.field == "legal_form" && error.fix.contains("perorangan"))
    }
}
