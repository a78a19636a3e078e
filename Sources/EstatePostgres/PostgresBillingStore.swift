import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The money tables in PostgreSQL. Every write takes the estate's write lock
/// (`estate_write_begin`) before it reads what it decides on, so two servers running the same
/// month one after the other see each other's invoices, claims and numbers.
extension PostgresEstateStore: BillingRepository {
    public func importTariffs(_ tariffs: [Sourced<Tariff>], actor: String, dryRun: Bool) async throws -> TariffImport {
        try await serialisedWrite(dryRun: dryRun) { connection, base in
            try BillingWrites.importTariffs(
                tariffs, on: base, stored: try await self.rows(connection, BillingQueries.tariffs(estate: self.estateID)),
                actor: actor)
        }
    }

    public func tariffs() async throws -> [Tariff] {
        try await connection { connection in
            try await self.rows(connection, BillingQueries.tariffs(estate: self.estateID)).map(BillingQueries.tariff)
        }
    }

    public func updateBillingProfile(_ change: BillingProfileChange, actor: String) async throws -> BillingProfile {
        try await serialisedWrite { connection, base in
            try BillingWrites.updateProfile(
                change, on: base, profile: try await self.rows(connection, BillingQueries.profile(estate: self.estateID)),
                changes: try await self.rows(connection, BillingQueries.pkpChanges(estate: self.estateID)), actor: actor)
        }
    }

    public func billingProfile() async throws -> BillingProfile? {
        try await connection { connection in
            try BillingQueries.profile(
                try await self.rows(connection, BillingQueries.profile(estate: self.estateID)),
                changes: try await self.rows(connection, BillingQueries.pkpChanges(estate: self.estateID)))
        }
    }

    public func taxRates() async throws -> [TaxRate] {
        try await connection { connection in
            try await self.rows(connection, BillingQueries.taxRates).compactMap(BillingQueries.taxRate)
        }
    }

    public func runInvoices(_ period: BillingPeriod, actor: String, dryRun: Bool) async throws -> InvoiceRun {
        try await serialisedWrite(dryRun: dryRun, needsEstate: false) { connection, base in
            let rows = try await self.rows(connection, InvoiceRunWrite.reads(estate: self.estateID, period: period))
            return try InvoiceRunWrite.plan(period, on: base, rows: rows, actor: actor, dryRun: dryRun)
        }
    }

    public func cancelInvoice(_ number: InvoiceNumber, reason: String, actor: String) async throws -> Invoice {
        try await serialisedWrite(needsEstate: false) { connection, base in
            let rows = try await self.rows(
                connection, InvoiceCancelWrite.reads(estate: self.estateID, number: number, year: base.today.year))
            return try InvoiceCancelWrite.plan(number, reason: reason, on: base, rows: rows, actor: actor)
        }
    }

    public func invoices(_ query: InvoiceQuery) async throws -> [Invoice] {
        let rows = try await rowsTogether([
            BillingQueries.invoices(estate: estateID, InvoiceQuery(nib: query.nib)),
            PaymentQueries.payments(estate: estateID, nib: query.nib),
        ])
        return try PaymentQueries.settled(query, invoices: rows[0], payments: rows[1])
    }
}
