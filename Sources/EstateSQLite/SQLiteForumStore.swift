import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// The business forum's register in the embedded store: each change reads and writes in one
/// `BEGIN IMMEDIATE` transaction, so no other writer comes between the read and the write.
extension SQLiteEstateStore: ForumRepository {
    public func forumRegister() async throws -> ForumRegister {
        try await read { db in
            try ForumRows.register(
                try ForumStatements.register
                    .map { try Self.rows(db, $0) })
        }
    }

    public func largeIndustryNIBs() async throws -> Set<NIB> {
        try await read { db in try ForumStatements.nibs(try Self.rows(db, ForumStatements.industryNIBs)) }
    }

    public func addIndustry(_ industry: LargeIndustry, actor: String) async throws {
        try await transaction { db in
            if try Self.rows(db, ForumStatements.industry(industry.nib)).first != nil {
                throw ForumStatements.alreadyRegistered(industry.nib)
            }
            try ForumStatements.checkNotAFirm(try Self.rows(db, ForumStatements.firm(industry.nib)), industry.nib)
            try Self.run(db, [
                ForumStatements.insertIndustry(industry),
                ForumRows.audit("add large industry", "large industry \(industry.nib.digits)", after: ForumRows.auditText(industry), actor: actor),
            ])
        }
    }

    public func updateIndustry(
        _ nib: NIB, actor: String, change: @escaping @Sendable (LargeIndustry) throws -> LargeIndustry
    ) async throws -> LargeIndustry {
        try await transaction { db in
            guard let row = try Self.rows(db, ForumStatements.industry(nib)).first else {
                throw StoreError.notFound(what: "large industry", key: nib.digits)
            }
            let stored = try ForumRows.industry(row)
            let changed = try change(stored)
            try Self.run(db, [
                ForumStatements.updateIndustry(changed),
                ForumRows.audit(
                    "update large industry", "large industry \(nib.digits)", before: ForumRows.auditText(stored),
                    after: ForumRows.auditText(changed), actor: actor),
            ])
            return changed
        }
    }

    public func addNeed(_ need: IndustryNeed, actor: String) async throws -> IndustryNeed {
        let opened = need.openedOn ?? clock.today()
        return try await transaction { db in
            guard try Self.rows(db, ForumStatements.industry(need.industry)).first != nil else {
                throw StoreError.notFound(what: "large industry", key: need.industry.digits)
            }
            try Self.run(db, [ForumStatements.insertNeed(need, opened: opened, returningID: false)])
            let id = try Self.rows(db, ForumStatements.lastID).first?.int(0) ?? 0
            guard let row = try Self.rows(db, ForumStatements.need(id)).first else {
                throw StoreError.notFound(what: "need", key: String(id))
            }
            let added = try ForumRows.need(row)
            try Self.run(db, [ForumRows.audit("add need", "need \(id)", after: ForumRows.auditText(added), actor: actor)])
            return added
        }
    }

    public func updateNeed(
        _ id: Int64, actor: String, change: @escaping @Sendable (IndustryNeed) throws -> IndustryNeed
    ) async throws -> IndustryNeed {
        try await transaction { db in
            guard let row = try Self.rows(db, ForumStatements.need(id)).first else {
                throw StoreError.notFound(what: "need", key: String(id))
            }
            let stored = try ForumRows.need(row)
            let changed = try change(stored)
            try Self.run(db, [
                ForumStatements.updateNeed(changed),
                ForumRows.audit(
                    "update need", "need \(id)", before: ForumRows.auditText(stored), after: ForumRows.auditText(changed),
                    actor: actor),
            ])
            return try ForumRows.need(try Self.rows(db, ForumStatements.need(id))[0])
        }
    }

    public func closeNeed(_ id: Int64, on date: CivilDate, actor: String) async throws -> IndustryNeed {
        try await transaction { db in
            guard let row = try Self.rows(db, ForumStatements.need(id)).first else {
                throw StoreError.notFound(what: "need", key: String(id))
            }
            let stored = try ForumRows.need(row)
            if stored.closedOn != nil { throw ForumRows.alreadyClosed(stored) }
            let closed = try stored.closed(on: date)
            try Self.run(db, [
                ForumStatements.closeNeed(id, on: date),
                ForumRows.audit(
                    "close need", "need \(id)", before: ForumRows.auditText(stored), after: ForumRows.auditText(closed),
                    actor: actor),
            ])
            return closed
        }
    }

    public func setCapabilityProfile(_ profile: CapabilityProfile, actor: String) async throws {
        let today = clock.today()
        try await transaction { db in
            guard try Self.rows(db, ForumStatements.firm(profile.nib)).first != nil else {
                throw StoreError.notFound(what: "firm", key: profile.nib.digits)
            }
            let before = try Self.rows(db, ForumStatements.profile(profile.nib)).first.map { try $0.text(1) ?? "{}" }
            try Self.run(db, [
                ForumStatements.upsertProfile(profile, on: today, actor: actor),
                ForumRows.audit(
                    "set capability profile", "capability profile of \(profile.nib.digits)", before: before,
                    after: ForumJSON.profile(profile), actor: actor),
            ])
        }
    }
}
