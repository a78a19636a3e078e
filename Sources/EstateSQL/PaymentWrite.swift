import EstateDomain
import EstateStore

/// Recording a payment, or its reversal, as one write under the estate's lock: the reference is
/// read there, so a payment sent twice is recorded once, and the firm's invoices and payments
/// are read there to answer what it settles.
package enum PaymentWrite {
    /// The reads, in the order `record` takes their rows; the named invoice last, when one is
    /// named (it may be another firm's, so it is not among the firm's own).
    package static func reads(estate: Int64, _ payment: Payment) -> [SQLStatement] {
        [
            PaymentQueries.payment(estate: estate, reference: payment.reference),
            BillingQueries.invoices(estate: estate, InvoiceQuery(nib: payment.nib)),
            PaymentQueries.payments(estate: estate, nib: payment.nib),
        ] + (payment.invoice.map { [BillingQueries.invoices(estate: estate, InvoiceQuery(number: $0))] } ?? [])
    }

    package static func record(
        _ payment: Payment, on base: WriteBase, rows: [[any SQLRowReader]], actor: String
    ) throws -> PlannedWrite<PaymentRecord> {
        let invoices = rows[1]
        var payments = try rows[2].map(PaymentQueries.payment)
        if let stored = try rows[0].first.map(PaymentQueries.payment) {
            return try replay(payment, stored: stored, base: base, invoices: invoices, payments: payments)
        }
        guard base.estate?.tenants.tenant(payment.nib) != nil else {
            throw StoreError.notFound(what: "tenant", key: payment.nib.digits)
        }
        try checkDate(payment.paidOn, field: "paid_on", today: base.today)
        if let number = payment.invoice {
            guard let named = try rows[3].first.map(BillingQueries.invoice) else {
                throw StoreError.notFound(what: "invoice", key: number.description)
            }
            try check(named, for: payment)
        }
        payments.append(payment)
        return PlannedWrite(
            result: PaymentRecord(payment, replayed: false, ledger: try ledger(invoices, payments)),
            statements: [
                insert(payment, estate: base.estateID, actor: actor),
                WriteStatements.audit(
                    actor: actor, action: "record payment", subject: "payment \(payment.reference)",
                    after: WriteStatements.auditDocument([
                        "nib": payment.nib.digits, "amount": String(payment.amount.amount), "paid_on": payment.paidOn.iso,
                        "invoice": payment.invoice?.description ?? "",
                    ]), estate: base.estateID),
            ],
            after: base.estate)
    }

    /// The reads of a reversal of `reference` by `reversal`, in the order `reverse` takes them.
    package static func reversalReads(estate: Int64, reference: String, reversal: String) -> [SQLStatement] {
        [
            PaymentQueries.payment(estate: estate, reference: reference),
            PaymentQueries.payment(estate: estate, reference: reversal),
            PaymentQueries.invoicesOfPayer(estate: estate, reference: reference),
            PaymentQueries.paymentsOfPayer(estate: estate, reference: reference),
        ]
    }

    package static func reverse(
        _ reference: String, reversal: String, on date: CivilDate, reason: String, base: WriteBase,
        rows: [[any SQLRowReader]], actor: String
    ) throws -> PlannedWrite<PaymentRecord> {
        guard let original = try rows[0].first.map(PaymentQueries.payment) else {
            throw StoreError.notFound(what: "payment", key: reference)
        }
        let reversing: Payment
        do {
            reversing = try original.reversal(reference: reversal, on: date, reason: reason)
        } catch let refusal as RecordChangeRefusal {
            throw StoreError(refusal)
        }
        var payments = try rows[3].map(PaymentQueries.payment)
        if let stored = try rows[1].first.map(PaymentQueries.payment) {
            return try replay(reversing, stored: stored, base: base, invoices: rows[2], payments: payments)
        }
        if let earlier = payments.first(where: { $0.reverses == reference }) {
            throw StoreError.refused(
                "payment \(reference) is already reversed by \(earlier.reference)",
                indonesian: "pembayaran \(reference) sudah dibatalkan oleh \(earlier.reference)")
        }
        try checkDate(date, field: "on", today: base.today, notBefore: original.paidOn)
        payments.append(reversing)
        return PlannedWrite(
            result: PaymentRecord(reversing, replayed: false, ledger: try ledger(rows[2], payments)),
            statements: [
                insert(reversing, estate: base.estateID, actor: actor),
                WriteStatements.audit(
                    actor: actor, action: "reverse payment", subject: "payment \(reference)",
                    after: WriteStatements.auditDocument(["reversal": reversal, "reason": reversing.reason ?? ""]),
                    estate: base.estateID),
            ],
            after: base.estate)
    }

    /// The stored payment answered again when `payment` has its figures; else the refusal.
    private static func replay(
        _ payment: Payment, stored: Payment, base: WriteBase, invoices: [any SQLRowReader], payments: [Payment]
    ) throws -> PlannedWrite<PaymentRecord> {
        guard stored.sameFigures(as: payment) else {
            let what = stored.kind == .reversal ? "the reversal of \(stored.reverses ?? "")" : "a payment"
            let apa = stored.kind == .reversal ? "pembatalan \(stored.reverses ?? "")" : "pembayaran"
            throw StoreError.refused(
                "reference \(payment.reference) is already recorded as \(what) of \(stored.amount.format(.english)) from NIB "
                    + "\(stored.nib.digits) on \(stored.paidOn.iso)" + (stored.invoice.map { " for \($0)" } ?? "")
                    + "; a recorded payment is never changed: give this payment its own reference, or reverse that one",
                indonesian: "referensi \(payment.reference) sudah tercatat sebagai \(apa) \(stored.amount.format(.indonesian)) dari "
                    + "NIB \(stored.nib.digits) pada \(stored.paidOn.iso)" + (stored.invoice.map { " untuk \($0)" } ?? "")
                    + "; pembayaran yang tercatat tidak diubah: beri pembayaran ini referensinya sendiri, atau batalkan yang itu")
        }
        return PlannedWrite(
            result: PaymentRecord(stored, replayed: true, ledger: try ledger(invoices, payments)), statements: [],
            after: base.estate)
    }

    private static func check(_ invoice: Invoice, for payment: Payment) throws {
        let number = invoice.number
        if invoice.nib != payment.nib {
            throw StoreError.refused(
                "invoice \(number) is not an invoice of NIB \(payment.nib.digits); name one of its invoices or none",
                indonesian: "tagihan \(number) bukan tagihan NIB \(payment.nib.digits); sebutkan tagihannya sendiri atau kosongkan")
        }
        if invoice.kind == .creditNote {
            throw StoreError.refused(
                "\(number) is a credit note; a payment settles an invoice",
                indonesian: "\(number) adalah nota kredit; pembayaran melunasi tagihan")
        }
        if let credit = invoice.cancelledBy {
            throw StoreError.refused(
                "invoice \(number) is cancelled by \(credit); name its corrected invoice, or none to settle the oldest first",
                indonesian: "tagihan \(number) dibatalkan oleh \(credit); sebutkan tagihan penggantinya, atau kosongkan "
                    + "agar yang tertua dilunasi lebih dulu")
        }
    }

    private static func checkDate(_ date: CivilDate, field: String, today: CivilDate, notBefore: CivilDate? = nil) throws {
        if date > today {
            throw InputError(
                field: field, value: date.iso, problem: "is after today (\(today.iso))",
                fix: "Give the day the money reached the association's account, today or earlier.",
                masalah: "setelah hari ini (\(today.iso))",
                perbaikan: "Isikan tanggal uang masuk ke rekening asosiasi, hari ini atau sebelumnya.")
        }
        if let notBefore, date < notBefore {
            throw InputError(
                field: field, value: date.iso, problem: "is before the payment it reverses (\(notBefore.iso))",
                fix: "Give the day the payment was taken back, \(notBefore.iso) or later.",
                masalah: "sebelum pembayaran yang dibatalkan (\(notBefore.iso))",
                perbaikan: "Isikan tanggal pembayaran ditarik kembali, \(notBefore.iso) atau sesudahnya.")
        }
    }

    private static func ledger(_ invoices: [any SQLRowReader], _ payments: [Payment]) throws -> PaymentLedger {
        PaymentLedger(invoices: try invoices.map(BillingQueries.invoice), payments: payments)
    }

    private static func insert(_ payment: Payment, estate: Int64, actor: String) -> SQLStatement {
        .insert(
            into: "payments",
            ["estate_id", "reference", "nib", "amount", "paid_on", "invoice", "withholding_slip", "reverses", "reason",
             "recorded_by"],
            [.int(estate), .text(payment.reference), .text(payment.nib.digits), .int(payment.amount.amount),
             .date(payment.paidOn.iso), .optionalText(payment.invoice?.description), .optionalText(payment.withholdingSlip),
             .optionalText(payment.reverses), .optionalText(payment.reason), .text(actor)],
            subject: .record(what: "payment", key: payment.reference))
    }
}
