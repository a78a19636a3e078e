import EstateDomain

/// A forum's schedule as the CLI's JSON and the API show it (issue 18, item 4): `meetings`, each
/// with `slot`, `industry` (the large firm's NIB), `nib` (the IKM firm's) and `score`, and what a
/// reader needs besides: the time, the table, the need, the names; the objective and the bound
/// that proves it (equal for an optimum).
public struct ForumScheduleDocument: Encodable, Sendable {
    public struct Meeting: Encodable, Sendable {
        public let slot: Int
        public let time: String
        public let table: Int
        public let industry: String
        public let industryName: String?
        public let nib: String
        public let name: String?
        public let score: Int
        public let need: Int64
        public let item: String
    }

    public let forum: String
    public let heldOn: String
    public let venue: String
    public let slots: Int
    public let meetings: [Meeting]
    public let objective: Int
    public let bound: Int
    public let optimal: Bool
    /// Invited IKM firms that match no invited industry's open need.
    public let unmatched: [String]
    public let ruleVersion: String
    /// Records of the register left out because their stored form cannot be read: the schedule
    /// is optimal for the rest.
    public let problems: [String]

    public init(_ schedule: ForumSchedule, names: [NIB: String], problems: [String] = []) {
        self.problems = problems
        forum = schedule.forum.code
        heldOn = schedule.forum.heldOn.iso
        venue = schedule.forum.venue
        slots = schedule.slots
        meetings = schedule.meetings.map {
            Meeting(
                slot: $0.slot, time: schedule.times.label($0.slot), table: $0.table, industry: $0.industry.digits,
                industryName: names[$0.industry], nib: $0.nib.digits, name: names[$0.nib], score: $0.score, need: $0.need,
                item: $0.item)
        }
        objective = schedule.objective
        bound = schedule.bound
        optimal = schedule.objective == schedule.bound
        unmatched = schedule.unmatched.map(\.digits)
        ruleVersion = schedule.ruleVersion
    }

    /// The schedule as a terminal table, slot by slot, in `language`.
    public func text(language: Language) -> String {
        let id = language == .indonesian
        var table = TextTable(
            header: id ? ["slot", "jam", "meja", "industri", "IKM", "skor", "kebutuhan"] : ["slot", "time", "table", "industry", "IKM firm", "score", "need"])
        for meeting in meetings {
            table.add([
                String(meeting.slot), meeting.time, String(meeting.table), meeting.industryName ?? meeting.industry,
                meeting.name ?? meeting.nib, String(meeting.score), "\(meeting.need) \(meeting.item)",
            ])
        }
        let head = id
            ? "Forum \(forum), \(heldOn), \(venue): \(meetings.count) pertemuan dalam \(slots) slot, skor total \(objective), batas atas \(bound)\(optimal ? " (optimal terbukti)" : "")"
            : "Forum \(forum), \(heldOn), \(venue): \(meetings.count) meetings in \(slots) slots, total score \(objective), bound \(bound)\(optimal ? " (proven optimal)" : "")"
        var lines = [head, meetings.isEmpty ? (id ? "Tidak ada pasangan yang cocok." : "No pair matches.") : table.rendered]
        if !unmatched.isEmpty {
            lines.append((id ? "IKM tanpa pasangan: " : "IKM firms matching no need: ") + unmatched.joined(separator: ", "))
        }
        for problem in problems { lines.append((id ? "Catatan: " : "Note: ") + problem) }
        return lines.joined(separator: "\n")
    }
}
