import EstateDomain
import EstateOperations
import EstateReports
import EstateStore

/// The history panel of the dashboard's tenant and plot pages (issue 15): the firm's audit
/// entries (its record, declarations, applications and partnerships) or the plot's (and its
/// leases'), newest first, as `GET /api/v1/audit`
/// gives them, for the callers that route allows (a store-wide admin); nil for anyone else.
extension Dashboard {
    static let historyLength = 20

    func history(of nib: NIB, for caller: Caller?) async throws -> [[String: String]]? {
        try await history(record: "tenant:\(nib.digits)", for: caller)
    }

    /// The entries of `record` (e.g. `plot:A-05`, which holds its leases), newest first; with
    /// `estate`, only that estate's (another estate may have a plot of the same code).
    func history(record: String, estate: String? = nil, for caller: Caller?) async throws -> [[String: String]]? {
        guard let caller, caller.role == .admin, caller.estates == nil else { return nil }
        let entries = try await EstateOperations(store: api.baseStore).audit(
            AuditQuery(record: record, estate: estate, limit: Self.historyLength))
        return entries.map { entry in
            [
                "at": String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC",
                "actor": entry.actor, "action": entry.action, "record": entry.record,
                "estate": entry.estate ?? "–", "before": entry.before?.summary ?? "",
                "after": entry.after?.summary ?? "",
            ]
        }
    }
}
