import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The forums' saved meetings and outcomes in PostgreSQL. Saving a schedule holds the forum's row
/// `FOR UPDATE` and recording an outcome holds it `FOR SHARE`, so a schedule is never replaced
/// between an outcome's check of its meeting and its insert; the foreign key refuses it anyway.
extension PostgresEstateStore: ForumOutcomeRepository {
    public func saveSchedule(_ meetings: [SavedMeeting], forum: String, actor: String) async throws {
        try await transaction { connection in
            guard try await self.rows(connection, ForumOutcomeStatements.forum(forum, lock: "FOR UPDATE")).first != nil else {
                throw StoreError.notFound(what: "forum", key: forum)
            }
            let recorded = try await self.rows(connection, ForumOutcomeStatements.outcomeCount(forum: forum)).first?.int(0) ?? 0
            if recorded > 0 { throw ForumOutcomeStatements.outcomesRecorded(recorded, forum: forum) }
            try await self.executeAll(
                connection,
                [ForumOutcomeStatements.deleteMeetings(forum: forum)] + meetings.map(ForumOutcomeStatements.insert)
                    + [ForumOutcomeStatements.audit("save forum schedule", forum: forum, after: ["meetings": String(meetings.count)], actor: actor)])
        }
    }

    public func meetings(forum: String?) async throws -> [SavedMeeting] {
        try await connection { connection in
            try await self.rows(connection, ForumOutcomeStatements.meetings(forum: forum)).map(ForumOutcomeStatements.meeting)
        }
    }

    public func recordOutcome(_ outcome: ForumOutcome, actor: String) async throws -> ForumOutcome {
        try await transaction { connection in
            _ = try await self.rows(connection, ForumOutcomeStatements.forum(outcome.forum, lock: "FOR SHARE"))
            guard try await self.rows(connection, ForumOutcomeStatements.meeting(outcome)).first != nil else {
                throw StoreError.notFound(
                    what: "saved meeting of forum \(outcome.forum)", key: "\(outcome.industry.digits) with \(outcome.nib.digits)")
            }
            if outcome.kind == .partnership, let same = try await self.rows(connection, ForumOutcomeStatements.samePartnership(outcome)).first {
                throw try ForumOutcomeStatements.partnershipExists(same, nib: outcome.nib)
            }
            let id = try await self.writtenRows(connection, ForumOutcomeStatements.insert(outcome, actor: actor, returningID: true)).first?.int(0) ?? 0
            try await self.execute(
                connection,
                ForumOutcomeStatements.audit(
                    "record forum outcome", forum: outcome.forum,
                    after: ["id": String(id), "kind": outcome.kind.rawValue, "industry": outcome.industry.digits, "nib": outcome.nib.digits],
                    actor: actor))
            return try ForumOutcomeStatements.withID(outcome, id)
        }
    }

    public func outcomes() async throws -> [ForumOutcome] {
        try await connection { connection in
            try await self.rows(connection, ForumOutcomeStatements.outcomes).map(ForumOutcomeStatements.outcome)
        }
    }
}
