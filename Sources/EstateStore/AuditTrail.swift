import EstateDomain
import Foundation

/// One entry of the append-only audit log: when (UTC, ISO 8601), who (`cli:` and the login, or
/// `token:` and the token's id and name: names the caller cannot choose for itself), what, the
/// record it is about, and the record before and after (JSON).
public struct AuditEntry: Hashable, Sendable {
    public let id: Int64
    public let at: String
    public let actor: String
    public let action: String
    /// The entry's words, e.g. `plot A-05` or `3 tenant(s)` for entries made before records were named.
    public let subject: String
    public let before: String?
    public let after: String?
    /// The record's key, e.g. `tenant:9120477303879`, `plot:A-05`, `lease:A-05:2021-07-01`; nil
    /// for entries written before migration 0015.
    public let record: String?
    /// The estate the entry is about, nil for the store-wide registry (firms, rule sets, tokens).
    public let estate: String?

    public init(
        id: Int64, at: String, actor: String, action: String, subject: String, before: String?, after: String?,
        record: String? = nil, estate: String? = nil
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.before = before
        self.after = after
        self.record = record
        self.estate = estate
    }
}

/// What `estate audit` and `GET /api/v1/audit` ask for: a record (and the records under it), an
/// actor, entries from a day on, newest first, at most `limit`.
public struct AuditQuery: Hashable, Sendable {
    /// A record key, e.g. `tenant:9120477303879`: that record's entries and those of the records
    /// it holds (its declarations, applications, partnerships); `plot:A-05` also its leases.
    public var record: String?
    public var actor: String?
    /// Entries from 00:00 in Kabupaten Bekasi (WIB, UTC+7) on this day.
    public var since: CivilDate?
    /// Only this estate's entries and the store-wide registry's (firms, rule sets, tokens).
    public var estate: String?
    public var limit: Int

    public init(
        record: String? = nil, actor: String? = nil, since: CivilDate? = nil, estate: String? = nil, limit: Int = 100
    ) {
        self.record = record
        self.estate = estate
        self.actor = actor
        self.since = since
        self.limit = limit
    }

    /// The record filter as typed by a person: `tenant:NIB`, `plot:CODE`, `lease:PLOT[:START]`,
    /// `estate:CODE`, `phase:N` or `token:ID`, checked and normalised; an `InputError` on `field`
    /// naming the forms otherwise.
    public static func record(_ text: String, field: String) throws -> String {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1).map(String.init)
        let fix = "Use tenant:NIB, plot:CODE, lease:PLOT or lease:PLOT:START, estate:CODE, phase:N or token:ID."
        guard parts.count == 2 else {
            throw InputError(field: field, value: text, problem: "is not a record", fix: fix)
        }
        let kind = parts[0].lowercased()
        switch kind {
        case "tenant": return "tenant:" + (try NIB(parsing: parts[1], field: field)).digits
        case "plot": return "plot:" + (try Plot.normalise(code: parts[1], field: field))
        case "lease":
            let lease = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
            let plot = try Plot.normalise(code: lease[0], field: field)
            guard lease.count == 2 else { return "lease:" + plot }
            return "lease:\(plot):" + (try CivilDate(parsing: lease[1], field: field)).iso
        case "estate": return "estate:" + (try EstateCode.normalise(parts[1], field: field))
        case "phase":
            guard let number = Int(parts[1]), number > 0 else {
                throw InputError(field: field, value: text, problem: "does not name a phase by its number", fix: fix)
            }
            return "phase:\(number)"
        case "token":
            guard parts[1].count == 10, parts[1].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else {
                throw InputError(field: field, value: text, problem: "does not name a token by its id", fix: fix)
            }
            return "token:" + parts[1]
        default:
            throw InputError(field: field, value: text, problem: "is not a kind of record", fix: fix)
        }
    }

    /// The record keys whose entries belong to `record`'s history: the key itself, the keys under
    /// it (`tenant:NIB:…`), and for a plot its leases (`lease:CODE:…`).
    public static func prefixes(of record: String) -> (exact: String, under: [String]) {
        var under = [record + ":"]
        if record.hasPrefix("plot:") { under.append("lease:" + record.dropFirst("plot:".count) + ":") }
        return (record, under)
    }
}
