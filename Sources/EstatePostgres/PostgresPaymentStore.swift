import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// Payments in PostgreSQL. Every write takes the estate's write lock (`estate_write_begin`)
/// before it reads the reference, so two servers recording the same bank line one after the
/// other record it once; UNIQUE (estate_id, reference) holds it too.
extension PostgresEstateStore: PaymentRepository {
    public func recordPayment(_ payment: Payment, actor: String) async throws -> PaymentRecord {
        try await serialisedWrite { connection, base in
            let rows = try await self.rows(connection, PaymentWrite.reads(estate: self.estateID, payment))
            return try PaymentWrite.record(payment, on: base, rows: rows, actor: actor)
        }
    }

    public func reversePayment(
        _ reference: String, reversal: String, on date: CivilDate, reason: String, actor: String
    ) async throws -> PaymentRecord {
        try await serialisedWrite { connection, base in
            let rows = try await self.rows(
                connection, PaymentWrite.reversalReads(estate: self.estateID, reference: reference, reversal: reversal))
            return try PaymentWrite.reverse(
                reference, reversal: reversal, on: date, reason: reason, base: base, rows: rows, actor: actor)
        }
    }

    public func payments(nib: NIB?) async throws -> [PaymentRecord] {
        try await connection { connection in
            try PaymentQueries.records(
                invoices: try await self.rows(connection, BillingQueries.invoices(estate: self.estateID, InvoiceQuery(nib: nib))),
                payments: try await self.rows(connection, PaymentQueries.payments(estate: self.estateID, nib: nib)))
        }
    }

    /// The rows of each statement, run in turn on `connection`.
    func rows(_ connection: PostgresConnection, _ statements: [SQLStatement]) async throws -> [[any SQLRowReader]] {
        var rows: [[any SQLRowReader]] = []
        for statement in statements { rows.append(try await self.rows(connection, statement)) }
        return rows
    }
}
