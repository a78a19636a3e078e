import EstateDomain
import EstateInterchange
import EstateStore

/// The money use cases (issue 16) the CLI, the API and the dashboard call: the store checks
/// and writes each inside its serialised transaction; this reads files and fills defaults.
extension EstateOperations {
    /// Reads a tariffs CSV (every bad row listed) and adds what the store lacks.
    public func importTariffs(named name: String, text: String, actor: String, dryRun: Bool) async throws
        -> TariffImport
    {
        let tariffs = try RecordReaders.tariffs(file: name, text: text)
        return try await store.importTariffs(tariffs, actor: actor, dryRun: dryRun)
    }

    /// Issues the month's invoices (or, in a dry run, says what it would issue).
    public func runInvoices(_ period: BillingPeriod, actor: String, dryRun: Bool) async throws -> InvoiceRun {
        try await store.runInvoices(period, actor: actor, dryRun: dryRun)
    }

    /// The invoice with `number`, or `StoreError.notFound` naming it.
    public func invoice(_ number: InvoiceNumber) async throws -> Invoice {
        guard let invoice = try await store.invoices(InvoiceQuery(number: number)).first else {
            throw StoreError.notFound(what: "invoice", key: number.description)
        }
        return invoice
    }
}
