import EstateDomain

/// The JSON of `estate industries list` and `GET /api/v1/forum/industries`.
public struct IndustriesDocument: Encodable, Sendable {
    public let industries: [IndustryView]
    public let problems: [String]

    public init(industries: [IndustryView], problems: [String]) {
        self.industries = industries
        self.problems = problems
    }
}

/// The JSON of `estate needs list` and `GET /api/v1/forum/needs`.
public struct NeedsDocument: Encodable, Sendable {
    public let needs: [NeedView]
    public let problems: [String]

    public init(needs: [NeedView], problems: [String]) {
        self.needs = needs
        self.problems = problems
    }
}

/// A forum as `estate forum list --format json` and `GET /api/v1/forums` show it.
public struct ForumView: Encodable, Sendable {
    public let code: String
    public let heldOn: String
    public let venue: String
    public let industries: [String]
    /// Empty: every IKM firm with a profile takes part.
    public let firms: [String]

    public init(_ forum: ForumEvent) {
        code = forum.code
        heldOn = forum.heldOn.iso
        venue = forum.venue
        industries = forum.industries.map(\.digits)
        firms = forum.firms.map(\.digits)
    }
}

/// The JSON of `estate forum list` and `GET /api/v1/forums`.
public struct ForumsDocument: Encodable, Sendable {
    public let forums: [ForumView]

    public init(forums: [ForumView]) { self.forums = forums }
}
