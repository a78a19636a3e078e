import EstateDomain
import EstateStore

/// The statements both engines run for the forum's events and invitations (issue 18, item 4).
package enum ForumEventStatements {
    package static let forums = SQLStatement("SELECT code, CAST(held_on AS TEXT), venue FROM forums ORDER BY held_on, code")
    package static let invitations = SQLStatement("SELECT forum, nib, industry FROM forum_invitations ORDER BY forum, nib")

    /// One forum's invitations, for the forum an invitation has just changed.
    package static func invitations(forum code: String) -> SQLStatement {
        SQLStatement("SELECT forum, nib, industry FROM forum_invitations WHERE forum = ? ORDER BY nib", [.text(code)])
    }

    package static func forum(_ code: String) -> SQLStatement {
        SQLStatement("SELECT code, CAST(held_on AS TEXT), venue FROM forums WHERE code = ?", [.text(code)])
    }

    package static func insert(_ forum: ForumEvent, actor: String) -> SQLStatement {
        .insert(
            into: "forums", ["code", "held_on", "venue", "added_by"],
            [.text(forum.code), .date(forum.heldOn.iso), .text(forum.venue), .text(actor)],
            subject: .record(what: "forum", key: forum.code))
    }

    /// The invitation of a large industry (`industry`) or an IKM firm; one already there stays.
    package static func invite(_ nib: NIB, industry: Bool, to code: String) -> SQLStatement {
        SQLStatement(
            "INSERT INTO forum_invitations (forum, nib, industry, firm) VALUES (?, ?, ?, ?) ON CONFLICT (forum, nib) DO NOTHING",
            [.text(code), .text(nib.digits), industry ? .text(nib.digits) : .null, industry ? .null : .text(nib.digits)],
            subject: .record(what: "invitation to forum", key: code))
    }

    /// The refusal of a new invitation to a forum with outcomes: its meetings are recorded, its
    /// schedule is kept as it is (`ForumOutcomeStatements.outcomesRecorded`), so a firm invited
    /// now would take part in nothing. Inviting again a firm already invited stays a no-op. No
    /// lock is needed: an outcome's write does not read the invitations, so an invitation that
    /// raced one is the same as one made just before it.
    package static func invitationsClosed(_ count: Int64, forum: String, new: [NIB]) -> StoreError {
        let list = new.map(\.digits).joined(separator: ", ")
        return .refused(
            "forum \(forum) already has \(count) outcomes recorded against its saved meetings, so \(list) can no longer be "
                + "invited to it; invite them to a coming forum instead",
            indonesian: "forum \(forum) sudah memiliki \(count) hasil yang dicatat pada pertemuannya, jadi \(list) tidak dapat "
                + "diundang lagi ke forum itu; undang ke forum berikutnya")
    }

    /// Which registry holds `nib`: rows of `industry` then `firm`, as 1 or 0.
    package static func kind(_ nib: NIB) -> SQLStatement {
        SQLStatement(
            """
            SELECT (SELECT count(*) FROM large_industries WHERE nib = ?), (SELECT count(*) FROM tenants WHERE nib = ?)
            """,
            [.text(nib.digits), .text(nib.digits)])
    }

    /// The forums from the rows of `forums` and `invitations`.
    package static func events(_ forums: [any SQLRowReader], _ invitations: [any SQLRowReader]) throws -> [ForumEvent] {
        var industries: [String: [NIB]] = [:]
        var firms: [String: [NIB]] = [:]
        for row in invitations {
            let code = try row.text(0) ?? ""
            let nib = try NIB(parsing: try row.text(1) ?? "")
            if try row.text(2) != nil { industries[code, default: []].append(nib) } else { firms[code, default: []].append(nib) }
        }
        return try forums.map { row in
            let code = try row.text(0) ?? ""
            return try ForumEvent(
                code: code, heldOn: try CivilDate(parsing: try row.text(1) ?? "", field: "held_on"), venue: try row.text(2) ?? "",
                industries: industries[code] ?? [], firms: firms[code] ?? [])
        }
    }

    package static func audit(_ action: String, _ forum: ForumEvent, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: action, subject: "forum \(forum.code)",
            after: WriteStatements.auditDocument([
                "code": forum.code, "held_on": forum.heldOn.iso, "venue": forum.venue,
                "industries": forum.industries.map(\.digits).joined(separator: ";"),
                "firms": forum.firms.map(\.digits).joined(separator: ";"),
            ]))
    }
}
