/// Every version of the cluster's eligibility rules, as data (`seeds/rules/`). A decision names
/// the version it used so that it can be reproduced later.
///
/// A store may hold several rule books (the association's own, a sentra IKM's): each version
/// names the book it belongs to (`RuleSet.book`, none for the store's main book), and each
/// estate chooses one. A rule book is then the chosen book's versions (`ruleSets`) read out of
/// every version the store holds (`library`), so that a write to one estate still knows the
/// versions of the others' books.
public struct RuleBook: Hashable, Sendable, Codable {
    /// The chosen book's versions, in effective-date order.
    public let ruleSets: [RuleSet]
    /// The book chosen, nil for the store's main book.
    public let book: String?
    /// Every version the store holds, of every book.
    public let library: [RuleSet]

    /// A rule book of these versions, all of one book (a seed folder's file, a test's).
    public init(ruleSets: [RuleSet]) throws {
        let book = ruleSets.first?.book
        if let other = ruleSets.first(where: { $0.book != book }) {
            throw InputError(
                field: "book", value: other.book ?? "(none)",
                problem: "differs from \(book ?? "(none)") of version \(ruleSets[0].version): a rule-book file holds one book",
                fix: "Put each book's versions in a file of its own.")
        }
        try self.init(library: ruleSets, choosing: book)
    }

    /// The versions of `book` (nil: the main book) out of every version a store holds; versions
    /// are named once across every book.
    public init(library: [RuleSet], choosing book: String?) throws {
        var seen = Set<String>()
        for set in library {
            if let name = set.book, try Self.name(name, field: "book") != name {
                throw InputError(
                    field: "book", value: name, problem: "is not in upper case",
                    fix: "Write a book's name in upper case, e.g. SENTRA-SETU, as estates name it.")
            }
            guard !seen.insert(set.version).inserted else { continue }
            throw InputError(
                field: "version", value: set.version, problem: "appears twice in the rule book",
                fix: "Give every rule-set version its own name, e.g. 2026.1.")
        }
        self.library = library.sorted { ($0.effectiveFrom, $0.version) < ($1.effectiveFrom, $1.version) }
        self.book = book
        ruleSets = self.library.filter { $0.book == book }
    }

    /// A rule book's name, trimmed and upper-cased: 1 to 16 ASCII letters, digits and dashes,
    /// starting with a letter or a digit (the shape of an estate's code, which the database holds).
    public static func name(_ text: String, field: String = "rules") throws -> String {
        guard let name = RecordCode.normalised(text) else {
            throw InputError(
                field: field, value: text, problem: "is not a rule-book name",
                fix: "Use letters, digits and dashes, up to 16 characters, e.g. SENTRA-SETU; leave it out for the store's main book.")
        }
        return name
    }

    /// The same choice with `added` versions in the library (those already there kept as they are).
    public func adding(_ added: [RuleSet]) throws -> RuleBook {
        try RuleBook(library: library + added.filter { set in !library.contains { $0.version == set.version } }, choosing: book)
    }

    enum CodingKeys: String, CodingKey {
        case ruleSets
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(ruleSets: try c.decode([RuleSet].self, forKey: .ruleSets))
    }

    /// The chosen book's versions, as a rule-book file holds them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ruleSets, forKey: .ruleSets)
    }

    /// The version in force on `date`: the latest whose effective date is on or before it.
    public func ruleSet(asOf date: CivilDate) throws -> RuleSet {
        guard let set = ruleSets.last(where: { $0.effectiveFrom <= date }) else {
            throw InputError(
                field: "as_of", value: date.iso,
                problem: ruleSets.isEmpty
                    ? "has no rule set: the estate's rule book \(book ?? "(main)") holds no version"
                    : "is before the first rule set (\(ruleSets.first?.effectiveFrom.iso ?? ""))",
                fix: ruleSets.isEmpty
                    ? "Load a version of that book (`estate seed` loads the sample books) or choose another book."
                    : "Choose a later date or add a rule-set version that covers it.")
        }
        return set
    }
}

/// One version of the rules, with the date it takes effect and the parameters that go with it.
public struct RuleSet: Hashable, Sendable, Codable {
    public let version: String
    /// The rule book the version belongs to, e.g. `SENTRA-SETU`; nil for the store's main book
    /// (every version written before books existed). An estate chooses its book.
    public let book: String?
    public let effectiveFrom: CivilDate
    public let title: LocalizedText
    /// Who decided this version and where it is written down.
    public let source: String
    public let parameters: RuleSetParameters
    public let rules: [EligibilityRule]
    public let sizeClasses: SizeClassSchemes

    public init(
        version: String, book: String? = nil, effectiveFrom: CivilDate, title: LocalizedText, source: String,
        parameters: RuleSetParameters, rules: [EligibilityRule], sizeClasses: SizeClassSchemes
    ) {
        self.version = version
        self.book = book
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
    /// A stale application lapses (leaves the waitlist for good) this many days after it went
    /// stale; nil: stale applications never lapse (a rule set written before lapsing existed, or
    /// an association that has not decided a grace period).
    public let waitlistLapseGraceDays: Int?
    /// When a fiscal year's declaration is due; nil: none is flagged overdue.
    public let declarationDue: DeclarationDue?
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
