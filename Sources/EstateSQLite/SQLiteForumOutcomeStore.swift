import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// The forums' saved meetings and outcomes in the embedded store, each write one `BEGIN
/// IMMEDIATE` transaction.
extension SQLiteEstateStore: ForumOutcomeRepository {
    public func saveSchedule(_ meetings: [SavedMeeting], forum: String, actor: String) async throws {
        try await transaction { db in
            guard try Self.rows(db, ForumOutcomeStatements.forum(forum, lock: "")).first != nil else {
                throw StoreError.notFound(what: "forum", key: forum)
            }
            let recorded = try Self.rows(db, ForumOutcomeStatements.outcomeCount(forum: forum)).first?.int(0) ?? 0
            if recorded > 0 { throw ForumOutcomeStatements.outcomesRecorded(recorded, forum: forum) }
            try Self.run(
                db,
                [ForumOutcomeStatements.deleteMeetings(forum: forum)] + meetings.map(ForumOutcomeStatements.insert)
                    + [ForumOutcomeStatements.audit("save forum schedule", forum: forum, after: ["meetings": String(meetings.count)], actor: actor)])
        }
    }

    public func meetings(forum: String?) async throws -> [SavedMeeting] {
        try await read { db in try Self.rows(db, ForumOutcomeStatements.meetings(forum: forum)).map(ForumOutcomeStatements.meeting) }
    }

    public func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> ForumOutcome {
        try await transaction { db in
            guard try Self.rows(db, ForumOutcomeStatements.meeting(outcome)).first != nil else {
                throw StoreError.notFound(
                    what: "saved meeting of forum \(outcome.forum)", key: "\(outcome.industry.digits) with \(outcome.nib.digits)")
            }
            if outcome.kind == .partnership, let same = try Self.rows(db, ForumOutcomeStatements.samePartnership(outcome)).first {
                throw try ForumOutcomeStatements.partnershipExists(same, nib: outcome.nib)
            }
            try Self.run(db, [ForumOutcomeStatements.insert(outcome, actor: actor, returningID: false)])
            let id = try Self.rows(db, ForumStatements.lastID).first?.int(0) ?? 0
            try Self.run(db, [
                ForumOutcomeStatements.audit(
                    "record forum outcome", forum: outcome.forum,
                    after: ["id": String(id), "kind": outcome.kind.rawValue, "industry": outcome.industry.digits, "nib": outcome.nib.digits],
                    actor: actor)
            ])
            return try ForumOutcomeStatements.withID(outcome, id)
        }
    }

    public func outcomes() async throws -> [ForumOutcome] {
        try await read { db in try Self.rows(db, ForumOutcomeStatements.outcomes).map(ForumOutcomeStatements.outcome) }
    }
}
