import EstateDomain
import EstateStore
import Hummingbird

/// The tenant page's forms for the firm's own record (issue 15, item 6): record a yearly
/// declaration and correct the firm's name, NPWP, KBLI codes, address or contact. Each calls
/// the operation the API calls; an empty field keeps the stored value.
extension Dashboard {
    /// `POST /dashboard/tenants/{nib}/declarations`: an officer records a yearly declaration.
    func declareForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("declare", request, context) { form, nib in
            let filed = try CivilDate(parsing: Self.text(form, "declared_on"), field: "declared_on")
            let declaration = try Self.declaration(form, declaredOn: filed)
            _ = try await api.operations.declare(declaration, for: nib, actor: context.caller!.actor)
            return "declaration-recorded"
        }
    }

    /// `POST /dashboard/tenants/{nib}/correction`: an officer corrects the firm's record.
    func correctTenantForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("correct", request, context) { form, nib in
            let given = { (name: String) in Self.given(form, name) }
            let change = EstateChange.updateTenant(
                nib: nib, name: given("name"), npwp: try given("npwp").map { try NPWP(parsing: $0, field: "npwp") },
                kbli: try given("kbli").map { try KBLI.list(parsing: $0) }, address: given("address"),
                contact: given("contact"))
            _ = try await api.operations.amend(change, actor: context.caller!.actor)
            return "tenant-corrected"
        }
    }

    /// A year's figures as a form gives them (year, turnover, workers, local workers, investment).
    static func declaration(_ form: [String: String], declaredOn: CivilDate) throws -> Declaration {
        let field = { (name: String) in Self.text(form, name) }
        let count = { (name: String) in try Self.count(form, name) }
        return try Declaration(
            fiscalYear: try count("fiscal_year"), turnover: try Rupiah(parsing: field("turnover"), field: "turnover"),
            workers: try count("workers"), localWorkers: try count("local_workers"),
            investment: try Rupiah(parsing: field("investment"), field: "investment"), declaredOn: declaredOn)
    }

    /// A form's whole number (a year, a head count), refused naming the field when it is not one.
    static func count(_ form: [String: String], _ name: String) throws -> Int {
        guard let value = Int(text(form, name)) else {
            throw InputError(
                field: name, value: text(form, name), problem: "is not a whole number", fix: "Write the number, e.g. 12.",
                masalah: "bukan bilangan bulat", perbaikan: "Tuliskan angkanya, misalnya 12.")
        }
        return value
    }

    /// `count` of a field that may be left empty: nil then.
    static func optionalCount(_ form: [String: String], _ name: String) throws -> Int? {
        given(form, name) == nil ? nil : try count(form, name)
    }
}
