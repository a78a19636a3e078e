/// "Which firms would fail if the turnover limit became Rp40 bn?": every firm of an estate judged
/// on one date under the version in force and under a draft, keeping those whose verdict or size
/// class would change, each with the draft's per-rule trace. Nothing is written; the draft need
/// not be stored (the reform simulation OpenFisca users rely on).
public struct RuleSimulation: Hashable, Sendable {
    /// The day both verdicts are given for.
    public let asOf: CivilDate
    /// The version in force on `asOf` in the estate's rule book.
    public let inForce: String
    /// The draft's version name.
    public let draft: String
    /// How many firms were judged.
    public let judged: Int
    /// The firms whose verdict or size class the draft would change, by NIB.
    public let changes: [Change]

    /// One firm the draft would judge differently.
    public struct Change: Hashable, Sendable {
        public let nib: NIB
        public let name: String
        /// Whether it leases a plot on the day.
        public let inOccupation: Bool
        /// Whether it has an active application on the day.
        public let onWaitlist: Bool
        /// The decision under the version in force.
        public let before: EligibilityDecision
        /// The decision under the draft, with the trace that explains it.
        public let after: EligibilityDecision

        /// Whether the draft turns eligible into not eligible or back.
        public var verdictChanges: Bool { before.eligible != after.eligible }
        /// Whether the draft's size-class bands class the same declaration otherwise.
        public var sizeClassChanges: Bool { before.sizeClasses != after.sizeClasses }
    }

    /// The default day: the draft's effective date, or today when that has passed, so that the
    /// firms are judged on the figures they will have filed when it takes effect.
    public static func defaultDate(for draft: RuleSet, today: CivilDate) -> CivilDate {
        max(draft.effectiveFrom, today)
    }

    /// Every firm of `estate` judged on `date` under the version in force and under `draft`.
    public init(_ draft: RuleSet, on estate: Estate, asOf date: CivilDate) throws {
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        let current = try estate.ruleBook.ruleSet(asOf: date)
        let occupying = estate.occupants(on: date)
        let waiting = Set(estate.waitlist(asOf: date).map(\.nib))
        let all = estate.tenants.map { tenant in
            Change(
                nib: tenant.nib, name: tenant.legalName, inOccupation: occupying.contains(tenant.nib),
                onWaitlist: waiting.contains(tenant.nib),
                before: evaluator.evaluate(tenant, asOf: date, under: current),
                after: evaluator.evaluate(tenant, asOf: date, under: draft))
        }
        asOf = date
        inForce = current.version
        self.draft = draft.version
        judged = all.count
        changes = all.filter { $0.verdictChanges || $0.sizeClassChanges }.sorted { $0.nib.digits < $1.nib.digits }
    }
}
