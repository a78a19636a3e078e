import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The business forum's register in PostgreSQL: a change reads its row `FOR UPDATE` and writes
/// it in the same transaction, so of two officers changing one record the second reads the
/// first's change and applies its own on top; two registering one NIB at once meet the primary
/// key, and the second is told it exists.
extension PostgresEstateStore: ForumRepository {
    public func forumRegister() async throws -> ForumRegister {
        try await connection { connection in
            var rows: [[any SQLRowReader]] = []
            for statement in ForumStatements.register {
                rows.append(try await self.rows(connection, statement))
            }
            return try ForumRows.register(rows)
        }
    }

    public func largeIndustryNIBs() async throws -> Set<NIB> {
        try await connection { connection in try ForumStatements.nibs(try await self.rows(connection, ForumStatements.industryNIBs)) }
    }

    public func addIndustry(_ industry: LargeIndustry, actor: String) async throws {
        try await transaction { connection in
            if try await self.rows(connection, ForumStatements.industry(industry.nib)).first != nil {
                throw ForumStatements.alreadyRegistered(industry.nib)
            }
            try ForumStatements.checkNotAFirm(try await self.rows(connection, ForumStatements.firm(industry.nib)), industry.nib)
            try await self.executeAll(connection, [
                ForumStatements.insertIndustry(industry),
                ForumRows.audit("add large industry", "large industry \(industry.nib.digits)", after: ForumRows.auditText(industry), actor: actor),
            ])
        }
    }

    public func updateIndustry(
        _ nib: NIB, actor: String, change: @escaping @Sendable (LargeIndustry) throws -> LargeIndustry
    ) async throws -> LargeIndustry {
        try await transaction { connection in
            guard let row = try await self.rows(connection, ForumStatements.industry(nib, locking: true)).first else {
                throw StoreError.notFound(what: "large industry", key: nib.digits)
            }
            let stored = try ForumRows.industry(row)
            let changed = try change(stored)
            try await self.executeAll(connection, [
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
        return try await transaction { connection in
            // FOR SHARE: the industry stays as it is until the need that names it is written.
            guard try await self.rows(connection, SQLStatement(
                "SELECT nib FROM large_industries WHERE nib = ? FOR SHARE", [.text(need.industry.digits)])).first != nil
            else { throw StoreError.notFound(what: "large industry", key: need.industry.digits) }
            let inserted = try await self.writtenRows(connection, ForumStatements.insertNeed(need, opened: opened, returningID: true))
            let id = try inserted.first?.int(0) ?? 0
            guard let row = try await self.rows(connection, ForumStatements.need(id)).first else {
                throw StoreError.notFound(what: "need", key: String(id))
            }
            let added = try ForumRows.need(row)
            try await self.execute(connection, ForumRows.audit("add need", "need \(id)", after: ForumRows.auditText(added), actor: actor))
            return added
        }
    }

    public func updateNeed(
        _ id: Int64, actor: String, change: @escaping @Sendable (IndustryNeed) throws -> IndustryNeed
    ) async throws -> IndustryNeed {
        try await transaction { connection in
            guard let row = try await self.rows(connection, ForumStatements.need(id, locking: true)).first else {
                throw StoreError.notFound(what: "need", key: String(id))
            }
            let stored = try ForumRows.need(row)
            let changed = try change(stored)
            try await self.executeAll(connection, [
                ForumStatements.updateNeed(changed),
                ForumRows.audit(
                    "update need", "need \(id)", before: ForumRows.auditText(stored), after: ForumRows.auditText(changed),
                    actor: actor),
            ])
            return try ForumRows.need(try await self.rows(connection, ForumStatements.need(id))[0])
        }
    }

    public func closeNeed(_ id: Int64, on date: CivilDate, actor: String) async throws -> IndustryNeed {
        try await transaction { connection in
            guard let row = try await self.rows(connection, ForumStatements.need(id, locking: true)).first else {
                throw StoreError.notFound(what: "need", key: String(id))
            }
            let stored = try ForumRows.need(row)
            if stored.closedOn != nil { throw ForumRows.alreadyClosed(stored) }
            let closed = try stored.closed(on: date)
            try await self.executeAll(connection, [
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
        try await transaction { connection in
            guard try await self.rows(connection, ForumStatements.firm(profile.nib)).first != nil else {
                throw StoreError.notFound(what: "firm", key: profile.nib.digits)
            }
            // The firm's own lock: two officers setting one profile write one after the other,
            // each audit entry's "before" being what the other left.
            _ = try await self.rows(
                connection, SQLStatement("SELECT pg_advisory_xact_lock(7245018, hashtext(?))", [.text(profile.nib.digits)]))
            let before = try await self.rows(connection, ForumStatements.profile(profile.nib)).first.map { try $0.text(1) ?? "{}" }
            try await self.executeAll(connection, [
                ForumStatements.upsertProfile(profile, on: today, actor: actor),
                ForumRows.audit(
                    "set capability profile", "capability profile of \(profile.nib.digits)", before: before,
                    after: ForumJSON.profile(profile), actor: actor),
            ])
        }
    }
}
