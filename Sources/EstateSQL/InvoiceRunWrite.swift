import EstateDomain
import EstateStore

/// An invoice run as one write: what it reads inside the issuing transaction (under the
/// estate's write lock), and the statements it plans from those rows with the domain's
/// `InvoiceRunPlanner`. Each invoice and each claim is a plain INSERT, so that PostgreSQL loads a
/// large run with COPY; the claims' key refuses a second periodic invoice of a lease and month
/// even from a write that skipped the lock.
package enum InvoiceRunWrite {
    /// The reads, in the order `plan` takes their rows.
    package static func reads(estate: Int64, period: BillingPeriod) -> [SQLStatement] {
        [
            BillingQueries.profile(estate: estate), BillingQueries.pkpChanges(estate: estate),
            BillingQueries.taxRates, BillingQueries.tariffs(estate: estate), leases(estate: estate, period: period),
            claims(estate: estate, period: period), lastSequence(estate: estate, year: period.year),
            SQLStatement("SELECT code FROM estates WHERE id = ?", [.int(estate)]),
        ]
    }

    package static func plan(
        _ period: BillingPeriod, on base: WriteBase, rows: [[any SQLRowReader]], actor: String, dryRun: Bool
    ) throws -> PlannedWrite<InvoiceRun> {
        let estateID = base.estateID
        let estateCode = try rows[7].first?.text(0) ?? "KAWASAN-\(estateID)"
        guard let profile = try BillingQueries.profile(rows[0], changes: rows[1]) else {
            throw StoreError.refused(
                "estate \(estateCode) has no billing profile, which every invoice prints; set it first with "
                    + "estate billing profile --name …",
                indonesian: "kawasan \(estateCode) belum memiliki profil penagihan, yang tercetak di setiap tagihan; "
                    + "isi dahulu dengan estate billing profile --name …")
        }
        let taxes = TaxSchedule(try rows[2].compactMap(BillingQueries.taxRate))
        let tariffs = TariffSchedule(try rows[3].map(BillingQueries.tariff))
        var ids: [LeaseKey: Int64] = [:]
        var leases: [BillableLease] = []
        for row in rows[4] {
            let lease = try billable(row)
            ids[lease.key] = try row.int(0) ?? 0
            leases.append(lease)
        }
        let keys = Dictionary(ids.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        var invoiced: Set<LeaseKey> = []
        var withDeposit: Set<LeaseKey> = []
        for row in rows[5] {
            guard let key = keys[try row.int(0) ?? 0] else { continue }
            if try row.text(1) == "deposit" { withDeposit.insert(key) } else { invoiced.insert(key) }
        }
        let planner = InvoiceRunPlanner(
            estate: estateCode, period: period, tariffs: tariffs,
            calculator: InvoiceCalculator(taxes: taxes, profile: profile))
        let plan = try planner.plan(
            leases: leases, invoiced: invoiced, withDeposit: withDeposit, lastSequence: Int(try rows[6].first?.int(0) ?? 0))
        var statements: [SQLStatement] = []
        for issue in plan.issues {
            statements.append(insert(issue.invoice, lease: ids[issue.lease] ?? 0, estate: estateID))
        }
        for issue in plan.issues {
            let claim = issue.invoice.kind == .deposit ? "deposit" : "periodic:\(period)"
            statements.append(.insert(
                into: "invoice_claims", ["lease_id", "claim", "number"],
                [.int(ids[issue.lease] ?? 0), .text(claim), .text(issue.invoice.number.description)],
                subject: .record(what: "invoice of plot \(issue.lease.plotCode) for", key: claim)))
        }
        if let first = plan.issues.first, let last = plan.issues.last {
            statements.append(WriteStatements.audit(
                actor: actor, action: "run invoices", subject: "invoices \(period)",
                after: WriteStatements.auditDocument([
                    "period": period.description, "issued": String(plan.issues.count),
                    "first": first.invoice.number.description, "last": last.invoice.number.description,
                ]),
                estate: estateID))
        }
        return PlannedWrite(result: InvoiceRun(period: period, dryRun: dryRun, plan: plan), statements: statements, after: base.estate)
    }

    static func insert(_ invoice: Invoice, lease: Int64, estate: Int64) -> SQLStatement {
        let f = invoice.figures
        return .insert(
            into: "invoices",
            [
                "estate_id", "series", "year", "seq", "number", "kind", "lease_id", "nib", "tenant_name", "legal_form",
                "plot_code", "period_start", "period_end", "issued_on", "due_on", "lines", "subtotal", "dpp", "ppn",
                "pph_4_2", "withheld", "total", "amount_due", "cancels", "reason",
            ],
            [
                .int(estate), .text(invoice.number.series.rawValue), .int(Int64(invoice.number.year)),
                .int(Int64(invoice.number.sequence)), .text(invoice.number.description), .text(invoice.kind.rawValue),
                .int(lease), .text(invoice.nib.digits), .text(invoice.tenantName), .optionalText(invoice.legalForm?.rawValue),
                .text(invoice.plotCode), .date(invoice.periodStart.iso), .date(invoice.periodEnd.iso),
                .date(invoice.issuedOn.iso), .date(invoice.dueOn.iso), .json(InvoiceLinesJSON.encode(f.lines)),
                .int(f.subtotal.amount), .int(f.dpp.amount), .int(f.ppn.amount), .int(f.pph42.amount),
                .int(f.withheld.amount), .int(f.total.amount), .int(f.amountDue.amount),
                .optionalText(invoice.cancels?.description), .optionalText(invoice.reason),
            ],
            subject: .record(what: "invoice", key: invoice.number.description))
    }

    /// The estate's leases in force on at least one day of the month, with what billing needs.
    private static func leases(estate: Int64, period: BillingPeriod) -> SQLStatement {
        SQLStatement(
            """
            SELECT l.id, p.code, p.phase_number, p.area_cm2, l.nib, t.legal_name, t.legal_form,
                   CAST(l.start_on AS TEXT), CAST(COALESCE(l.terminated_on, l.end_on) AS TEXT), l.agreed_monthly_rent
            FROM leases l JOIN plots p ON p.id = l.plot_id JOIN tenants t ON t.nib = l.nib
            WHERE p.estate_id = ? AND l.start_on < ?
              AND (COALESCE(l.terminated_on, l.end_on) IS NULL OR COALESCE(l.terminated_on, l.end_on) > ?)
            """, [.int(estate), .date(period.end.iso), .date(period.firstDay.iso)])
    }

    private static func billable(_ row: any SQLRowReader) throws -> BillableLease {
        let name = try row.text(5) ?? ""
        return BillableLease(
            plotCode: try row.text(1) ?? "", phase: Int(try row.int(2) ?? 0),
            area: Area(squareCentimetres: try row.int(3) ?? 0), nib: try NIB(parsing: try row.text(4) ?? ""),
            tenantName: name,
            legalForm: try row.text(6).flatMap(LegalForm.init(rawValue:)) ?? LegalForm.inferred(fromName: name),
            start: try BillingQueries.date(row, 7), end: try row.text(8).map { try CivilDate(parsing: $0, field: "end") },
            agreedMonthlyRent: try row.int(9).map(Rupiah.init))
    }

    /// The month's periodic claims and every deposit claim of the estate's leases.
    private static func claims(estate: Int64, period: BillingPeriod) -> SQLStatement {
        SQLStatement(
            """
            SELECT c.lease_id, c.claim FROM invoice_claims c
            JOIN leases l ON l.id = c.lease_id JOIN plots p ON p.id = l.plot_id
            WHERE p.estate_id = ? AND c.claim IN ('deposit', ?)
            """, [.int(estate), .text("periodic:\(period)")])
    }

    private static func lastSequence(estate: Int64, year: Int) -> SQLStatement {
        SQLStatement(
            "SELECT COALESCE(MAX(seq), 0) FROM invoices WHERE estate_id = ? AND series = 'INV' AND year = ?",
            [.int(estate), .int(Int64(year))])
    }
}
