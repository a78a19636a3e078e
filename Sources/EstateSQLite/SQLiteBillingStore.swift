import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// The money tables in the embedded store: every write in one `BEGIN IMMEDIATE` transaction,
/// which orders it after any other writer of the file.
extension SQLiteEstateStore: BillingRepository {
    public func importTariffs(_ tariffs: [Sourced<Tariff>], actor: String, dryRun: Bool) async throws -> TariffImport {
        let estate = estateID
        return try await serialisedWrite(rollback: dryRun) { db, base in
            try BillingWrites.importTariffs(
                tariffs, on: base, stored: try Self.rows(db, BillingQueries.tariffs(estate: estate)), actor: actor)
        }
    }

    public func tariffs() async throws -> [Tariff] {
        let estate = estateID
        return try await read { db in try Self.rows(db, BillingQueries.tariffs(estate: estate)).map(BillingQueries.tariff) }
    }

    public func updateBillingProfile(_ change: BillingProfileChange, actor: String) async throws -> BillingProfile {
        let estate = estateID
        return try await serialisedWrite { db, base in
            try BillingWrites.updateProfile(
                change, on: base, profile: try Self.rows(db, BillingQueries.profile(estate: estate)),
                changes: try Self.rows(db, BillingQueries.pkpChanges(estate: estate)), actor: actor)
        }
    }

    public func billingProfile() async throws -> BillingProfile? {
        let estate = estateID
        return try await read { db in
            try BillingQueries.profile(
                try Self.rows(db, BillingQueries.profile(estate: estate)),
                changes: try Self.rows(db, BillingQueries.pkpChanges(estate: estate)))
        }
    }

    public func taxRates() async throws -> [TaxRate] {
        try await read { db in try Self.rows(db, BillingQueries.taxRates).compactMap(BillingQueries.taxRate) }
    }

    public func runInvoices(_ period: BillingPeriod, actor: String, dryRun: Bool) async throws -> InvoiceRun {
        let estate = estateID
        return try await serialisedWrite(rollback: dryRun) { db, base in
            let rows = try InvoiceRunWrite.reads(estate: estate, period: period).map { try Self.rows(db, $0) }
            return try InvoiceRunWrite.plan(period, on: base, rows: rows, actor: actor, dryRun: dryRun)
        }
    }

    public func cancelInvoice(_ number: InvoiceNumber, reason: String, actor: String) async throws -> Invoice {
        let estate = estateID
        return try await serialisedWrite { db, base in
            let rows = try InvoiceCancelWrite.reads(estate: estate, number: number, year: base.today.year)
                .map { try Self.rows(db, $0) }
            return try InvoiceCancelWrite.plan(number, reason: reason, on: base, rows: rows, actor: actor)
        }
    }

    public func invoices(_ query: InvoiceQuery) async throws -> [Invoice] {
        let estate = estateID
        return try await read { db in
            try PaymentQueries.settled(
                query, invoices: try Self.rows(db, BillingQueries.invoices(estate: estate, InvoiceQuery(nib: query.nib))),
                payments: try Self.rows(db, PaymentQueries.payments(estate: estate, nib: query.nib)))
        }
    }
}
