/// The points each part of a forum match is worth, one version of them (issue 18, item 3). The
/// forum is the regency's, across every estate and firms outside them, so its rules are a book
/// of their own (`seeds/rules/forum.json`) rather than a part of one estate's rule set; each
/// version says who set it and from when, like the estates' rule sets.
public struct MatchRuleSet: Hashable, Sendable, Codable {
    public let version: String
    public let effectiveFrom: CivilDate
    public let title: LocalizedText
    /// Who decided these weights and where it is written down.
    public let source: String
    public let weights: MatchWeights

    public init(version: String, effectiveFrom: CivilDate, title: LocalizedText, source: String, weights: MatchWeights) {
        self.version = version
        self.effectiveFrom = effectiveFrom
        self.title = title
        self.source = source
        self.weights = weights
    }
}

/// The most points each part gives, and the least total that is a match. Each part's points are
/// its weight times a fraction rounded down to a whole point (`MatchPart`).
public struct MatchWeights: Hashable, Sendable, Codable {
    /// The firm has the need's process.
    public let process: Int
    /// The firm works the need's material (full points when the need names none).
    public let material: Int
    /// The share of the need's preferred certifications the firm holds valid (full when none).
    public let certifications: Int
    /// The firm's monthly capacity for the process against the need's volume, at most 1.
    public let capacity: Int
    /// The firm's KBLI is the need's class (full) or in its division (half).
    public let kbli: Int
    /// The firm's workshop is in the large industry's regency.
    public let sameRegency: Int
    /// The share of the firm's workers resident in Kabupaten Bekasi.
    public let localEmployment: Int
    /// The firm already has a partnership in force with this large industry.
    public let partnership: Int
    /// A pair scoring less is not a match.
    public let minimumScore: Int

    public init(
        process: Int, material: Int, certifications: Int, capacity: Int, kbli: Int, sameRegency: Int,
        localEmployment: Int, partnership: Int, minimumScore: Int
    ) {
        self.process = process
        self.material = material
        self.certifications = certifications
        self.capacity = capacity
        self.kbli = kbli
        self.sameRegency = sameRegency
        self.localEmployment = localEmployment
        self.partnership = partnership
        self.minimumScore = minimumScore
    }
}

/// Every version of the forum's match rules, in effective-date order.
public struct MatchRuleBook: Hashable, Sendable, Codable {
    public let versions: [MatchRuleSet]

    public init(versions: [MatchRuleSet]) throws {
        let sorted = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.effectiveFrom == later.effectiveFrom {
            throw InputError(
                field: "effective_from", value: later.effectiveFrom.iso,
                problem: "is the date of both \(earlier.version) and \(later.version)",
                fix: "Give each version of the match rules its own effective date.")
        }
        self.versions = sorted
    }

    public init(from decoder: any Decoder) throws {
        enum Keys: String, CodingKey { case versions }
        try self.init(versions: try decoder.container(keyedBy: Keys.self).decode([MatchRuleSet].self, forKey: .versions))
    }

    /// The version in force on `date`: the latest whose effective date is on or before it.
    public func ruleSet(asOf date: CivilDate) throws -> MatchRuleSet {
        guard let set = versions.last(where: { $0.effectiveFrom <= date }) else {
            throw InputError(
                field: "as_of", value: date.iso,
                problem: versions.isEmpty
                    ? "has no match rules: the forum's rule book holds no version"
                    : "is before the first match rules (\(versions[0].effectiveFrom.iso))",
                fix: versions.isEmpty
                    ? "Load the forum's rules (`estate seed` loads seeds/rules/forum.json)."
                    : "Choose a later date or add a version of the match rules that covers it.")
        }
        return set
    }
}
