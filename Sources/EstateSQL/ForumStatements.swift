import EstateDomain
import EstateStore

/// The statements both engines run for the business forum's register (issue 18, items 1–3), and
/// the reading of its rows into the domain's records.
package enum ForumStatements {
    /// What `ForumRows.register` reads, in its order: industries, needs, profiles, match rules,
    /// and the NIBs both registries hold.
    package static var register: [SQLStatement] {
        [
            industries, needs, profiles, rules,
            SQLStatement("SELECT t.nib FROM tenants t JOIN large_industries li ON li.nib = t.nib ORDER BY t.nib"),
        ]
    }

    static let industryColumns = "nib, name, kbli, location, regency, contact"
    static let needColumns = """
        id, industry, item, process, material, kbli, volume_per_month, unit, CAST(certifications AS TEXT), \
        CAST(deadline AS TEXT), CAST(opened_on AS TEXT), CAST(closed_on AS TEXT)
        """

    package static let industries = SQLStatement("SELECT \(industryColumns) FROM large_industries ORDER BY nib")
    package static let industryNIBs = SQLStatement("SELECT nib FROM large_industries")

    /// The NIBs `industryNIBs` reads; one that is not a NIB cannot be a firm's either, so is left out.
    package static func nibs(_ rows: [any SQLRowReader]) throws -> Set<NIB> {
        Set(try rows.compactMap { try $0.text(0).flatMap { try? NIB(parsing: $0) } })
    }
    package static let needs = SQLStatement("SELECT \(needColumns) FROM industry_needs ORDER BY id")
    package static let profiles = SQLStatement(
        "SELECT nib, CAST(profile AS TEXT) FROM capability_profiles ORDER BY nib")
    package static let rules = SQLStatement(
        "SELECT version, CAST(document AS TEXT) FROM forum_rule_versions ORDER BY effective_from")

    /// The industry `nib`, held until the write ends on PostgreSQL when `locking`.
    package static func industry(_ nib: NIB, locking: Bool = false) -> SQLStatement {
        SQLStatement(
            "SELECT \(industryColumns) FROM large_industries WHERE nib = ?\(locking ? " FOR UPDATE" : "")", [.text(nib.digits)])
    }

    /// The need `id`, held until the write ends on PostgreSQL when `locking`.
    package static func need(_ id: Int64, locking: Bool = false) -> SQLStatement {
        SQLStatement("SELECT \(needColumns) FROM industry_needs WHERE id = ?\(locking ? " FOR UPDATE" : "")", [.int(id)])
    }

    package static func firm(_ nib: NIB) -> SQLStatement {
        SQLStatement("SELECT nib FROM tenants WHERE nib = ?", [.text(nib.digits)])
    }

    package static func profile(_ nib: NIB, locking: Bool = false) -> SQLStatement {
        SQLStatement(
            "SELECT nib, CAST(profile AS TEXT) FROM capability_profiles WHERE nib = ?\(locking ? " FOR UPDATE" : "")",
            [.text(nib.digits)])
    }

    /// A large industry registered twice.
    package static func alreadyRegistered(_ nib: NIB) -> StoreError {
        .refused(
            "large industry \(nib.digits) is already registered; correct it instead (`estate industries update \(nib.digits)`, PATCH /api/v1/forum/industries/\(nib.digits))",
            indonesian: "industri besar \(nib.digits) sudah terdaftar; perbaiki saja (`estate industries update \(nib.digits)`, PATCH /api/v1/forum/industries/\(nib.digits))")
    }

    /// Refuses a large industry whose NIB is an IKM firm's: a firm would be matched with itself.
    package static func checkNotAFirm(_ rows: [any SQLRowReader], _ nib: NIB) throws {
        guard rows.isEmpty else {
            throw StoreError.refused(
                "NIB \(nib.digits) is an IKM firm of the registry; a large industry has a NIB of its own",
                indonesian: "NIB \(nib.digits) adalah IKM dalam daftar perusahaan; industri besar memiliki NIB sendiri")
        }
    }

    package static func insertIndustry(_ industry: LargeIndustry) -> SQLStatement {
        .insert(
            into: "large_industries", ["nib", "name", "kbli", "location", "regency", "contact"],
            [
                .text(industry.nib.digits), .text(industry.name), .text(kbli(industry.kbli)), .text(industry.location),
                .text(industry.regency), .optionalText(industry.contact),
            ],
            subject: .record(what: "large industry", key: industry.nib.digits))
    }

    package static func updateIndustry(_ industry: LargeIndustry) -> SQLStatement {
        SQLStatement(
            "UPDATE large_industries SET name = ?, kbli = ?, location = ?, regency = ?, contact = ? WHERE nib = ?",
            [
                .text(industry.name), .text(kbli(industry.kbli)), .text(industry.location), .text(industry.regency),
                .optionalText(industry.contact), .text(industry.nib.digits),
            ],
            subject: .record(what: "large industry", key: industry.nib.digits))
    }

    /// The new need, opened on `opened`; PostgreSQL answers its number (`returningID`), SQLite
    /// reads it with `lastID` in the same transaction.
    package static func insertNeed(_ need: IndustryNeed, opened: CivilDate, returningID: Bool) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO industry_needs (industry, item, process, material, kbli, volume_per_month, unit, \
            certifications, deadline, opened_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\(returningID ? " RETURNING id" : "")
            """,
            [.text(need.industry.digits)] + fields(need) + [.date(opened.iso)],
            subject: .record(what: "need of", key: need.industry.digits))
    }

    package static let lastID = SQLStatement("SELECT last_insert_rowid()")

    package static func updateNeed(_ need: IndustryNeed) -> SQLStatement {
        SQLStatement(
            """
            UPDATE industry_needs SET item = ?, process = ?, material = ?, kbli = ?, volume_per_month = ?, unit = ?, \
            certifications = ?, deadline = ? WHERE id = ?
            """,
            fields(need) + [.int(need.id)], subject: .record(what: "need", key: String(need.id)))
    }

    package static func closeNeed(_ id: Int64, on date: CivilDate) -> SQLStatement {
        SQLStatement(
            "UPDATE industry_needs SET closed_on = ? WHERE id = ? AND closed_on IS NULL", [.date(date.iso), .int(id)],
            subject: .record(what: "need", key: String(id)))
    }

    package static func upsertProfile(_ profile: CapabilityProfile, on date: CivilDate, actor: String) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO capability_profiles (nib, profile, updated_on, updated_by) VALUES (?, ?, ?, ?) \
            ON CONFLICT (nib) DO UPDATE SET profile = excluded.profile, updated_on = excluded.updated_on, \
            updated_by = excluded.updated_by
            """,
            [.text(profile.nib.digits), .json(ForumJSON.profile(profile)), .date(date.iso), .text(actor)],
            subject: .record(what: "capability profile of", key: profile.nib.digits))
    }

    static func fields(_ need: IndustryNeed) -> [SQLValue] {
        [
            .text(need.item), .text(need.process.code), .optionalText(need.material), .optionalText(need.kbli?.code),
            .optionalInt(need.volumePerMonth), .text(need.unit), .json(ForumJSON.wanted(need.certifications)),
            .optionalDate(need.deadline),
        ]
    }

    static func kbli(_ codes: [KBLI]) -> String { codes.map(\.code).joined(separator: ";") }
}
