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
            _ = try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: self.logger)
            do {
                let rows = try await self.rows(connection, statements)
                _ = try await connection.query("COMMIT", logger: self.logger)
                return rows
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// The rows of each statement, run in turn on `connection`.
    func rows(_ connection: PostgresConnection, _ statements: [SQLStatement]) async throws -> [[any SQLRowReader]] {
        var rows: [[any SQLRowReader]] = []
        for statement in statements { rows.append(try await self.rows(connection, statement)) }
        return rows
    }
}
