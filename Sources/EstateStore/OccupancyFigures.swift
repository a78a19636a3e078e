import EstateDomain

/// The area and count figures of the occupancy report, per phase and for the whole site,
/// counted by the database: what a dashboard or a ministry-wide summary needs without loading
/// every lease. They equal the domain report's (a contract test checks it).
public struct OccupancyFigures: Sendable {
    public let asOf: CivilDate
    public let phases: [(phase: Phase, figures: OccupancyReport.AreaFigures)]
    public let total: OccupancyReport.AreaFigures

    package init(
        asOf: CivilDate, phases: [(phase: Phase, figures: OccupancyReport.AreaFigures)],
        total: OccupancyReport.AreaFigures
    ) {
        self.asOf = asOf
        self.phases = phases
        self.total = total
    }
}
