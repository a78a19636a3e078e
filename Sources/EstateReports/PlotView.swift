import EstateDomain

/// A plot on a date, as `estate plots --format json` and `GET /api/v1/plots` show it.
public struct PlotView: Encodable, Sendable {
    public let code: String
    public let phase: Int
    public let areaM2: String
    public let status: String
    public let tenantNib: String?
    public let tenant: String?
    public let leaseEnd: String?
    public let withdrawnOn: String?
    public let polygon: String?

    public init(plot: Plot, estate: Estate, asOf: CivilDate) {
        let lease = estate.lease(onPlot: plot.code, on: asOf)
        code = plot.code
        phase = plot.phase
        areaM2 = plot.area.squareMetresText
        status = estate.status(of: plot, on: asOf).rawValue
        tenantNib = lease?.nib.digits
        tenant = lease.map { estate.tenant($0.nib)?.legalName ?? $0.nib.digits }
        leaseEnd = lease?.effectiveEnd?.iso
        withdrawnOn = plot.withdrawnOn?.iso
        polygon = plot.outline?.text
    }
}
