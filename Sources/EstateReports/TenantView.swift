import EstateDomain

/// A tenant on a date with its latest declaration and verdict, as `estate tenants --format json`
/// and `GET /api/v1/tenants` show it.
public struct TenantView: Encodable, Sendable {
    public let nib: String
    public let name: String
    public let npwp: String
    public let kbli: [String]
    /// The firm's address and contact; absent while not known.
    public let address: String?
    public let contact: String?
    /// The legal form as recorded, else as the name shows; null when neither says.
    public let legalForm: String?
    public let fiscalYear: Int?
    /// The version of that year's declaration the verdict used (1 as filed, more once corrected).
    public let declarationVersion: Int?
    public let workers: Int?
    public let localWorkers: Int?
    public let turnover: Int64?
    public let eligible: Bool
    public let failedRules: [String]
    public let plots: [String]

    public init(tenant: Tenant, decision: EligibilityDecision, estate: Estate) {
        let declaration = tenant.declaration(asOf: decision.asOf)
        nib = tenant.nib.digits
        name = tenant.legalName
        npwp = tenant.npwp.digits
        kbli = tenant.kbli.map(\.code)
        address = tenant.contact.address
        contact = tenant.contact.contact
        legalForm = tenant.billingForm?.rawValue
        fiscalYear = declaration?.fiscalYear
        declarationVersion = declaration?.version
        workers = declaration?.workers
        localWorkers = declaration?.localWorkers
        turnover = declaration?.turnover.amount
        eligible = decision.eligible
        failedRules = decision.failedRules
        plots = estate.leases.filter { $0.nib == tenant.nib && $0.isInForce(on: decision.asOf) }.map(\.plotCode)
            .sorted()
    }
}
