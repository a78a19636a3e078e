/// The forum's records as one read found them.
public struct ForumRegister: Sendable {
    public let industries: [LargeIndustry]
    /// Every need, open and closed, by number.
    public let needs: [IndustryNeed]
    public let profiles: [NIB: CapabilityProfile]
    public let rules: MatchRuleBook
    /// Records left out because their stored form breaks a rule, each naming the record and why.
    public let problems: [String]

    public init(
        industries: [LargeIndustry], needs: [IndustryNeed], profiles: [NIB: CapabilityProfile], rules: MatchRuleBook,
        problems: [String]
    ) {
        self.industries = industries
        self.needs = needs
        self.profiles = profiles
        self.rules = rules
        self.problems = problems
    }
}
