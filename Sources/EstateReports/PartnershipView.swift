import EstateDomain

/// One partnership of a firm with a large industry as the CLI's JSON and the API show it: the
/// firm, the partner and product, the period and whether it is in force on the day asked.
public struct PartnershipView: Encodable, Hashable, Sendable {
    /// The firm's NIB; absent inside one tenant's record, which names the firm already.
    public let nib: String?
    /// The firm's name; absent inside one tenant's record.
    public let tenant: String?
    public let partner: String
    public let product: String
    public let since: String
    /// The first day it is no longer in force; absent while it runs.
    public let endedOn: String?
    public let inForce: Bool
    /// Its terms (issue 18): the registered industry, the forum it followed, its value a year
    /// and its jobs; each absent until recorded.
    public let industry: String?
    public let forum: String?
    public let valuePerYear: Int64?
    public let jobs: Int?
    public let localJobs: Int?

    public init(_ partnership: Partnership, of firm: Tenant? = nil, asOf date: CivilDate) {
        nib = firm?.nib.digits
        tenant = firm?.legalName
        partner = partnership.partner
        product = partnership.product
        since = partnership.since.iso
        endedOn = partnership.endedOn?.iso
        inForce = partnership.isInForce(on: date)
        industry = partnership.terms.industry?.digits
        forum = partnership.terms.forum
        valuePerYear = partnership.terms.valuePerYear?.amount
        jobs = partnership.terms.jobs
        localJobs = partnership.terms.localJobs
    }

    /// Every firm's partnerships (or one firm's), by firm, partner and product; with
    /// `inForceOnly`, those in force on the day.
    public static func list(of estate: Estate, nib: NIB? = nil, asOf date: CivilDate, inForceOnly: Bool = false) -> [Self] {
        estate.tenants.filter { nib == nil || $0.nib == nib }.flatMap { firm in
            firm.partnerships.filter { !inForceOnly || $0.isInForce(on: date) }
                .sorted { ($0.partner, $0.product) < ($1.partner, $1.product) }
                .map { PartnershipView($0, of: firm, asOf: date) }
        }
    }

    /// The list as a terminal table, in `language`.
    public static func table(_ views: [Self], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Belum ada kemitraan." : "No partnership yet." }
        var table = TextTable(
            header: id
                ? ["NIB", "perusahaan", "mitra", "produk", "sejak", "berakhir", "berlaku", "nilai/tahun", "lapangan kerja (lokal)", "forum"]
                : ["NIB", "firm", "partner", "product", "since", "ended on", "in force", "value/year", "jobs (local)", "forum"])
        for view in views {
            table.add([
                view.nib ?? "", view.tenant ?? "", view.partner, view.product, view.since, view.endedOn ?? "",
                view.inForce ? (id ? "ya" : "yes") : (id ? "tidak" : "no"),
                view.valuePerYear.map { Rupiah($0).format(language) } ?? "",
                view.jobs.map { "\($0)" + (view.localJobs.map { " (\($0))" } ?? "") } ?? "", view.forum ?? "",
            ])
        }
        return table.rendered
    }
}

/// The CLI's JSON of `estate partnerships list`, in the API's item shape.
public struct PartnershipsDocument: Encodable, Sendable {
    public let partnerships: [PartnershipView]
    public init(partnerships: [PartnershipView]) { self.partnerships = partnerships }
}
