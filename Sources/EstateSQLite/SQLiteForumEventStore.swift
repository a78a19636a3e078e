import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// The forum's events in the embedded store, each write one `BEGIN IMMEDIATE` transaction.
extension SQLiteEstateStore: ForumEventRepository {
    public func forums() async throws -> [ForumEvent] {
        try await read { db in
            try ForumEventStatements.events(
                try Self.rows(db, ForumEventStatements.forums), try Self.rows(db, ForumEventStatements.invitations))
        }
    }

    public func addForum(_ forum: ForumEvent, actor: String) async throws {
        try await transaction { db in
            if try Self.rows(db, ForumEventStatements.forum(forum.code)).first != nil {
                throw StoreError.refused(
                    "forum \(forum.code) is already added; choose another code",
                    indonesian: "forum \(forum.code) sudah ada; pilih kode lain")
            }
            var statements = [ForumEventStatements.insert(forum, actor: actor)]
            statements += forum.industries.map { ForumEventStatements.invite($0, industry: true, to: forum.code) }
            statements += forum.firms.map { ForumEventStatements.invite($0, industry: false, to: forum.code) }
            try Self.run(db, statements + [ForumEventStatements.audit("add forum", forum, actor: actor)])
        }
    }

    public func invite(_ nibs: [NIB], to code: String, actor: String) async throws -> ForumEvent {
        try await transaction { db in
            guard try Self.rows(db, ForumEventStatements.forum(code)).first != nil else {
                throw StoreError.notFound(what: "forum", key: code)
            }
            var statements: [SQLStatement] = []
            for nib in nibs {
                let row = try Self.rows(db, ForumEventStatements.kind(nib))[0]
                let (industry, firm) = (try row.int(0) ?? 0, try row.int(1) ?? 0)
                guard industry + firm > 0 else { throw StoreError.notFound(what: "large industry or IKM firm", key: nib.digits) }
                statements.append(ForumEventStatements.invite(nib, industry: industry > 0, to: code))
            }
            let invited = Set(try Self.rows(db, ForumEventStatements.invitations(forum: code)).map { try $0.text(1) ?? "" })
            let new = nibs.filter { !invited.contains($0.digits) }
            if !new.isEmpty {
                let recorded = try Self.rows(db, ForumOutcomeStatements.outcomeCount(forum: code)).first?.int(0) ?? 0
                if recorded > 0 { throw ForumEventStatements.invitationsClosed(recorded, forum: code, new: new) }
            }
            try Self.run(db, statements)
            let forum = try ForumEventStatements.events(
                try Self.rows(db, ForumEventStatements.forum(code)), try Self.rows(db, ForumEventStatements.invitations(forum: code))
            )[0]
            // Every NIB invited already: nothing changed, nothing to audit.
            if !new.isEmpty { try Self.run(db, [ForumEventStatements.audit("invite to forum", forum, actor: actor)]) }
            return forum
        }
    }
}
