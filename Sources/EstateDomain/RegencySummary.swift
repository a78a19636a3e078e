/// The regency's view across the estates of one store (the industry office oversees several
/// clusters and sentra IKM): each estate's occupancy by area and by count, its employment and
/// local share, vacancies and waitlist demand, and the total over all of them.
///
/// The total's area and count figures are the sums of the estates' (each plot is in one
/// estate). Its employment counts each firm once: a firm in occupation in two estates has one
/// workforce, declared once in the one firm registry, so summing the estates' figures would
/// count its workers twice.
public struct RegencySummary: Sendable {
    /// One estate's line: its code and name and its occupancy report's figures.
    public struct Line: Sendable, Hashable {
        public let code: String
        public let name: String
        public let figures: OccupancyReport.AreaFigures
        public let employment: OccupancyReport.Employment
        public let vacantPlots: Int
        public let vacantArea: Area
        public let activeApplications: Int
        public let demandMin: Area
        public let demandMax: Area
    }

    public let asOf: CivilDate
    /// The estates in the order given (the store's: the default first, then by code).
    public let estates: [Line]
    /// Every estate together.
    public let total: Line

    /// The summary of `estates` (each with its code) on `date`.
    public init(estates: [(code: String, estate: Estate)], asOf date: CivilDate) throws {
        asOf = date
        var lines: [Line] = []
        var occupants: [NIB: Tenant] = [:]
        for (code, estate) in estates {
            let report = try OccupancyReport(estate: estate, asOf: date)
            lines.append(
                Line(
                    code: code, name: estate.name, figures: report.total, employment: report.employment,
                    vacantPlots: report.vacantPlots.count,
                    vacantArea: report.vacantPlots.reduce(.zero) { $0 + $1.area },
                    activeApplications: report.waitlist.activeApplications, demandMin: report.waitlist.demandMin,
                    demandMax: report.waitlist.demandMax))
            for lease in estate.leases where lease.isInForce(on: date) {
                occupants[lease.nib] = estate.tenant(lease.nib) ?? occupants[lease.nib]
            }
        }
        self.estates = lines
        let declarations = occupants.values.compactMap { $0.declaration(asOf: date) }
        let sum = { (value: (Line) -> Area) in lines.reduce(Area.zero) { $0 + value($1) } }
        let count = { (value: (Line) -> Int) in lines.reduce(0) { $0 + value($1) } }
        var byStatus: [PlotStatus: Int] = [:]
        for line in lines { byStatus.merge(line.figures.plotsByStatus, uniquingKeysWith: +) }
        total = Line(
            code: "", name: "",
            figures: OccupancyReport.AreaFigures(
                gross: sum(\.figures.gross), capacity: sum(\.figures.capacity), leasable: sum(\.figures.leasable),
                leased: sum(\.figures.leased), plots: count(\.figures.plots),
                plotsLeasable: count(\.figures.plotsLeasable), plotsLeased: count(\.figures.plotsLeased),
                plotsByStatus: byStatus),
            employment: OccupancyReport.Employment(
                tenants: occupants.count, tenantsWithoutDeclaration: occupants.count - declarations.count,
                workers: declarations.reduce(0) { $0 + $1.workers },
                localWorkers: declarations.reduce(0) { $0 + $1.localWorkers }),
            vacantPlots: count(\.vacantPlots), vacantArea: sum(\.vacantArea),
            activeApplications: count(\.activeApplications), demandMin: sum(\.demandMin), demandMax: sum(\.demandMax))
    }
}
