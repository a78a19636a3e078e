import EstateDomain
import EstateStore

/// Invoices and payments as CSV for the association's accountant (issue 16, item 7): one row per
/// record, the JSON's keys as the header, whole Rupiah without grouping, ISO dates, RFC 4180
/// quoting, and every text field neutralised against spreadsheet formulas, as the reports are.
public enum MoneyCSV {
    public static let invoiceColumns = [
        "number", "kind", "estate", "nib", "tenant", "legal_form", "plot", "period_start", "period_end", "issued_on",
        "due_on", "rent", "service_charge", "deposit", "subtotal", "dpp", "ppn", "pph_4_2", "withheld", "total",
        "amount_due", "paid", "outstanding", "status", "cancels", "cancelled_by", "reason",
    ]

    public static let paymentColumns = [
        "reference", "kind", "nib", "amount", "paid_on", "invoice", "withholding_slip", "reverses", "reason", "settles",
    ]

    /// One row per invoice or credit note, in the order given.
    public static func invoices(_ invoices: [Invoice]) -> String {
        rows(invoiceColumns, invoices.map { invoice in
            let f = invoice.figures
            let line = { (kind: InvoiceLine.Kind) in
                f.lines.filter { $0.kind == kind }.reduce(Int64(0)) { $0 + $1.amount.amount }
            }
            return [
                invoice.number.description, invoice.kind.rawValue, invoice.estate, invoice.nib.digits, invoice.tenantName,
                invoice.legalForm?.rawValue ?? "", invoice.plotCode, invoice.periodStart.iso, invoice.periodEnd.iso,
                invoice.issuedOn.iso, invoice.dueOn.iso, String(line(.rent)), String(line(.serviceCharge)),
                String(line(.deposit)), String(f.subtotal.amount), String(f.dpp.amount), String(f.ppn.amount),
                String(f.pph42.amount), String(f.withheld.amount), String(f.total.amount), String(f.amountDue.amount),
                String(invoice.settled.amount), String(invoice.outstanding.amount), invoice.status.rawValue,
                invoice.cancels?.description ?? "", invoice.cancelledBy?.description ?? "", invoice.reason ?? "",
            ]
        })
    }

    /// One row per payment or reversal; `settles` lists `NUMBER:AMOUNT` pairs separated by `;`.
    public static func payments(_ records: [PaymentRecord]) -> String {
        rows(paymentColumns, records.map { record in
            let p = record.payment
            return [
                p.reference, p.kind.rawValue, p.nib.digits, String(p.amount.amount), p.paidOn.iso,
                p.invoice?.description ?? "", p.withholdingSlip ?? "", p.reverses ?? "", p.reason ?? "",
                record.allocations.map { "\($0.invoice):\($0.amount.amount)" }.joined(separator: ";"),
            ]
        })
    }

    private static func rows(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows.map { $0.map(ReportCSVRenderer.neutralised) })
            .map { $0.map { ReportCSVRenderer.quoted($0) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
