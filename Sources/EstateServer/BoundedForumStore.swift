import EstateDomain
import EstateStore

/// The business forum's register through the server's patience and limit, as every other call.
extension BoundedStore {
    func forumRegister() async throws -> ForumRegister { try await bounded { try await base.forumRegister() } }
    func largeIndustryNIBs() async throws -> Set<NIB> { try await bounded { try await base.largeIndustryNIBs() } }
    func addIndustry(_ industry: LargeIndustry, actor: String) async throws {
        try await bounded(writing: true) { try await base.addIndustry(industry, actor: actor) }
    }
    func updateIndustry(
        _ nib: NIB, actor: String, change: @escaping @Sendable (LargeIndustry) throws -> LargeIndustry
    ) async throws -> LargeIndustry {
        try await bounded(writing: true) { try await base.updateIndustry(nib, actor: actor, change: change) }
    }
    func addNeed(_ need: IndustryNeed, actor: String) async throws -> IndustryNeed {
        try await bounded(writing: true) { try await base.addNeed(need, actor: actor) }
    }
    func updateNeed(
        _ id: Int64, actor: String, change: @escaping @Sendable (IndustryNeed) throws -> IndustryNeed
    ) async throws -> IndustryNeed {
        try await bounded(writing: true) { try await base.updateNeed(id, actor: actor, change: change) }
    }
    func closeNeed(_ id: Int64, on date: CivilDate, actor: String) async throws -> IndustryNeed {
        try await bounded(writing: true) { try await base.closeNeed(id, on: date, actor: actor) }
    }
    func setCapabilityProfile(_ profile: CapabilityProfile, actor: String) async throws {
        try await bounded(writing: true) { try await base.setCapabilityProfile(profile, actor: actor) }
    }
}

/// The forum's events through the server's patience and limit.
extension BoundedStore {
    func forums() async throws -> [ForumEvent] { try await bounded { try await base.forums() } }
    func addForum(_ forum: ForumEvent, actor: String) async throws {
        try await bounded(writing: true) { try await base.addForum(forum, actor: actor) }
    }
    func invite(_ nibs: [NIB], to code: String, actor: String) async throws -> ForumEvent {
        try await bounded(writing: true) { try await base.invite(nibs, to: code, actor: actor) }
    }
}

/// Estates' georeferences through the server's patience and limit.
extension BoundedStore {
    func georeference() async throws -> Georeference? { try await bounded { try await base.georeference() } }
    func setGeoreference(_ georeference: Georeference, actor: String) async throws {
        try await bounded(writing: true) { try await base.setGeoreference(georeference, actor: actor) }
    }
}

/// The forums' saved meetings and outcomes through the server's patience and limit.
extension BoundedStore {
    func saveSchedule(_ meetings: [SavedMeeting], forum: String, actor: String) async throws {
        try await bounded(writing: true) { try await base.saveSchedule(meetings, forum: forum, actor: actor) }
    }
    func meetings(forum: String?) async throws -> [SavedMeeting] { try await bounded { try await base.meetings(forum: forum) } }
    func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> ForumOutcome {
        try await bounded(writing: true) { try await base.recordOutcome(outcome, actor: actor) }
    }
    func outcomes() async throws -> [ForumOutcome] { try await bounded { try await base.outcomes() } }
}
