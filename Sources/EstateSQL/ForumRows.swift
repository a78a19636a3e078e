import EstateDomain
import EstateStore

/// The forum's rows read into the domain's records, each through its checked initialiser, and
/// the register assembled from one read of the four tables; a row that breaks a rule is left
/// out of the register and named, so that one damaged record never hides the others.
package enum ForumRows {
    package static func industry(_ row: any SQLRowReader) throws -> LargeIndustry {
        try LargeIndustry(
            nib: try NIB(parsing: try row.text(0) ?? ""), name: try row.text(1) ?? "",
            kbli: try KBLI.list(parsing: try row.text(2) ?? ""), location: try row.text(3) ?? "",
            regency: try row.text(4) ?? "", contact: try row.text(5))
    }

    package static func need(_ row: any SQLRowReader) throws -> IndustryNeed {
        func date(_ column: Int, _ field: String) throws -> CivilDate? {
            try row.text(column).map { try CivilDate(parsing: $0, field: field) }
        }
        return try IndustryNeed(
            id: try row.int(0) ?? 0, industry: try NIB(parsing: try row.text(1) ?? "", field: "industry"),
            item: try row.text(2) ?? "", process: try IndustrialProcess(parsing: try row.text(3) ?? ""),
            material: try row.text(4), kbli: try row.text(5).map { try KBLI(parsing: $0) },
            volumePerMonth: try row.int(6).map { Int($0) }, unit: try row.text(7) ?? "",
            certifications: try ForumJSON.wanted(try row.text(8) ?? "[]"), deadline: try date(9, "deadline"),
            openedOn: try date(10, "opened_on"), closedOn: try date(11, "closed_on"))
    }

    package static func profile(_ row: any SQLRowReader) throws -> CapabilityProfile {
        try ForumJSON.profile(try row.text(1) ?? "{}", nib: try NIB(parsing: try row.text(0) ?? ""))
    }

    /// The register from the rows of `ForumStatements.register`'s statements, in their order:
    /// industries, needs, profiles, rules, and the NIBs both registries hold.
    package static func register(_ rows: [[any SQLRowReader]]) throws -> ForumRegister {
        var problems: [String] = []
        /// Each row read, or named by its key (column 0, a number when `numbered`) and left out.
        func each<T>(
            _ rows: [any SQLRowReader], _ what: String, numbered: Bool = false, _ read: (any SQLRowReader) throws -> T
        ) -> [T] {
            rows.enumerated().compactMap { index, row in
                do { return try read(row) } catch {
                    let key = numbered ? (try? row.int(0))?.map { String($0) } : (try? row.text(0)) ?? nil
                    problems.append("\(what) \(key ?? "row \(index + 1)") is left out: \(reason(error))")
                    return nil
                }
            }
        }
        let industries = each(rows[0], "large industry", industry)
        let needs = each(rows[1], "need", numbered: true, need)
        let profiles = each(rows[2], "capability profile of", profile)
        let versions = each(rows[3], "match rules", { try ForumJSON.ruleSet(try $0.text(1) ?? "{}") })
        // A NIB held by both registries (written before migration 0034 held the rule): named, kept.
        for row in rows[4] {
            let nib = (try? row.text(0)) ?? nil
            problems.append(
                "NIB \(nib ?? "?") is both an IKM firm and a large industry; a NIB is one kind of firm (the forum never "
                    + "pairs it with itself): ask the firm which it is, and correct the other record's NIB")
        }
        return ForumRegister(
            industries: industries, needs: needs,
            profiles: Dictionary(profiles.map { ($0.nib, $0) }, uniquingKeysWith: { first, _ in first }),
            rules: try MatchRuleBook(versions: versions), problems: problems)
    }

    /// Why a stored record cannot be read, in words for the officers: the field and value a
    /// check refuses, or which part of its stored JSON is missing or of the wrong kind, never the
    /// decoder's own text.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as InputError: return error.description
        case DecodingError.keyNotFound(let key, _): return "its stored JSON lacks \"\(key.stringValue)\"; set the record again"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return "its stored JSON has a value of the wrong kind at \"\(path)\"; set the record again"
        default: return "its stored form cannot be read; set the record again"
        }
    }

    /// A refusal to close a need twice, in both languages.
    package static func alreadyClosed(_ need: IndustryNeed) -> StoreError {
        .refused(
            "need \(need.id) was already closed on \(need.closedOn?.iso ?? "?")",
            indonesian: "kebutuhan \(need.id) sudah ditutup pada \(need.closedOn?.iso ?? "?")")
    }

    /// The audit entry's record of an industry, a need or a profile.
    package static func audit(_ action: String, _ subject: String, before: String? = nil, after: String, actor: String)
        -> SQLStatement
    {
        WriteStatements.audit(actor: actor, action: action, subject: subject, before: before, after: after)
    }

    package static func auditText(_ industry: LargeIndustry) -> String {
        WriteStatements.auditDocument([
            "nib": industry.nib.digits, "name": industry.name, "kbli": ForumStatements.kbli(industry.kbli),
            "location": industry.location, "regency": industry.regency, "contact": industry.contact ?? "",
        ])
    }

    package static func auditText(_ need: IndustryNeed) -> String {
        WriteStatements.auditDocument([
            "industry": need.industry.digits, "item": need.item, "process": need.process.code,
            "material": need.material ?? "", "kbli": need.kbli?.code ?? "",
            "volume_per_month": need.volumePerMonth.map(String.init) ?? "", "unit": need.unit,
            "certifications": ForumJSON.wanted(need.certifications), "deadline": need.deadline?.iso ?? "",
            "closed_on": need.closedOn?.iso ?? "",
        ])
    }
}
