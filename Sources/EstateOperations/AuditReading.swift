import EstateDomain
import EstateReports
import EstateStore

/// Reading the audit trail: the one query `estate audit`, `GET /api/v1/audit` and the
/// dashboard's history panel make.
extension EstateOperations {
    /// The entries `query` asks for, newest first, as the adapters show them.
    public func audit(_ query: AuditQuery) async throws -> [AuditView] {
        if let code = query.estate {
            let listings = try await store.estates()
            guard listings.contains(where: { $0.code == code }) else { throw StoreError.unknownEstate(code, among: listings) }
        }
        return try await store.auditLog(query).map(AuditView.init)
    }
}

/// The audit filters as a person types them, checked once for every adapter.
public enum AuditQueries {
    /// The query of these filters; a bad one is an `InputError` on the field `field` names.
    public static func query(
        record: String?, actor: String?, since: String?, estate: String?, limit: Int, field: (String) -> String
    ) throws -> AuditQuery {
        guard (1...10_000).contains(limit) else {
            throw InputError(
                field: field("limit"), value: String(limit), problem: "is not between 1 and 10000",
                fix: "Ask for at most 10000 entries; narrow with a record or a date.")
        }
        return AuditQuery(
            record: try record.map { try AuditQuery.record($0, field: field("record")) },
            actor: try actor.map { try FreeText.checked($0, field: field("actor"), limit: 300, example: "cli:sari") },
            since: try since.map { try CivilDate(parsing: $0, field: field("since")) },
            estate: try estate.map { try EstateCode.normalise($0, field: field("estate")) }, limit: limit)
    }
}

/// The JSON of `estate audit --format json`: `{"entries": [...]}`.
public struct AuditDocument: Encodable, Sendable {
    public let entries: [AuditView]

    public init(entries: [AuditView]) {
        self.entries = entries
    }
}
