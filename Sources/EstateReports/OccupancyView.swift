import EstateDomain

/// `estate report occupancy --format json`. Keys `as_of`, and for `total` and each of
/// `phases`: `leasable_m2`, `leased_m2`, `gross_m2`, `plots`, `plots_leased` are a contract.
public struct OccupancyView: Encodable {
    let report = "occupancy"
    let estate: String
    /// The store the figures were read from (no password); absent when not given.
    let store: String?
    let asOf: String
    let ruleSetVersion: String
    let total: Figures
    let phases: [PhaseView]
    let employment: EmploymentView
    let tenantsByDivision: [String: Int]
    let tenantsBySalesClass: [String: Int]
    let tenantsByIndustryClass: [String: Int]
    let vacantPlots: [PlotView]
    /// Absent when the reader may not see firms' leases (the regency office): `expiring_leases_count` says how many.
    let expiringLeases: [ExpiringView]?
    let expiringLeasesCount: Int
    /// Absent when the reader may not see firms' eligibility: `tenants_out_of_rules_count` says how many.
    let tenantsOutOfRules: [OutOfRulesView]?
    let tenantsOutOfRulesCount: Int
    let waitlist: WaitlistView

    /// `namingFirms: false` leaves out the lists of leases ending and of firms out of the rules
    /// (their counts stay), for a reader who may see the estate's figures but not firms' records.
    public init(_ report: OccupancyReport, store: String? = nil, namingFirms: Bool = true) {
        self.store = store
        estate = report.estateName
        asOf = report.asOf.iso
        ruleSetVersion = report.ruleSetVersion
        total = Figures(report.total)
        phases = report.phases.map {
            PhaseView(
                phase: $0.phase.id, name: $0.phase.name, open: $0.isOpen, opensOn: $0.phase.opensOn?.iso,
                figures: Figures($0.figures))
        }
        employment = EmploymentView(
            tenants: report.employment.tenants, tenantsWithoutDeclaration: report.employment.tenantsWithoutDeclaration,
            workers: report.employment.workers, localWorkers: report.employment.localWorkers,
            localShare: ExactNumber(text: report.employment.localShare.fractionText))
        tenantsByDivision = report.tenantsByDivision
        tenantsBySalesClass = Dictionary(
            uniqueKeysWithValues: report.tenantsBySalesClass.map { ($0.key.rawValue, $0.value) })
        tenantsByIndustryClass = Dictionary(
            uniqueKeysWithValues: report.tenantsByIndustryClass.map { ($0.key.rawValue, $0.value) })
        vacantPlots = report.vacantPlots.map { PlotView(code: $0.code, phase: $0.phase, areaM2: m2($0.area)) }
        expiringLeasesCount = report.expiringLeases.count
        tenantsOutOfRulesCount = report.tenantsOutOfRules.count
        expiringLeases = !namingFirms ? nil : report.expiringLeases.map {
            ExpiringView(
                plot: $0.lease.plotCode, nib: $0.lease.nib.digits, name: $0.tenantName,
                end: $0.lease.effectiveEnd?.iso ?? "", daysLeft: $0.daysLeft)
        }
        tenantsOutOfRules = !namingFirms ? nil : report.tenantsOutOfRules.map {
            OutOfRulesView(
                nib: $0.nib.digits, fiscalYear: $0.fiscalYear, declarationVersion: $0.declarationVersion,
                failedRules: $0.failedRules)
        }
        waitlist = WaitlistView(
            activeApplications: report.waitlist.activeApplications,
            staleApplications: report.waitlist.staleApplications,
            demandMinM2: m2(report.waitlist.demandMin), demandMaxM2: m2(report.waitlist.demandMax),
            plannedCapacityM2: m2(report.waitlist.plannedCapacity))
    }

    struct Figures: Encodable {
        let grossM2: ExactNumber
        let capacityM2: ExactNumber
        let leasableM2: ExactNumber
        let leasedM2: ExactNumber
        let plots: Int
        let plotsLeasable: Int
        let plotsLeased: Int
        let plotsByStatus: [String: Int]
        /// Null when there is nothing leasable to divide by.
        let occupancyByArea: ExactNumber
        let occupancyByCount: ExactNumber

        init(_ f: OccupancyReport.AreaFigures) {
            grossM2 = m2(f.gross)
            capacityM2 = m2(f.capacity)
            leasableM2 = m2(f.leasable)
            leasedM2 = m2(f.leased)
            plots = f.plots
            plotsLeasable = f.plotsLeasable
            plotsLeased = f.plotsLeased
            plotsByStatus = Dictionary(uniqueKeysWithValues: f.plotsByStatus.map { ($0.key.rawValue, $0.value) })
            occupancyByArea = ExactNumber(text: f.occupancyByArea.fractionText)
            occupancyByCount = ExactNumber(text: f.occupancyByCount.fractionText)
        }
    }

    struct PhaseView: Encodable {
        let phase: Int
        let name: String
        let open: Bool
        let opensOn: String?
        let figures: Figures

        enum CodingKeys: String, CodingKey { case phase, name, open, opensOn }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(phase, forKey: .phase)
            try c.encode(name, forKey: .name)
            try c.encode(open, forKey: .open)
            try c.encode(opensOn, forKey: .opensOn)
            try figures.encode(to: encoder)
        }
    }

    struct EmploymentView: Encodable {
        let tenants: Int
        let tenantsWithoutDeclaration: Int
        let workers: Int
        let localWorkers: Int
        /// Null when no worker is declared.
        let localShare: ExactNumber
    }

    struct PlotView: Encodable {
        let code: String
        let phase: Int
        let areaM2: ExactNumber
    }

    struct ExpiringView: Encodable {
        let plot: String
        let nib: String
        let name: String
        let end: String
        let daysLeft: Int
    }

    struct OutOfRulesView: Encodable {
        let nib: String
        let fiscalYear: Int?
        /// The version of that declaration the verdict used.
        let declarationVersion: Int?
        let failedRules: [String]
    }

    struct WaitlistView: Encodable {
        let activeApplications: Int
        let staleApplications: Int
        let demandMinM2: ExactNumber
        let demandMaxM2: ExactNumber
        let plannedCapacityM2: ExactNumber
    }
}

func m2(_ area: Area) -> ExactNumber { ExactNumber(text: area.squareMetresText) }
