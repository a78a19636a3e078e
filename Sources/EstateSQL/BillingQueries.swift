import EstateDomain
import EstateStore

/// The reads of the money tables (migration 0019) in the dialect both engines run, and the
/// rows they give turned into the domain's values.
package enum BillingQueries {
    package static func tariffs(estate: Int64) -> SQLStatement {
        SQLStatement(
            """
            SELECT phase_number, CAST(effective_from AS TEXT), rent_per_m2_month, service_charge_per_m2_month,
                   deposit_months, due_days
            FROM tariffs WHERE estate_id = ? ORDER BY phase_number, effective_from
            """, [.int(estate)])
    }

    package static func tariff(_ row: any SQLRowReader) throws -> Tariff {
        try Tariff(
            phase: Int(try row.int(0) ?? 0), effectiveFrom: try date(row, 1),
            rentPerSquareMetreMonth: Rupiah(try row.int(2) ?? 0),
            serviceChargePerSquareMetreMonth: Rupiah(try row.int(3) ?? 0), depositMonths: Int(try row.int(4) ?? 0),
            dueDays: Int(try row.int(5) ?? 0))
    }

    package static func profile(estate: Int64) -> SQLStatement {
        SQLStatement("SELECT name, npwp, address, bank_account FROM billing_profiles WHERE estate_id = ?", [.int(estate)])
    }

    package static func pkpChanges(estate: Int64) -> SQLStatement {
        SQLStatement(
            "SELECT CAST(from_on AS TEXT), is_pkp FROM pkp_changes WHERE estate_id = ? ORDER BY from_on", [.int(estate)])
    }

    /// The profile from its row and its PKP changes; nil when none is set.
    package static func profile(_ rows: [any SQLRowReader], changes: [any SQLRowReader]) throws -> BillingProfile? {
        guard let row = rows.first else { return nil }
        return BillingProfile(
            name: try row.text(0) ?? "", npwp: try row.text(1).map { try NPWP(parsing: $0) }, address: try row.text(2),
            bankAccount: try row.text(3),
            pkpChanges: try changes.map { .init(from: try date($0, 0), isPKP: try $0.int(1) == 1) })
    }

    package static let taxRates = SQLStatement(
        """
        SELECT kind, CAST(valid_from AS TEXT), CAST(valid_until AS TEXT), rate_numerator, rate_denominator,
               base_numerator, base_denominator, citation, certain
        FROM tax_rates ORDER BY kind, valid_from
        """)

    package static func taxRate(_ row: any SQLRowReader) throws -> TaxRate? {
        guard let kind = TaxRate.Kind(rawValue: try row.text(0) ?? "") else { return nil }
        return TaxRate(
            kind: kind, from: try date(row, 1), until: try row.text(2).map { try CivilDate(parsing: $0, field: "valid_until") },
            rate: Ratio(try row.int(3) ?? 0, try row.int(4) ?? 1), base: Ratio(try row.int(5) ?? 1, try row.int(6) ?? 1),
            citation: try row.text(7) ?? "", certain: try row.int(8) == 1)
    }

    /// An invoice's columns, in the order `invoice(_:)` reads them; the lease's id (column 21)
    /// last, for the writes that need it.
    private static let invoiceColumns = """
        SELECT i.number, i.kind, i.nib, i.tenant_name, i.legal_form, i.plot_code, CAST(i.period_start AS TEXT),
               CAST(i.period_end AS TEXT), CAST(i.issued_on AS TEXT), CAST(i.due_on AS TEXT), CAST(i.lines AS TEXT),
               i.subtotal, i.dpp, i.ppn, i.pph_4_2, i.withheld, i.total, i.amount_due, i.cancels,
               (SELECT c.number FROM invoices c WHERE c.estate_id = i.estate_id AND c.cancels = i.number), i.reason,
               i.lease_id
        FROM invoices i
        """

    package static func invoices(estate: Int64, _ query: InvoiceQuery) -> SQLStatement {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let nib = query.nib {
            conditions.append("i.nib = ?")
            values.append(.text(nib.digits))
        }
        if let period = query.period {
            conditions.append("i.period_start = ?")
            values.append(.date(period.firstDay.iso))
        }
        if let number = query.number {
            conditions.append("i.number = ?")
            values.append(.text(number.description))
        }
        return invoices(estate: estate, where: conditions, values)
    }

    /// The estate's invoices meeting every SQL condition of `conditions` (on `invoices i`), in
    /// number order: credit notes after invoices, then by year and sequence.
    package static func invoices(estate: Int64, where conditions: [String], _ values: [SQLValue]) -> SQLStatement {
        SQLStatement(
            invoiceColumns + " WHERE " + (["i.estate_id = ?"] + conditions).joined(separator: " AND ")
                + " ORDER BY i.series DESC, i.year, i.seq",
            [.int(estate)] + values)
    }

    package static func invoice(_ row: any SQLRowReader) throws -> Invoice {
        let amounts = try (11...17).map { Rupiah(try row.int($0) ?? 0) }
        let lines = try InvoiceLinesJSON.decode(try row.text(10) ?? "[]")
        return Invoice(
            number: try InvoiceNumber(parsing: try row.text(0) ?? ""),
            kind: Invoice.Kind(rawValue: try row.text(1) ?? "") ?? .periodic, nib: try NIB(parsing: try row.text(2) ?? ""),
            tenantName: try row.text(3) ?? "", legalForm: try row.text(4).flatMap(LegalForm.init(rawValue:)),
            plotCode: try row.text(5) ?? "", periodStart: try date(row, 6), periodEnd: try date(row, 7),
            issuedOn: try date(row, 8), dueOn: try date(row, 9),
            figures: InvoiceFigures(
                lines: lines, subtotal: amounts[0], dpp: amounts[1], ppn: amounts[2], pph42: amounts[3],
                withheld: amounts[4], total: amounts[5], amountDue: amounts[6]),
            cancels: try row.text(18).map { try InvoiceNumber(parsing: $0) },
            cancelledBy: try row.text(19).map { try InvoiceNumber(parsing: $0) }, reason: try row.text(20))
    }

    static func date(_ row: any SQLRowReader, _ column: Int) throws -> CivilDate {
        try CivilDate(parsing: try row.text(column) ?? "", field: "date")
    }
}
