/// How plots are matched to applicants on the waitlist.
public enum AllocationPolicy: String, Hashable, Sendable, CaseIterable, Codable {
    /// In waitlist order, each applicant takes the first available plot (by code) that fits.
    case firstFit = "first-fit"
    /// In waitlist order, each applicant takes the smallest available plot that fits.
    case bestFit = "best-fit"
    /// By published score (local workforce, metal sector, partnership), ties broken by a seeded
    /// lottery; each applicant takes the smallest available plot that fits.
    case scored
    /// An exact assignment: the most applicants housed, then the most plot area leased, then
    /// the earliest applicants on the waitlist.
    case optimal
}

/// A dry run of an allocation: what would be leased to whom and why, and who is left out and
/// why. Nothing is written until the officers commit it.
public struct AllocationProposal: Hashable, Sendable, Codable {
    public let policy: AllocationPolicy
    public let seed: UInt64
    public let asOf: CivilDate
    public let ruleSetVersion: String
    public let assignments: [Assignment]
    public let unassigned: [Refusal]

    public init(
        policy: AllocationPolicy, seed: UInt64, asOf: CivilDate, ruleSetVersion: String, assignments: [Assignment],
        unassigned: [Refusal]
    ) {
        self.policy = policy
        self.seed = seed
        self.asOf = asOf
        self.ruleSetVersion = ruleSetVersion
        self.assignments = assignments
        self.unassigned = unassigned
    }

    /// The proposal's value under the optimal policy's objective, to compare policies.
    public var objective: AllocationObjective {
        AllocationObjective(
            housed: assignments.count, area: assignments.reduce(Area.zero) { $0 + $1.plotArea },
            rankSum: assignments.reduce(0) { $0 + $1.rank })
    }
}

/// One proposed lease.
public struct Assignment: Hashable, Sendable, Codable {
    public let nib: NIB
    public let plotCode: String
    public let plotArea: Area
    /// The applicant's place on the waitlist (1 = applied first).
    public let rank: Int
    public let reason: AllocationReason

    public init(nib: NIB, plotCode: String, plotArea: Area, rank: Int, reason: AllocationReason) {
        self.nib = nib
        self.plotCode = plotCode
        self.plotArea = plotArea
        self.rank = rank
        self.reason = reason
    }
}

/// One applicant the proposal leaves without a plot.
public struct Refusal: Hashable, Sendable, Codable {
    public let nib: NIB
    public let rank: Int
    public let reason: RefusalReason
}

/// Why an applicant got the plot it got.
public enum AllocationReason: Hashable, Sendable, Codable {
    /// The first available plot by code within the range.
    case firstFit(candidates: Int)
    /// The smallest available plot within the range.
    case bestFit(candidates: Int)
    /// Taken in score order; `lottery` is the seeded draw that ordered equal scores.
    case scored(score: Int, lottery: UInt64, candidates: Int)
    /// Part of the exact assignment that houses `housed` applicants on `area`.
    case optimal(housed: Int, area: Area)
}

/// Why an applicant is left without a plot.
public enum RefusalReason: Hashable, Sendable, Codable {
    /// Not reconfirmed within the rule set's limit.
    case stale(lastConfirmed: CivilDate, days: Int, limit: Int)
    /// Fails required rules (ids) as of the allocation date.
    case notEligible(failedRules: [String])
    /// Already holds (or will hold) the most plots a tenant may.
    case atPlotLimit(held: Int, limit: Int)
    /// The tenant's earlier applications already take up the plots it may still get.
    case earlierApplicationsFirst(remainingPlots: Int)
    /// No available plot is within the area range and phase asked for.
    case noFittingPlot
    /// Plots fitted, but the policy gave them to others.
    case fittingPlotsTaken([String])
    /// The application names a NIB with no tenant record.
    case unknownTenant
    /// The application closes later (withdrawn, refused or housed from a day after the
    /// allocation's): a closing is never overwritten, so it cannot be housed now.
    case closesLater(state: ApplicationState, on: CivilDate)

    /// Whether the application was held back only for want of a reconfirmation.
    public var isStale: Bool {
        if case .stale = self { true } else { false }
    }
}

/// The optimal policy's objective, compared lexicographically: more applicants housed, then
/// more area leased, then a smaller sum of waitlist ranks (earlier applicants first).
public struct AllocationObjective: Hashable, Sendable, Comparable {
    public let housed: Int
    public let area: Area
    public let rankSum: Int

    public init(housed: Int, area: Area, rankSum: Int) {
        self.housed = housed
        self.area = area
        self.rankSum = rankSum
    }

    /// `a < b` when `b` is the better allocation.
    public static func < (a: AllocationObjective, b: AllocationObjective) -> Bool {
        (a.housed, a.area.squareCentimetres, -a.rankSum) < (b.housed, b.area.squareCentimetres, -b.rankSum)
    }
}
