import EstateDomain
import EstateStore

/// Cancelling an invoice as one write under the estate's lock: the credit note takes the next
/// number of its own series and year, and the invoice's claim is released, so that the next run
/// of its month issues a corrected invoice. The invoice itself is never changed.
package enum InvoiceCancelWrite {
    /// The reads, in the order `plan` takes their rows.
    package static func reads(estate: Int64, number: InvoiceNumber, year: Int) -> [SQLStatement] {
        [
            BillingQueries.invoices(estate: estate, InvoiceQuery(number: number)),
            SQLStatement(
                "SELECT COALESCE(MAX(seq), 0) FROM invoices WHERE estate_id = ? AND series = 'CN' AND year = ?",
                [.int(estate), .int(Int64(year))]),
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
        let statements = [
            InvoiceRunWrite.insert(credit, lease: lease, estate: base.estateID),
            SQLStatement(
                "DELETE FROM invoice_claims WHERE lease_id = ? AND number = ?", [.int(lease), .text(number.description)]),
            WriteStatements.audit(
                actor: actor, action: "cancel invoice", subject: "invoice \(number)",
                after: WriteStatements.auditDocument(["credit_note": credit.number.description, "reason": reason]),
                estate: base.estateID),
        ]
        return PlannedWrite(result: credit, statements: statements, after: base.estate)
    }
}
