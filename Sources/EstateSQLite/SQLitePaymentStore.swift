import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// Payments in the embedded store: each write in one `BEGIN IMMEDIATE` transaction, which orders
/// it after any other writer of the file, so a reference is read and written by one at a time.
extension SQLiteEstateStore: PaymentRepository {
    public func recordPayment(_ payment: Payment, actor: String) async throws -> PaymentRecord {
        let estate = estateID
        return try await serialisedWrite { db, base in
            let rows = try PaymentWrite.reads(estate: estate, payment).map { try Self.rows(db, $0) }
            return try PaymentWrite.record(payment, on: base, rows: rows, actor: actor)
        }
    }

    public func reversePayment(
        _ reference: String, reversal: String, on date: CivilDate, reason: String, actor: String
    ) async throws -> PaymentRecord {
        let estate = estateID
        return try await serialisedWrite { db, base in
            let rows = try PaymentWrite.reversalReads(estate: estate, reference: reference, reversal: reversal)
                .map { try Self.rows(db, $0) }
            return try PaymentWrite.reverse(
                reference, reversal: reversal, on: date, reason: reason, base: base, rows: rows, actor: actor)
        }
    }

    public func payments(nib: NIB?) async throws -> [PaymentRecord] {
        try await moneyRows(nib: nib, PaymentQueries.paymentRecords)
    }

    public func moneyRecords(nib: NIB?) async throws -> MoneyRecords {
        try await moneyRows(nib: nib, PaymentQueries.records)
    }

    /// `make` of the invoices' and payments' rows (one firm's, when given), read in one transaction.
    private func moneyRows<T: Sendable>(
        nib: NIB?, _ make: @escaping @Sendable ([any SQLRowReader], [any SQLRowReader]) throws -> T
    ) async throws -> T {
        let estate = estateID
        return try await read { db in
            try make(
                try Self.rows(db, BillingQueries.invoices(estate: estate, InvoiceQuery(nib: nib))),
                try Self.rows(db, PaymentQueries.payments(estate: estate, nib: nib)))
        }
    }
}
