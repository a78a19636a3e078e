import EstateDomain
import EstateStore

/// A forum's saved meetings, what followed them, and the Dinas's yearly report (issue 18,
/// item 5), once for the CLI and the API.
extension EstateOperations {
    /// Plans the forum's schedule as `forumSchedule` does and keeps its meetings, so that outcomes
    /// can be recorded against them; refused once the forum has outcomes.
    public func saveSchedule(_ code: String, times: SlotTimes, actor: String) async throws
        -> (schedule: ForumSchedule, names: [NIB: String], problems: [String])
    {
        let planned = try await forumSchedule(code, times: times)
        let forum = planned.schedule.forum.code
        try await store.saveSchedule(
            planned.schedule.meetings.map {
                SavedMeeting(forum: forum, slot: $0.slot, industry: $0.industry, nib: $0.nib, score: $0.score, need: $0.need)
            },
            forum: forum, actor: actor)
        return planned
    }

    /// The saved meetings of every forum (of `forum`, when given), by forum, slot and industry.
    public func forumMeetings(forum: String? = nil) async throws -> [SavedMeeting] {
        try await store.meetings(forum: forum?.uppercased())
    }

    public func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> ForumOutcome {
        try await store.recordOutcome(outcome, actor: actor)
    }

    /// Every outcome (of `forum`, when given), in the order recorded.
    public func forumOutcomes(forum: String? = nil) async throws -> [ForumOutcome] {
        try await store.outcomes().filter { forum == nil || $0.forum == forum?.uppercased() }
    }

    /// The year's report for the Dinas, with the names of the firms it mentions.
    public func forumReport(year: Int) async throws -> ForumReport {
        guard (1990...2200).contains(year) else {
            throw InputError(
                field: "year", value: String(year), problem: "is not from 1990 to 2200", fix: "Give a year, e.g. 2027.",
                masalah: "tidak di antara 1990 dan 2200", perbaikan: "Isi tahun, misalnya 2027.")
        }
        return ForumReport.make(
            year: year, forums: try await store.forums(), meetings: try await store.meetings(forum: nil),
            outcomes: try await store.outcomes(), firms: try await stored().estate.tenants)
    }
}
