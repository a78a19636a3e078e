import EstateDomain

/// The area and count figures of the occupancy report, per phase and for the whole site,
/// counted by the database: what a dashboard or a ministry-wide summary needs without loading
/// every lease. They equal the domain report's (a contract test checks it).
public struct OccupancyFigures: Sendable {
    public let asOf: CivilDate
    public let phases: [(phase: Phase, figures: OccupancyReport.AreaFigures)]
    public let total: OccupancyReport.AreaFigures

    /// Builds the figures from the rows of `StoreQueries.phases` and `StoreQueries.statusFigures`.
    package init(asOf: CivilDate, phaseRows: [any SQLRowReader], statusRows: [any SQLRowReader]) throws {
        let phases = try SnapshotReader.phases(phaseRows)
        var counts: [Int: [PlotStatus: Int]] = [:]
        var areas: [Int: [PlotStatus: Area]] = [:]
        for row in statusRows {
            let phase = Int(try row.int(0) ?? 0)
            let status = PlotStatus(rawValue: try row.text(1) ?? "") ?? .planned
            counts[phase, default: [:]][status] = Int(try row.int(2) ?? 0)
            areas[phase, default: [:]][status] = Area(squareCentimetres: try row.int(3) ?? 0)
        }
        self.asOf = asOf
        self.phases = phases.map { phase in
            (
                phase,
                OccupancyReport.AreaFigures(
                    gross: phase.grossArea, capacity: phase.leasableCapacity, plotsByStatus: counts[phase.id] ?? [:],
                    areaByStatus: areas[phase.id] ?? [:])
            )
        }
        var allCounts: [PlotStatus: Int] = [:]
        var allAreas: [PlotStatus: Area] = [:]
        for phaseCounts in counts.values { allCounts.merge(phaseCounts, uniquingKeysWith: +) }
        for phaseAreas in areas.values { allAreas.merge(phaseAreas, uniquingKeysWith: +) }
        total = OccupancyReport.AreaFigures(
            gross: phases.reduce(.zero) { $0 + $1.grossArea },
            capacity: phases.reduce(.zero) { $0 + $1.leasableCapacity },
            plotsByStatus: allCounts, areaByStatus: allAreas)
    }
}
