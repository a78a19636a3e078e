import EstateDomain
import EstateStore

/// Cancelling an invoice as one write under the estate's lock: the credit note takes the next
/// number of its own series and year, and the invoice's claim is released, so that the next run
/// of its month issues a corrected invoice. The invoice itself is never changed.
///
/// The deposit of a lease that has ended (its end or termination on or before today) is not
/// corrected but settled: its credit note gives what the firm paid on it back to the firm's
/// account, where the ledger applies it to what the firm still owes, oldest first, and keeps the
/// rest as the firm's credit (to be refunded); its claim is kept, so no run bills it again.
package enum InvoiceCancelWrite {
    /// The reads, in the order `plan` takes their rows.
    package static func reads(estate: Int64, number: InvoiceNumber, year: Int) -> [SQLStatement] {
        [
            BillingQueries.invoices(estate: estate, InvoiceQuery(number: number)),
            SQLStatement(
                "SELECT COALESCE(MAX(seq), 0) FROM invoices WHERE estate_id = ? AND series = 'CN' AND year = ?",
                [.int(estate), .int(Int64(year))]),
            SQLStatement(
                """
                SELECT CAST(COALESCE(l.terminated_on, l.end_on) AS TEXT) FROM invoices i JOIN leases l ON l.id = i.lease_id
                WHERE i.estate_id = ? AND i.number = ?
                """, [.int(estate), .text(number.description)]),
        ]
    }

    package static func plan(
        _ number: InvoiceNumber, reason: String, on base: WriteBase, rows: [[any SQLRowReader]], actor: String
    ) throws -> PlannedWrite<Invoice> {
        guard let row = rows[0].first, let lease = try row.int(21) else {
            throw StoreError.notFound(what: "invoice", key: number.description)
        }
        let invoice = try BillingQueries.invoice(row)
        let sequence = Int(try rows[1].first?.int(0) ?? 0) + 1
        let credit: Invoice
        do {
            credit = try invoice.creditNote(
                InvoiceNumber(series: .creditNote, estate: number.estate, year: base.today.year, sequence: sequence),
                on: base.today, reason: reason)
        } catch let refusal as RecordChangeRefusal {
            throw StoreError(refusal)
        }
        let leaseEnd = try rows[2].first?.text(0).map { try CivilDate(parsing: $0, field: "end") }
        let settlesDeposit = invoice.kind == .deposit && leaseEnd.map { $0 <= base.today } == true
        var statements = [InvoiceRunWrite.insert(credit, lease: lease, estate: base.estateID)]
        if !settlesDeposit {
            statements.append(SQLStatement(
                "DELETE FROM invoice_claims WHERE lease_id = ? AND number = ?", [.int(lease), .text(number.description)]))
        }
        statements += [
            WriteStatements.audit(
                actor: actor, action: settlesDeposit ? "settle deposit" : "cancel invoice", subject: "invoice \(number)",
                after: WriteStatements.auditDocument(["credit_note": credit.number.description, "reason": reason]),
                estate: base.estateID),
        ]
        return PlannedWrite(result: credit, statements: statements, after: base.estate)
    }
}
