/// Computes an invoice's figures exactly as issue 16 states them, from dated parameters only:
/// the tariff, the lease's own rent, the association's PKP status on the invoice date and the
/// tax rates of that date. Every amount is whole Rupiah; lines round to the nearest Rupiah with
/// halves up, taxes round down.
public struct InvoiceCalculator: Sendable {
    public let taxes: TaxSchedule
    public let profile: BillingProfile

    public init(taxes: TaxSchedule, profile: BillingProfile) {
        self.taxes = taxes
        self.profile = profile
    }

    /// The periodic invoice of `period` for a lease, dated `issuedOn`; nil when the lease runs
    /// on no day of the month.
    public func periodic(_ lease: BillableLease, tariff: Tariff, period: BillingPeriod, issuedOn: CivilDate) throws
        -> InvoiceFigures?
    {
        let days = period.daysInForce(start: lease.start, end: lease.end)
        guard days > 0 else { return nil }
        let rent = try Self.share(of: lease, monthly: \.rentPerSquareMetreMonth, tariff: tariff, agreed: lease.agreedMonthlyRent,
                                  days: days, of: period.days, field: "rent_per_m2_month")
        let service = try Self.share(of: lease, monthly: \.serviceChargePerSquareMetreMonth, tariff: tariff, agreed: nil,
                                     days: days, of: period.days, field: "service_charge_per_m2_month")
        let lines = [
            InvoiceLine(kind: .rent, days: days, amount: Rupiah(rent)),
            InvoiceLine(kind: .serviceCharge, days: days, amount: Rupiah(service)),
        ]
        return try figures(lines, rent: rent, service: service, legalForm: lease.legalForm, issuedOn: issuedOn)
    }

    /// The deposit invoice a lease gets in the month it starts: the tariff's deposit months of
    /// a full month's rent and service charge, with no VAT and nothing withheld (it is held, not
    /// earned, and is settled when the lease ends).
    public func deposit(_ lease: BillableLease, tariff: Tariff) throws -> InvoiceFigures {
        let months = Int64(tariff.depositMonths)
        let rent = try Self.share(of: lease, monthly: \.rentPerSquareMetreMonth, tariff: tariff, agreed: lease.agreedMonthlyRent,
                                  days: 1, of: 1, field: "rent_per_m2_month")
        let service = try Self.share(of: lease, monthly: \.serviceChargePerSquareMetreMonth, tariff: tariff, agreed: nil,
                                     days: 1, of: 1, field: "service_charge_per_m2_month")
        let (amount, overflow) = (rent + service).multipliedReportingOverflow(by: months)
        if overflow { throw Self.tooLarge(field: "deposit_months", value: String(months)) }
        let zero = Rupiah(0)
        return InvoiceFigures(
            lines: [InvoiceLine(kind: .deposit, days: nil, amount: Rupiah(amount))], subtotal: Rupiah(amount), dpp: zero,
            ppn: zero, pph42: zero, withheld: zero, total: Rupiah(amount), amountDue: Rupiah(amount))
    }

    private func figures(_ lines: [InvoiceLine], rent: Int64, service: Int64, legalForm: LegalForm?, issuedOn: CivilDate)
        throws -> InvoiceFigures
    {
        let subtotal = rent + service
        var dpp: Int64 = 0
        var ppn: Int64 = 0
        if profile.isPKP(on: issuedOn) {
            guard let vat = taxes.rate(.ppn, on: issuedOn) else {
                throw InputError(
                    field: "issued_on", value: issuedOn.iso, problem: "has no VAT rate stored while the association is a PKP",
                    fix: "Add the PPN rate in force on that date (table tax_rates), or bill a month it covers.",
                    masalah: "tidak memiliki tarif PPN tersimpan padahal asosiasi berstatus PKP",
                    perbaikan: "Tambahkan tarif PPN yang berlaku pada tanggal itu (tabel tax_rates), atau tagih bulan yang tercakup.")
            }
            dpp = vat.base.floorOf(subtotal)
            ppn = vat.rate.floorOf(dpp)
        }
        var pph42: Int64 = 0
        var withheld: Int64 = 0
        if legalForm?.isBadan == true {
            pph42 = taxes.rate(.rentWithholding, on: issuedOn)?.rate.floorOf(rent) ?? 0
            withheld = pph42 + (taxes.rate(.serviceChargeWithholding, on: issuedOn)?.rate.floorOf(service) ?? 0)
        }
        let total = subtotal + ppn
        return InvoiceFigures(
            lines: lines, subtotal: Rupiah(subtotal), dpp: Rupiah(dpp), ppn: Rupiah(ppn), pph42: Rupiah(pph42),
            withheld: Rupiah(withheld), total: Rupiah(total), amountDue: Rupiah(total - withheld))
    }

    /// `monthly × days ÷ daysInMonth`, halves up, where the monthly amount is the lease's own
    /// when given, else the tariff's rate per m² times the plot's exact area (one rounding only).
    private static func share(
        of lease: BillableLease, monthly rate: KeyPath<Tariff, Rupiah>, tariff: Tariff, agreed: Rupiah?, days: Int,
        of monthDays: Int, field: String
    ) throws -> Int64 {
        let result: Int64?
        if let agreed {
            result = ExactShare.roundedHalfUp(agreed.amount, times: Int64(days), over: Int64(monthDays))
        } else {
            let areaDays = lease.area.squareCentimetres.multipliedReportingOverflow(by: Int64(days))
            result = areaDays.overflow ? nil
                : ExactShare.roundedHalfUp(tariff[keyPath: rate].amount, times: areaDays.partialValue,
                                           over: Area.perSquareMetre * Int64(monthDays))
        }
        guard let result, result <= Int64.max / 4 else {
            throw tooLarge(field: agreed == nil ? field : "agreed_rent", value: (agreed ?? tariff[keyPath: rate]).amount.description)
        }
        return result
    }

    private static func tooLarge(field: String, value: String) -> InputError {
        InputError(
            field: field, value: value, problem: "makes an invoice amount beyond what can be billed",
            fix: "Check the figure: an invoice line must stay below Rp2 quintillion.",
            masalah: "menghasilkan jumlah tagihan di luar batas",
            perbaikan: "Periksa angkanya: satu baris tagihan harus di bawah Rp2 kuintiliun.")
    }
}
