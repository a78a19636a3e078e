import ArgumentParser
import EstateDomain
import EstateOperations
import EstateStore

/// Command-line values read with the domain's own parsers, so that the CLI accepts exactly
/// what the CSV importer and the API accept, and refuses with the same messages.
func parsed<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as InputError {
        throw Failure(message: "estate: \(error)", code: .usage)
    }
}

extension PlotStatus: ExpressibleByArgument {}

extension GlobalOptions {
    /// `--as-of` or a command's own date option (e.g. `--on`), else the report date.
    func date(_ text: String?, field: String) throws -> CivilDate {
        try text.map { text in try parsed { try CivilDate(parsing: text, field: field) } } ?? date
    }

    func nib(_ text: String) throws -> NIB { try parsed { try NIB(parsing: text) } }

    /// The tenant with that NIB, or a not-found failure saying how to list them.
    func tenant(_ text: String, in estate: Estate) throws -> Tenant {
        let nib = try nib(text)
        guard let tenant = estate.tenant(nib) else {
            throw Failure(
                message: "estate: no tenant has NIB \(nib); `estate tenants list` shows them, "
                    + "`estate tenants add` adds one.",
                code: .notFound)
        }
        return tenant
    }

    /// Applies one change to a stored record.
    func amend(_ change: EstateChange) async throws -> ChangeOutcome {
        try await operations { try await $0.amend(change, actor: currentActor) }
    }
}
