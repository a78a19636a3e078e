import EstateDomain
import EstateStore

/// The reads of `payments` (migration 0020) in the dialect both engines run, and the settlement
/// of invoices by them (`PaymentLedger`), shared by the engines' reads and writes.
package enum PaymentQueries {
    private static let columns = """
        SELECT reference, nib, amount, CAST(paid_on AS TEXT), invoice, withholding_slip, reverses, reason
        FROM payments
        """

    /// The estate's payments (one firm's, when given), in the order they were recorded.
    package static func payments(estate: Int64, nib: NIB?) -> SQLStatement {
        guard let nib else { return SQLStatement(columns + " WHERE estate_id = ? ORDER BY id", [.int(estate)]) }
        return SQLStatement(columns + " WHERE estate_id = ? AND nib = ? ORDER BY id", [.int(estate), .text(nib.digits)])
    }

    /// The payments of the firm that made the payment `reference`, in the order recorded.
    package static func paymentsOfPayer(estate: Int64, reference: String) -> SQLStatement {
        SQLStatement(
            columns + " WHERE estate_id = ? AND nib = (SELECT nib FROM payments WHERE estate_id = ? AND reference = ?) ORDER BY id",
            [.int(estate), .int(estate), .text(reference)])
    }

    /// The invoices of the firm that made the payment `reference`.
    package static func invoicesOfPayer(estate: Int64, reference: String) -> SQLStatement {
        BillingQueries.invoices(
            estate: estate, where: ["i.nib = (SELECT nib FROM payments WHERE estate_id = ? AND reference = ?)"],
            [.int(estate), .text(reference)])
    }

    /// The payment recorded with `reference` (none or one row).
    package static func payment(estate: Int64, reference: String) -> SQLStatement {
        SQLStatement(columns + " WHERE estate_id = ? AND reference = ?", [.int(estate), .text(reference)])
    }

    package static func payment(_ row: any SQLRowReader) throws -> Payment {
        Payment(
            checkedReference: try row.text(0) ?? "", nib: try NIB(parsing: try row.text(1) ?? ""),
            amount: Rupiah(try row.int(2) ?? 0), paidOn: try BillingQueries.date(row, 3),
            invoice: try row.text(4).map { try InvoiceNumber(parsing: $0) }, withholdingSlip: try row.text(5),
            reverses: try row.text(6), reason: try row.text(7))
    }

    /// The invoices `query` asks for, each with what the payments settle of it. `invoiceRows`
    /// and `paymentRows` hold every invoice and payment of the firms concerned (of `query.nib`,
    /// or of the estate), since a payment settles the oldest first.
    package static func settled(
        _ query: InvoiceQuery, invoices invoiceRows: [any SQLRowReader], payments paymentRows: [any SQLRowReader]
    ) throws -> [Invoice] {
        try records(invoices: invoiceRows, payments: paymentRows).settled.filter { invoice in
            (query.period.map { invoice.periodStart == $0.firstDay } ?? true)
                && (query.number.map { invoice.number == $0 } ?? true)
        }
    }

    /// The rows as the domain's records, not yet settled.
    package static func records(
        invoices invoiceRows: [any SQLRowReader], payments paymentRows: [any SQLRowReader]
    ) throws -> MoneyRecords {
        MoneyRecords(invoices: try invoiceRows.map(BillingQueries.invoice), payments: try paymentRows.map(payment))
    }

    /// Every payment in `paymentRows` with the invoices it settles, and its firm's credit.
    package static func paymentRecords(
        invoices invoiceRows: [any SQLRowReader], payments paymentRows: [any SQLRowReader]
    ) throws -> [PaymentRecord] {
        let payments = try paymentRows.map(payment)
        let ledger = PaymentLedger(invoices: try invoiceRows.map(BillingQueries.invoice), payments: payments)
        return payments.map { PaymentRecord($0, replayed: false, ledger: ledger) }
    }
}
