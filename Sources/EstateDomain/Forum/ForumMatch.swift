/// One part of a match's score, as the trace shows it: the figure the points come from (in
/// Bahasa Indonesia and English), the part's weight, and the points given.
public struct MatchPart: Hashable, Sendable {
    public let part: MatchPartKind
    public let figure: LocalizedText
    public let weight: Int
    public let points: Int

    /// `weight × numerator / denominator`, rounded down to a whole point; a fraction above 1
    /// counts as 1 and a zero denominator as nothing.
    static func share(_ weight: Int, _ numerator: Int, _ denominator: Int) -> Int {
        guard denominator > 0, numerator > 0 else { return 0 }
        return weight * min(numerator, denominator) / denominator
    }
}

/// The parts of a match's score, in the order the trace lists them.
public enum MatchPartKind: String, CaseIterable, Hashable, Sendable, Codable {
    case process, material, certifications, capacity, kbli
    case sameRegency = "same_regency"
    case localEmployment = "local_employment"
    case partnership
}

/// A large industry's need and an IKM firm, scored (issue 18, item 3): the score, each part's
/// trace, and, when the pair is no match, why (a required certification missing, expired or
/// below its level; a score under the minimum).
public struct ForumMatch: Hashable, Sendable {
    public let need: Int64
    /// The large industry's NIB.
    public let industry: NIB
    /// The IKM firm's NIB.
    public let nib: NIB
    public let score: Int
    public let trace: [MatchPart]
    /// Empty for a match.
    public let exclusions: [LocalizedText]
    /// The version of the match rules that scored it.
    public let ruleVersion: String

    public var isMatch: Bool { exclusions.isEmpty }
}

/// An IKM firm as the matcher sees it: its identity and KBLI from the firm registry, its
/// capability profile, its workers from its declaration in force on the day (nil without one), and
/// its partnerships.
public struct MatchingFirm: Hashable, Sendable {
    public let nib: NIB
    public let name: String
    public let kbli: [KBLI]
    public let profile: CapabilityProfile
    public let declared: (workers: Int, localWorkers: Int)?
    public let partnerships: [Partnership]

    public init(
        nib: NIB, name: String, kbli: [KBLI], profile: CapabilityProfile, declared: (workers: Int, localWorkers: Int)?,
        partnerships: [Partnership]
    ) {
        self.nib = nib
        self.name = name
        self.kbli = kbli
        self.profile = profile
        self.declared = declared
        self.partnerships = partnerships
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.nib == b.nib && a.name == b.name && a.kbli == b.kbli && a.profile == b.profile
            && a.declared?.workers == b.declared?.workers && a.declared?.localWorkers == b.declared?.localWorkers
            && a.partnerships == b.partnerships
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(nib) }
}

/// The matches of a day with what a reader needs to read them: the rule version, the open needs
/// considered, the names of the firms, and any record left out of the register.
public struct ForumMatchReport: Sendable {
    public let asOf: CivilDate
    public let ruleVersion: String
    public let matches: [ForumMatch]
    public let needs: [IndustryNeed]
    public let names: [NIB: String]
    public let problems: [String]

    public init(
        asOf: CivilDate, ruleVersion: String, matches: [ForumMatch], needs: [IndustryNeed], names: [NIB: String],
        problems: [String]
    ) {
        self.asOf = asOf
        self.ruleVersion = ruleVersion
        self.matches = matches
        self.needs = needs
        self.names = names
        self.problems = problems
    }
}
