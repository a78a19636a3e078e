extension OccupancyReport {
    /// Computes the report for `date` from the estate's leases, declarations and rules.
    public init(estate: Estate, asOf date: CivilDate) throws {
        let set = try estate.ruleBook.ruleSet(asOf: date)
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        let statuses = Dictionary(uniqueKeysWithValues: estate.plots.map { ($0.code, estate.status(of: $0, on: date)) })
        estateName = estate.name
        asOf = date
        ruleSetVersion = set.version
        phases = estate.phases.map { phase in
            PhaseFigures(
                phase: phase, isOpen: phase.isOpen(on: date),
                figures: .init(
                    plots: estate.plots.filter { $0.phase == phase.id }, statuses: statuses,
                    gross: phase.grossArea, capacity: phase.leasableCapacity))
        }
        total = .init(
            plots: estate.plots, statuses: statuses,
            gross: estate.phases.reduce(.zero) { $0 + $1.grossArea },
            capacity: estate.phases.reduce(.zero) { $0 + $1.leasableCapacity })

        let occupants = estate.occupants(on: date).sorted()
            .compactMap(estate.tenant)
        let declarations = occupants.compactMap { $0.declaration(asOf: date) }
        employment = Employment(
            tenants: occupants.count, tenantsWithoutDeclaration: occupants.count - declarations.count,
            workers: declarations.reduce(0) { $0 + $1.workers },
            localWorkers: declarations.reduce(0) { $0 + $1.localWorkers })
        tenantsByDivision = Dictionary(grouping: occupants, by: \.mainDivision).mapValues(\.count)
        let classes = declarations.map(set.sizeClasses.classify)
        tenantsBySalesClass = Dictionary(grouping: classes, by: \.pp7_2021Sales).mapValues(\.count)
        tenantsByIndustryClass = Dictionary(grouping: classes, by: \.permenperin64_2016).mapValues(\.count)
        tenantsOutOfRules = try occupants.map { try evaluator.evaluate($0, asOf: date) }.filter { !$0.eligible }

        vacantPlots = estate.plots.filter { statuses[$0.code] == .vacant }
        let horizon = date.adding(days: set.parameters.expiringWithinDays)
        expiringLeases = estate.leases.compactMap { lease in
            guard lease.isInForce(on: date), let end = lease.effectiveEnd, end <= horizon else { return nil }
            return ExpiringLease(
                lease: lease, tenantName: estate.tenant(lease.nib)?.legalName ?? lease.nib.digits,
                daysLeft: date.days(until: end))
        }.sorted { ($0.daysLeft, $0.lease.plotCode) < ($1.daysLeft, $1.lease.plotCode) }

        let (waiting, refusals) = try Allocator(estate: estate).screen(asOf: date)
        waitlist = WaitlistDemand(
            applicants: waiting, staleApplications: refusals.filter(\.reason.isStale).count,
            demandMin: waiting.reduce(.zero) { $0 + $1.minArea }, demandMax: waiting.reduce(.zero) { $0 + $1.maxArea },
            plannedCapacity: estate.phases.filter { !$0.isOpen(on: date) }.reduce(.zero) { $0 + $1.leasableCapacity })
    }
}

extension OccupancyReport.AreaFigures {
    /// Figures from the count and area of plots in each status on the date; the report derives
    /// them from plots and leases, a store may count them in SQL.
    public init(gross: Area, capacity: Area, plotsByStatus: [PlotStatus: Int], areaByStatus: [PlotStatus: Area]) {
        let count = { (status: PlotStatus) in plotsByStatus[status] ?? 0 }
        let area = { (status: PlotStatus) in areaByStatus[status] ?? .zero }
        self.init(
            gross: gross, capacity: capacity, leasable: area(.vacant) + area(.leased), leased: area(.leased),
            plots: plotsByStatus.values.reduce(0, +), plotsLeasable: count(.vacant) + count(.leased),
            plotsLeased: count(.leased), plotsByStatus: plotsByStatus.filter { $0.value > 0 })
    }

    init(plots: [Plot], statuses: [String: PlotStatus], gross: Area, capacity: Area) {
        var counts: [PlotStatus: Int] = [:]
        var areas: [PlotStatus: Area] = [:]
        for plot in plots {
            let status = statuses[plot.code] ?? .planned
            counts[status, default: 0] += 1
            areas[status, default: .zero] = areas[status, default: .zero] + plot.area
        }
        self.init(gross: gross, capacity: capacity, plotsByStatus: counts, areaByStatus: areas)
    }
}
