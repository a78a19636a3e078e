import EstateDomain

/// The occupancy figures alone (totals and per phase, by area and by count), with no tenant
/// data: what the association's website may show to anyone (`GET /api/v1/public/summary`).
public struct OccupancySummaryView: Encodable {
    let report = "occupancy-summary"
    let estate: String
    let asOf: String
    let ruleSetVersion: String
    let total: OccupancyView.Figures
    let phases: [OccupancyView.PhaseView]

    public init(_ report: OccupancyReport) {
        let full = OccupancyView(report)
        estate = full.estate
        asOf = full.asOf
        ruleSetVersion = full.ruleSetVersion
        total = full.total
        phases = full.phases
    }
}
