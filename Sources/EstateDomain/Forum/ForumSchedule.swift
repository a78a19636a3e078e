/// A forum's schedule (issue 18, item 4): each invited large industry at its own table, meeting
/// invited IKM firms one to one over the slots, the pairs chosen to hold the most total match
/// score (`MeetingScheduler`); with the bound that proves it and the need each meeting is about.
public struct ForumSchedule: Hashable, Sendable {
    public struct Meeting: Hashable, Sendable {
        public let slot: Int
        /// The industry's table, 1 for the first invited industry by NIB.
        public let table: Int
        public let industry: NIB
        public let nib: NIB
        public let score: Int
        /// The industry's need the pair scored best on, and its item.
        public let need: Int64
        public let item: String
    }

    public let forum: ForumEvent
    public let slots: Int
    public let times: SlotTimes
    public let meetings: [Meeting]
    public let objective: Int
    /// The LP-dual bound no schedule can exceed; equal to `objective` for a proven optimum.
    public let bound: Int
    /// The invited IKM firms that match none of the invited industries' open needs.
    public let unmatched: [NIB]
    public let ruleVersion: String

    /// The schedule of `forum` over `times.slots`: the candidate pairs are each invited industry and
    /// each invited firm (every firm given, when the forum invites none) that match one of the
    /// industry's needs open on the forum's day, scored by the best of those needs.
    public static func plan(
        _ forum: ForumEvent, times: SlotTimes, needs: [IndustryNeed], industries: [LargeIndustry],
        firms: [MatchingFirm], rules: MatchRuleBook
    ) throws -> ForumSchedule {
        let slots = times.slots
        let invited = forum.industries.compactMap { nib in industries.first { $0.nib == nib } }
        let guests = forum.firms.isEmpty ? firms.sorted { $0.nib < $1.nib } : forum.firms.compactMap { nib in firms.first { $0.nib == nib } }
        let matches = try ForumMatcher(rules: rules).matches(
            needs: needs.filter { need in invited.contains { $0.nib == need.industry } }, industries: invited, firms: guests,
            asOf: forum.heldOn)
        var best: [Pair: ForumMatch] = [:]
        for match in matches {
            let pair = Pair(industry: match.industry, firm: match.nib)
            if (best[pair]?.score ?? -1) < match.score { best[pair] = match }
        }
        let industryIndex = Dictionary(uniqueKeysWithValues: invited.enumerated().map { ($1.nib, $0) })
        let firmIndex = Dictionary(uniqueKeysWithValues: guests.enumerated().map { ($1.nib, $0) })
        let candidates = best.map { pair, match in
            MeetingCandidate(industry: industryIndex[pair.industry]!, firm: firmIndex[pair.firm]!, score: match.score)
        }
        let solved = MeetingScheduler.schedule(industries: invited.count, firms: guests.count, candidates: candidates, slots: slots)
        let meetings = solved.meetings.map { meeting in
            let match = best[Pair(industry: invited[meeting.industry].nib, firm: guests[meeting.firm].nib)]!
            return Meeting(
                slot: meeting.slot, table: meeting.industry + 1, industry: match.industry, nib: match.nib, score: meeting.score,
                need: match.need, item: needs.first { $0.id == match.need }?.item ?? "")
        }
        let matched = Set(best.keys.map(\.firm))
        return ForumSchedule(
            forum: forum, slots: slots, times: times, meetings: meetings, objective: solved.objective, bound: solved.bound,
            unmatched: guests.map(\.nib).filter { !matched.contains($0) }, ruleVersion: try rules.ruleSet(asOf: forum.heldOn).version)
    }

    struct Pair: Hashable {
        let industry: NIB
        let firm: NIB
    }
}
