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
        try await moneyRows(nib: nib, PaymentQueries.paymentRecords)
    }

    public func moneyRecords(nib: NIB?) async throws -> MoneyRecords {
        try await moneyRows(nib: nib, PaymentQueries.records)
    }

    /// `make` of the invoices' and payments' rows (one firm's, when given), read in one
    /// repeatable-read transaction so that both come from the same moment.
    private func moneyRows<T: Sendable>(
        nib: NIB?, _ make: @escaping @Sendable ([any SQLRowReader], [any SQLRowReader]) throws -> T
    ) async throws -> T {
        let rows = try await rowsTogether([
            BillingQueries.invoices(estate: estateID, InvoiceQuery(nib: nib)), PaymentQueries.payments(estate: estateID, nib: nib),
        ])
        return try make(rows[0], rows[1])
    }

    /// The rows of each statement, read in one REPEATABLE READ, READ ONLY transaction so that
    /// they come from one moment (no payment recorded between the invoices and the payments).
    func rowsTogether(_ statements: [SQLStatement]) async throws -> [[any SQLRowReader]] {
        try await connection { connection in
            try await self.run(connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let rows = try await self.rows(connection, statements)
                try await self.run(connection, "COMMIT")
                return rows
            } catch {
                try? await self.run(connection, "ROLLBACK")
                throw error
            }
        }
    }
}
