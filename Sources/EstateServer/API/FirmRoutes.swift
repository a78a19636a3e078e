import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// `GET /api/v1/firms/{nib}`: one firm across the store's estates (the registry is one; its
/// leases, applications and plot allowance are each estate's). A token limited to estates sees
/// the firm's parts in those estates only.
struct FirmRoutes: Sendable {
    let api: APISupport

    func firm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let nib = try ReadRoutes.nib(context)
        guard let found = try await api.operations.firm(nib) else {
            throw Problem.notFound(LocalizedText(indonesian: "Perusahaan", english: "Firm"), nib.digits)
        }
        let visible = found.estates.filter { context.caller?.allows(estate: $0.listing.code) ?? true }
        return try api.json(
            FirmRecordView(
                nib: nib.digits, name: found.tenant.legalName, npwp: found.tenant.npwp.digits,
                kbli: found.tenant.kbli.map(\.code),
                declarations: DeclarationRecord.all(found.tenant.declarations),
                estates: visible.map { FirmInEstate(nib, $0.listing, $0.estate, asOf: date) }))
    }
}

/// The JSON of `GET /api/v1/firms/{nib}`.
struct FirmRecordView: Encodable {
    let nib: String
    let name: String
    let npwp: String
    let kbli: [String]
    let declarations: [DeclarationRecord]
    let estates: [FirmInEstate]
}

/// A firm's part in one estate: its leases, its applications, and its plot allowance there.
struct FirmInEstate: Encodable {
    let code: String
    let name: String
    let leases: [LeaseRecord]
    let applications: [ApplicationView]
    /// Plots held on the date or later, and the most the rule set in force allows one firm
    /// (absent on a date before the first rule set: the read still answers).
    let plotsHeld: Int
    let plotLimit: Int?

    init(_ nib: NIB, _ listing: EstateListing, _ estate: Estate, asOf date: CivilDate) {
        code = listing.code
        name = listing.name
        leases = estate.leases.filter { $0.nib == nib }.sorted { $0.start < $1.start }.map {
            LeaseRecord($0, estate: estate)
        }
        applications = ApplicationView.list(of: estate, asOf: date).filter { $0.nib == nib.digits }
        plotsHeld = estate.currentAndFutureLeases(of: nib, from: date).count
        plotLimit = try? estate.ruleBook.ruleSet(asOf: date).parameters.maxPlotsPerTenant
    }
}
