import EstateDomain

/// What a store keeps of the forums' meetings and what followed them (issue 18, item 5). The keys
/// hold a saved schedule's rules and tie each outcome to a meeting that was held; saving a
/// forum's schedule again replaces its meetings only while none has an outcome.
public protocol ForumOutcomeRepository: Sendable {
    /// Replaces the forum's saved meetings by `meetings`. An unknown forum is
    /// `StoreError.notFound`; a forum with outcomes recorded is `StoreError.refused`.
    func saveSchedule(_ meetings: [SavedMeeting], forum: String, actor: String) async throws

    /// The saved meetings of every forum (of `forum`, when given), by forum, slot and industry.
    func meetings(forum: String?) async throws -> [SavedMeeting]

    /// Records an outcome of a saved meeting and answers it numbered; a meeting not in the saved
    /// schedule is `StoreError.notFound`.
    func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> ForumOutcome

    /// Every outcome, in the order recorded.
    func outcomes() async throws -> [ForumOutcome]
}
