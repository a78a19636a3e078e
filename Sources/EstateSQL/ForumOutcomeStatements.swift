import EstateDomain
import EstateStore

/// The statements both engines run for the forums' saved meetings and outcomes (issue 18, item 5).
package enum ForumOutcomeStatements {
    static let meetingColumns = "forum, slot, industry, firm, score, need"
    static let outcomeColumns = """
        id, forum, industry, firm, kind, CAST(on_date AS TEXT), value_rupiah, CAST(ends_on AS TEXT), jobs, local_jobs, reference
        """

    package static func meetings(forum: String?) -> SQLStatement {
        SQLStatement(
            "SELECT \(meetingColumns) FROM forum_meetings\(forum == nil ? "" : " WHERE forum = ?") ORDER BY forum, slot, industry",
            forum.map { [.text($0)] } ?? [])
    }

    package static func meeting(_ outcome: ForumOutcome) -> SQLStatement {
        SQLStatement(
            "SELECT \(meetingColumns) FROM forum_meetings WHERE forum = ? AND industry = ? AND firm = ?",
            [.text(outcome.forum), .text(outcome.industry.digits), .text(outcome.nib.digits)])
    }

    /// The forum, held until the write ends on PostgreSQL: `FOR UPDATE` by a schedule's save,
    /// `FOR SHARE` by an outcome, so the two never interleave.
    package static func forum(_ code: String, lock: String) -> SQLStatement {
        SQLStatement("SELECT code FROM forums WHERE code = ?\(lock.isEmpty ? "" : " " + lock)", [.text(code)])
    }

    /// The outcomes recorded against the forum's meetings: its MoUs and orders, and the
    /// partnerships that followed it.
    package static func outcomeCount(forum: String) -> SQLStatement {
        SQLStatement(
            "SELECT (SELECT count(*) FROM forum_outcomes WHERE forum = ?) + (SELECT count(*) FROM partnerships WHERE forum = ?)",
            [.text(forum), .text(forum)])
    }

    package static func deleteMeetings(forum: String) -> SQLStatement {
        SQLStatement("DELETE FROM forum_meetings WHERE forum = ?", [.text(forum)], subject: .record(what: "schedule of forum", key: forum))
    }

    package static func insert(_ meeting: SavedMeeting) -> SQLStatement {
        .insert(
            into: "forum_meetings", ["forum", "slot", "industry", "firm", "score", "need"],
            [
                .text(meeting.forum), .int(Int64(meeting.slot)), .text(meeting.industry.digits), .text(meeting.nib.digits),
                .int(Int64(meeting.score)), .int(meeting.need),
            ],
            subject: .record(what: "meeting of forum", key: meeting.forum))
    }

    /// The outcome's row: an MoU or an order in `forum_outcomes`; a partnership in `partnerships`
    /// (migration 0032), the firm's one record of it, named by the industry's name and the item
    /// of the need they met about.
    package static func insert(_ outcome: ForumOutcome, actor: String, returningID: Bool) -> SQLStatement {
        if outcome.kind == .partnership { return insertPartnership(outcome, returningID: returningID) }
        return SQLStatement(
            """
            INSERT INTO forum_outcomes (forum, industry, firm, kind, on_date, value_rupiah, ends_on, jobs, local_jobs, recorded_by, \
            reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\(returningID ? " RETURNING id" : "")
            """,
            [
                .text(outcome.forum), .text(outcome.industry.digits), .text(outcome.nib.digits), .text(outcome.kind.rawValue),
                .date(outcome.on.iso), outcome.value.map { .int($0.amount) } ?? .null, .optionalDate(outcome.endsOn),
                .optionalInt(outcome.jobs), .optionalInt(outcome.localJobs), .text(actor), .optionalText(outcome.reference),
            ],
            subject: .record(what: "outcome of forum", key: outcome.reference.map { "\(outcome.forum) with reference \($0)" } ?? outcome.forum))
    }

    static func insertPartnership(_ outcome: ForumOutcome, returningID: Bool) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO partnerships (nib, partner, product, since, ended_on, industry, forum, value_per_year, jobs, local_jobs) \
            VALUES (?, (SELECT name FROM large_industries WHERE nib = ?), (SELECT n.item FROM forum_meetings m \
            JOIN industry_needs n ON n.id = m.need WHERE m.forum = ? AND m.industry = ? AND m.firm = ?), \
            ?, ?, ?, ?, ?, ?, ?)\(returningID ? " RETURNING id" : "")
            """,
            [
                .text(outcome.nib.digits), .text(outcome.industry.digits), .text(outcome.forum), .text(outcome.industry.digits),
                .text(outcome.nib.digits), .date(outcome.on.iso), .optionalDate(outcome.endsOn), .text(outcome.industry.digits),
                .text(outcome.forum), outcome.value.map { .int($0.amount) } ?? .null, .optionalInt(outcome.jobs),
                .optionalInt(outcome.localJobs),
            ],
            subject: .record(what: "partnership", key: "of \(outcome.nib) with \(outcome.industry) from forum \(outcome.forum)"))
    }

    /// The firm's partnership already named as a partnership of this meeting would be (the
    /// industry's name, the need's item): a firm has one partnership per partner and product.
    package static func samePartnership(_ outcome: ForumOutcome) -> SQLStatement {
        SQLStatement(
            """
            SELECT partner, product, CAST(since AS TEXT) FROM partnerships WHERE nib = ? \
            AND partner = (SELECT name FROM large_industries WHERE nib = ?) AND product = (SELECT n.item FROM forum_meetings m \
            JOIN industry_needs n ON n.id = m.need WHERE m.forum = ? AND m.industry = ? AND m.firm = ?)
            """,
            [
                .text(outcome.nib.digits), .text(outcome.industry.digits), .text(outcome.forum), .text(outcome.industry.digits),
                .text(outcome.nib.digits),
            ])
    }

    /// The refusal of a partnership outcome whose names the firm's partnerships already hold.
    package static func partnershipExists(_ row: any SQLRowReader, nib: NIB) throws -> StoreError {
        let (partner, product, since) = (try row.text(0) ?? "", try row.text(1) ?? "", try row.text(2) ?? "")
        return .refused(
            "NIB \(nib) already has a partnership with \(partner) for \(product) since \(since); complete or correct that one "
                + "(`estate partnerships update \(nib) --partner … --product … --value-per-year … --jobs …`, or POST "
                + "/api/v1/tenants/\(nib)/partnerships/correction) instead of recording it again",
            indonesian: "NIB \(nib) sudah memiliki kemitraan dengan \(partner) untuk \(product) sejak \(since); lengkapi atau "
                + "perbaiki kemitraan itu (`estate partnerships update \(nib) --partner … --product … --value-per-year … --jobs …`, "
                + "atau POST /api/v1/tenants/\(nib)/partnerships/correction) alih-alih mencatatnya lagi")
    }

    /// MoUs, orders and the partnerships that followed a forum, by day, then kind and number
    /// (each kind numbered on its own).
    package static let outcomes = SQLStatement(
        """
        SELECT \(outcomeColumns) FROM forum_outcomes UNION ALL \
        SELECT id, forum, industry, nib, 'partnership', CAST(since AS TEXT), value_per_year, CAST(ended_on AS TEXT), jobs, \
        local_jobs, NULL FROM partnerships WHERE forum IS NOT NULL ORDER BY 6, 5, 1
        """)

    package static func meeting(_ row: any SQLRowReader) throws -> SavedMeeting {
        SavedMeeting(
            forum: try row.text(0) ?? "", slot: Int(try row.int(1) ?? 0), industry: try NIB(parsing: try row.text(2) ?? ""),
            nib: try NIB(parsing: try row.text(3) ?? ""), score: Int(try row.int(4) ?? 0), need: try row.int(5) ?? 0)
    }

    package static func outcome(_ row: any SQLRowReader) throws -> ForumOutcome {
        try ForumOutcome(
            id: try row.int(0) ?? 0, forum: try row.text(1) ?? "", industry: try NIB(parsing: try row.text(2) ?? ""),
            nib: try NIB(parsing: try row.text(3) ?? ""), kind: try ForumOutcome.Kind(parsing: try row.text(4) ?? ""),
            on: try CivilDate(parsing: try row.text(5) ?? "", field: "on_date"), value: try row.int(6).map(Rupiah.init),
            endsOn: try row.text(7).map { try CivilDate(parsing: $0, field: "ends_on") }, jobs: try row.int(8).map { Int($0) },
            localJobs: try row.int(9).map { Int($0) }, reference: try row.text(10))
    }

    package static func withID(_ outcome: ForumOutcome, _ id: Int64) throws -> ForumOutcome {
        try ForumOutcome(
            id: id, forum: outcome.forum, industry: outcome.industry, nib: outcome.nib, kind: outcome.kind, on: outcome.on,
            value: outcome.value, endsOn: outcome.endsOn, jobs: outcome.jobs, localJobs: outcome.localJobs,
            reference: outcome.reference)
    }

    package static func outcomesRecorded(_ count: Int64, forum: String) -> StoreError {
        .refused(
            "forum \(forum) already has \(count) outcomes recorded against its saved meetings; its schedule is kept as it is",
            indonesian: "forum \(forum) sudah memiliki \(count) hasil yang dicatat pada pertemuannya; jadwalnya tetap seperti itu")
    }

    package static func audit(_ action: String, forum: String, after: [String: String], actor: String) -> SQLStatement {
        WriteStatements.audit(actor: actor, action: action, subject: "forum \(forum)", after: WriteStatements.auditDocument(after))
    }
}
