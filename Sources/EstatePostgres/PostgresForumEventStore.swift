import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The forum's events in PostgreSQL. The keys hold the rules: two adding one code meet the
/// primary key, and two inviting one firm at once leave one invitation (`ON CONFLICT DO NOTHING`).
extension PostgresEstateStore: ForumEventRepository {
    public func forums() async throws -> [ForumEvent] {
        try await connection { connection in
            try ForumEventStatements.events(
                try await self.rows(connection, ForumEventStatements.forums),
                try await self.rows(connection, ForumEventStatements.invitations))
        }
    }

    public func addForum(_ forum: ForumEvent, actor: String) async throws {
        try await transaction { connection in
            if try await self.rows(connection, ForumEventStatements.forum(forum.code)).first != nil {
                throw StoreError.refused(
                    "forum \(forum.code) is already added; choose another code",
                    indonesian: "forum \(forum.code) sudah ada; pilih kode lain")
            }
            var statements = [ForumEventStatements.insert(forum, actor: actor)]
            statements += forum.industries.map { ForumEventStatements.invite($0, industry: true, to: forum.code) }
            statements += forum.firms.map { ForumEventStatements.invite($0, industry: false, to: forum.code) }
            try await self.executeAll(connection, statements + [ForumEventStatements.audit("add forum", forum, actor: actor)])
        }
    }

    public func invite(_ nibs: [NIB], to code: String, actor: String) async throws -> ForumEvent {
        try await transaction { connection in
            guard try await self.rows(connection, ForumEventStatements.forum(code)).first != nil else {
                throw StoreError.notFound(what: "forum", key: code)
            }
            var statements: [SQLStatement] = []
            for nib in nibs {
                let row = try await self.rows(connection, ForumEventStatements.kind(nib))[0]
                let (industry, firm) = (try row.int(0) ?? 0, try row.int(1) ?? 0)
                guard industry + firm > 0 else { throw StoreError.notFound(what: "large industry or IKM firm", key: nib.digits) }
                statements.append(ForumEventStatements.invite(nib, industry: industry > 0, to: code))
            }
            let invited = Set(try await self.rows(connection, ForumEventStatements.invitations(forum: code)).map { try $0.text(1) ?? "" })
            let new = nibs.filter { !invited.contains($0.digits) }
            if !new.isEmpty {
                let recorded = try await self.rows(connection, ForumOutcomeStatements.outcomeCount(forum: code)).first?.int(0) ?? 0
                if recorded > 0 { throw ForumEventStatements.invitationsClosed(recorded, forum: code, new: new) }
            }
            try await self.executeAll(connection, statements)
            let forum = try ForumEventStatements.events(
                try await self.rows(connection, ForumEventStatements.forum(code)),
                try await self.rows(connection, ForumEventStatements.invitations(forum: code)))[0]
            // Every NIB invited already: nothing changed, nothing to audit.
            if !new.isEmpty { try await self.execute(connection, ForumEventStatements.audit("invite to forum", forum, actor: actor)) }
            return forum
        }
    }
}
