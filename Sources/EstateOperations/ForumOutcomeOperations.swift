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

    /// Records what followed a saved meeting; refused when dated before the forum's day (nothing
    /// follows a meeting before it is held; a forum's day never changes, so the check holds until
    /// the write) or outside `ForumDates.years`, the years the report covers.
    ///
    /// An outcome with a reference already recorded for the industry and kind (letter case aside)
    /// is the same one recorded again when everything else agrees (`replayed`, nothing written),
    /// and refused when anything differs. Two writers racing with one reference meet the
    /// database's unique index; the one refused is then answered as if it had come second.
    public func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> (outcome: ForumOutcome, replayed: Bool) {
        if let forum = try await store.forums().first(where: { $0.code == outcome.forum }), outcome.on < forum.heldOn {
            throw InputError(
                field: "on", value: outcome.on.iso, problem: "is before the forum's day (\(forum.heldOn.iso))",
                fix: "Give the day it was signed or ordered, on or after \(forum.heldOn.iso).",
                masalah: "sebelum hari forum (\(forum.heldOn.iso))",
                perbaikan: "Isi hari penandatanganan atau pemesanan, pada atau setelah \(forum.heldOn.iso).")
        }
        try ForumDates.checked(outcome.on, field: "on")
        if let replay = try await recordedAlready(outcome) { return (replay, true) }
        do {
            return (try await store.recordOutcome(outcome, actor: actor), false)
        } catch let error as StoreError where outcome.reference != nil {
            // Refused by the unique index: another writer recorded this reference meanwhile.
            guard let replay = try await recordedAlready(outcome) else { throw error }
            return (replay, true)
        }
    }

    /// The outcome stored under `outcome`'s reference when it records the same thing; nil when
    /// none is; refused when one with other values is.
    private func recordedAlready(_ outcome: ForumOutcome) async throws -> ForumOutcome? {
        guard let reference = outcome.reference,
            let stored = try await store.outcomes().first(where: {
                $0.industry == outcome.industry && $0.kind == outcome.kind && $0.reference?.uppercased() == reference.uppercased()
            })
        else { return nil }
        guard stored.isSameRecord(as: outcome) else {
            let value = stored.value.map { ", \($0)" } ?? ""
            throw StoreError.refused(
                "\(outcome.kind.rawValue) \(stored.reference ?? reference) of \(outcome.industry) is recorded already (outcome "
                    + "\(stored.id): \(stored.forum), \(stored.nib), \(stored.on.iso)\(value)) with other values; give this one "
                    + "its own reference",
                indonesian: "\(outcome.kind.rawValue) \(stored.reference ?? reference) dari \(outcome.industry) sudah tercatat "
                    + "(hasil \(stored.id): \(stored.forum), \(stored.nib), \(stored.on.iso)\(value)) dengan nilai lain; beri "
                    + "yang ini nomornya sendiri")
        }
        return stored
    }

    /// Every outcome (of `forum`, when given), in the order recorded.
    public func forumOutcomes(forum: String? = nil) async throws -> [ForumOutcome] {
        try await store.outcomes().filter { forum == nil || $0.forum == forum?.uppercased() }
    }

    /// The year's report for the Dinas, with the names of the firms it mentions.
    public func forumReport(year: Int) async throws -> ForumReport {
        guard ForumDates.years.contains(year) else {
            throw InputError(
                field: "year", value: String(year), problem: "is not from 1990 to 2200", fix: "Give a year, e.g. 2027.",
                masalah: "tidak di antara 1990 dan 2200", perbaikan: "Isi tahun, misalnya 2027.")
        }
        return ForumReport.make(
            year: year, forums: try await store.forums(), meetings: try await store.meetings(forum: nil),
            outcomes: try await store.outcomes(), firms: try await stored().estate.tenants)
    }
}
