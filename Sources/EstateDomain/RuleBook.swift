/// Every version of the cluster's eligibility rules, as data (`seeds/rules/`). A decision names
/// the version it used so that it can be reproduced later.
public struct RuleBook: Hashable, Sendable, Codable {
    public let ruleSets: [RuleSet]

    public init(ruleSets: [RuleSet]) throws {
        var seen = Set<String>()
        for set in ruleSets where !seen.insert(set.version).inserted {
            throw InputError(
                field: "version", value: set.version, problem: "appears twice in the rule book",
                fix: "Give every rule-set version its own name, e.g. 2026.1.")
        }
        self.ruleSets = ruleSets.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(ruleSets: try c.decode([RuleSet].self, forKey: .ruleSets))
    }

    /// The version in force on `date`: the latest whose effective date is on or before it.
    public func ruleSet(asOf date: CivilDate) throws -> RuleSet {
        guard let set = ruleSets.last(where: { $0.effectiveFrom <= date }) else {
            throw InputError(
                field: "as_of", value: date.iso,
                problem: "is before the first rule set (\(ruleSets.first?.effectiveFrom.iso ?? "none loaded"))",
                fix: "Choose a later date or add a rule-set version that covers it.")
        }
        return set
    }
}

/// One version of the rules, with the date it takes effect and the parameters that go with it.
public struct RuleSet: Hashable, Sendable, Codable {
    public let version: String
    public let effectiveFrom: CivilDate
    public let title: LocalizedText
    /// Who decided this version and where it is written down.
    public let source: String
    public let parameters: RuleSetParameters
    public let rules: [EligibilityRule]
    public let sizeClasses: SizeClassSchemes

    public init(
        version: String, effectiveFrom: CivilDate, title: LocalizedText, source: String, parameters: RuleSetParameters,
        rules: [EligibilityRule], sizeClasses: SizeClassSchemes
    ) {
        self.version = version
        self.effectiveFrom = effectiveFrom
        self.title = title
        self.source = source
        self.parameters = parameters
        self.rules = rules
        self.sizeClasses = sizeClasses
    }
}

/// Figures that travel with a rule-set version but are not eligibility rules.
public struct RuleSetParameters: Hashable, Sendable, Codable {
    /// The most plots one tenant may lease at once.
    public let maxPlotsPerTenant: Int
    /// An application not reconfirmed for more than this many days is stale.
    public let waitlistStaleAfterDays: Int
    /// Leases ending within this many days are reported as expiring.
    public let expiringWithinDays: Int
    /// Published weights of the scored allocation policy.
    public let scoring: ScoringWeights
}

/// The points the scored allocation gives, published so applicants can check their score.
public struct ScoringWeights: Hashable, Sendable, Codable {
    /// Points for a fully local workforce, prorated by the share resident in Kabupaten Bekasi.
    public let localSharePoints: Int
    /// Points when the main activity is in one of `metalDivisions`.
    public let metalSectorPoints: Int
    public let metalDivisions: [String]
    /// Points for at least one partnership with a large industry.
    public let partnershipPoints: Int
    public let citation: String
}
