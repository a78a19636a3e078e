import EstateDomain

/// One stored rule-set version in `estate rules list --format json` and `GET /api/v1/rules`:
/// `version`, `book` (absent: the main book), `effective_from`, `title`, `source`, `rules` (how
/// many) and `in_force` (per version: whether it is the one the estate's book applies on the day asked).
public struct RuleVersionView: Encodable, Sendable {
    let version: String
    let book: String?
    let effectiveFrom: String
    let title: String
    let source: String
    let rules: Int
    let inForce: Bool

    public init(_ set: RuleSet, inForce: Bool, language: Language) {
        version = set.version
        book = set.book
        effectiveFrom = set.effectiveFrom.iso
        title = set.title.text(language)
        source = set.source
        rules = set.rules.count
        self.inForce = inForce
    }
}

/// The versions stored and which one is in force: `{"book", "as_of", "in_force", "versions"}`.
public struct RuleVersionsDocument: Encodable, Sendable {
    let book: String?
    let asOf: String
    let inForce: String?
    let versions: [RuleVersionView]

    public init(library: [RuleSet], book: String?, inForce: String?, asOf: CivilDate, language: Language) {
        self.book = book
        self.asOf = asOf.iso
        self.inForce = inForce
        versions = library.map { RuleVersionView($0, inForce: $0.version == inForce, language: language) }
    }
}

/// `estate rules diff A B --format json` and `GET /api/v1/rules/{a}/diff/{b}`:
/// `{"from", "to", "differences": [{"parameter", "from", "to"}]}`.
public struct RuleDiffDocument: Encodable, Sendable {
    let from: String
    let to: String
    let differences: [RuleSetDifference]

    public init(from: String, to: String, differences: [RuleSetDifference]) {
        self.from = from
        self.to = to
        self.differences = differences
    }
}

/// `estate rules simulate --format json` and `POST /api/v1/rule-simulations`: the day, both
/// versions, how many firms were judged, and each firm whose verdict or size class would change
/// (`changes`: `nib`, `name`, `in_occupation`, `on_waitlist`, `verdict_changes`,
/// `size_class_changes`, `before` and `after` as `estate check` writes a decision, `after` with
/// the draft's per-rule trace).
public struct RuleSimulationView: Encodable {
    let asOf: String
    let inForce: String
    let draft: String
    let judged: Int
    let changes: [Change]

    struct Change: Encodable {
        let nib: String
        let name: String
        let inOccupation: Bool
        let onWaitlist: Bool
        let verdictChanges: Bool
        let sizeClassChanges: Bool
        let before: EligibilityView
        let after: EligibilityView
    }

    public init(_ simulation: RuleSimulation, language: Language) {
        asOf = simulation.asOf.iso
        inForce = simulation.inForce
        draft = simulation.draft
        judged = simulation.judged
        changes = simulation.changes.map { change in
            Change(
                nib: change.nib.digits, name: change.name, inOccupation: change.inOccupation,
                onWaitlist: change.onWaitlist, verdictChanges: change.verdictChanges,
                sizeClassChanges: change.sizeClassChanges,
                before: EligibilityView(decision: change.before, tenantName: change.name, language: language),
                after: EligibilityView(decision: change.after, tenantName: change.name, language: language))
        }
    }
}
