/// Occupancy of the cluster on a stated date, computed from the leases in force that day (never
/// from status flags), per phase and for the whole site, with everything the association
/// reports to members and to the regency's industry office.
public struct OccupancyReport: Sendable {
    public let estateName: String
    public let asOf: CivilDate
    public let ruleSetVersion: String
    public let total: AreaFigures
    public let phases: [PhaseFigures]
    public let employment: Employment
    /// Tenants in occupation by the KBLI division of their main activity.
    public let tenantsByDivision: [String: Int]
    /// Tenants in occupation by PP 7/2021 sales class.
    public let tenantsBySalesClass: [SizeClass: Int]
    /// Tenants in occupation by Permenperin 64/2016 class.
    public let tenantsByIndustryClass: [SizeClass: Int]
    public let vacantPlots: [Plot]
    public let expiringLeases: [ExpiringLease]
    /// Tenants in occupation that fail a required rule as of the date: flagged, not evicted.
    public let tenantsOutOfRules: [EligibilityDecision]
    public let waitlist: WaitlistDemand

    /// Plot figures for a phase or the whole site. `leasable` is the area of the plots that can
    /// be leased on the date (vacant or leased); `capacity` is the land-use share for plots.
    public struct AreaFigures: Sendable, Hashable {
        public let gross: Area
        public let capacity: Area
        public let leasable: Area
        public let leased: Area
        public let plots: Int
        public let plotsLeasable: Int
        public let plotsLeased: Int
        public let plotsByStatus: [PlotStatus: Int]

        /// Occupied m² over leasable m².
        public var occupancyByArea: Ratio { Ratio(leased.squareCentimetres, leasable.squareCentimetres) }
        /// Leased plots over leasable plots.
        public var occupancyByCount: Ratio { Ratio(plotsLeased, plotsLeasable) }
    }

    public struct PhaseFigures: Sendable, Hashable {
        public let phase: Phase
        public let isOpen: Bool
        public let figures: AreaFigures
    }

    /// Workers of the tenants in occupation (each tenant once, however many plots it holds),
    /// from their declarations in force.
    public struct Employment: Sendable, Hashable {
        public let tenants: Int
        public let tenantsWithoutDeclaration: Int
        public let workers: Int
        public let localWorkers: Int
        public var localShare: Ratio { Ratio(localWorkers, workers) }
    }

    public struct ExpiringLease: Sendable, Hashable {
        public let lease: Lease
        public let tenantName: String
        public let daysLeft: Int
    }

    /// The applications an allocation would consider on the date (submitted, not stale, from
    /// eligible firms within the plot limit), against the planned capacity of the phases not
    /// yet open.
    public struct WaitlistDemand: Sendable, Hashable {
        /// The screened applicants in waitlist order, as an allocation on the date sees them.
        public let applicants: [AllocationProblem.Applicant]
        public var activeApplications: Int { applicants.count }
        public let staleApplications: Int
        public let demandMin: Area
        public let demandMax: Area
        /// Land-use capacity for plots of the phases that are not open on the date.
        public let plannedCapacity: Area
    }
}
