import EstateDomain
import EstateStore

extension OccupancyFigures {
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
        let figures = phases.map { phase in
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
        let total = OccupancyReport.AreaFigures(
            gross: phases.reduce(.zero) { $0 + $1.grossArea },
            capacity: phases.reduce(.zero) { $0 + $1.leasableCapacity },
            plotsByStatus: allCounts, areaByStatus: allAreas)
        self.init(asOf: asOf, phases: figures, total: total)
    }
}
