import EstateDomain
import EstateInterchange
import EstateReports
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
    ///
    /// With `visibleTo` (a firm's account: its own firms), another firm's invoice is answered
    /// as unknown, in the same words as a number never issued.
    public func invoice(_ number: InvoiceNumber, visibleTo firms: Set<NIB>? = nil) async throws -> Invoice {
        guard let invoice = try await store.invoices(InvoiceQuery(number: number)).first,
            firms?.contains(invoice.nib) ?? true
        else {
            throw StoreError.notFound(what: "invoice", key: number.description)
        }
        return invoice
    }
}

extension EstateOperations {
    /// The invoices and payments the report `kind` is built from (none for the reports that
    /// need none), for `ReportContext`.
    public func money(for kind: ReportKind) async throws -> MoneyRecords {
        kind.needsMoney ? try await store.moneyRecords(nib: nil) : MoneyRecords()
    }

    /// The statement of `nib`'s account from `from` to `to`; a firm the estate does not know is
    /// `StoreError.notFound`.
    public func statement(_ nib: NIB, from: CivilDate?, to: CivilDate?) async throws -> Statement {
        if let from, let to, to < from {
            throw InputError(
                field: "to", value: to.iso, problem: "is before the statement's first day \(from.iso)",
                fix: "Give a last day on or after the first, e.g. the month's last day.",
                masalah: "sebelum hari pertama rekening \(from.iso)",
                perbaikan: "Isikan hari terakhir pada atau sesudah hari pertama, misalnya akhir bulan.")
        }
        guard let tenant = try await reading(asOf: .todayInBekasi).estate.tenant(nib) else {
            throw StoreError.notFound(what: "tenant", key: nib.digits)
        }
        return Statement(try await store.moneyRecords(nib: nib), nib: nib, name: tenant.legalName, from: from, to: to)
    }
}
