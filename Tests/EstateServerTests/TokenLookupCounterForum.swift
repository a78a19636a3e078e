import EstateDomain
import EstateStore

/// The forum's register, passed through uncounted.
extension TokenLookupCounter {
    func forumRegister() async throws -> ForumRegister { try await base.forumRegister() }
    func largeIndustryNIBs() async throws -> Set<NIB> { try await base.largeIndustryNIBs() }
    func addIndustry(_ industry: LargeIndustry, actor: String) async throws { try await base.addIndustry(industry, actor: actor) }
    func updateIndustry(
        _ nib: NIB, actor: String, change: @escaping @Sendable (LargeIndustry) throws -> LargeIndustry
    ) async throws -> LargeIndustry { try await base.updateIndustry(nib, actor: actor, change: change) }
    func addNeed(_ need: IndustryNeed, actor: String) async throws -> IndustryNeed { try await base.addNeed(need, actor: actor) }
    func updateNeed(
        _ id: Int64, actor: String, change: @escaping @Sendable (IndustryNeed) throws -> IndustryNeed
    ) async throws -> IndustryNeed { try await base.updateNeed(id, actor: actor, change: change) }
    func closeNeed(_ id: Int64, on date: CivilDate, actor: String) async throws -> IndustryNeed {
        try await base.closeNeed(id, on: date, actor: actor)
    }
    func setCapabilityProfile(_ profile: CapabilityProfile, actor: String) async throws {
        try await base.setCapabilityProfile(profile, actor: actor)
    }
}

/// The forum's events, passed through uncounted.
extension TokenLookupCounter {
    func forums() async throws -> [ForumEvent] { try await base.forums() }
    func addForum(_ forum: ForumEvent, actor: String) async throws { try await base.addForum(forum, actor: actor) }
    func invite(_ nibs: [NIB], to code: String, actor: String) async throws -> ForumEvent {
        try await base.invite(nibs, to: code, actor: actor)
    }
}

/// Estates' georeferences, passed through uncounted.
extension TokenLookupCounter {
    func georeference() async throws -> Georeference? { try await base.georeference() }
    func setGeoreference(_ georeference: Georeference, actor: String) async throws {
        try await base.setGeoreference(georeference, actor: actor)
    }
}

/// The forums' saved meetings and outcomes, passed through uncounted.
extension TokenLookupCounter {
    func saveSchedule(_ meetings: [SavedMeeting], forum: String, actor: String) async throws {
        try await base.saveSchedule(meetings, forum: forum, actor: actor)
    }
    func meetings(forum: String?) async throws -> [SavedMeeting] { try await base.meetings(forum: forum) }
    func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> ForumOutcome {
        try await base.recordOutcome(outcome, actor: actor)
    }
    func outcomes() async throws -> [ForumOutcome] { try await base.outcomes() }
}
