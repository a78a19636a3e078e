import EstateDomain
import EstateOperations
import EstateReports
import EstateStore

/// The history panel of the dashboard's tenant page (issue 15): the firm's audit entries (its
/// record, declarations, applications and partnerships), newest first, as `GET /api/v1/audit`
/// gives them, for the callers that route allows (a store-wide admin); nil for anyone else.
extension Dashboard {
    static let historyLength = 20

    func history(of nib: NIB, for caller: Caller?) async throws -> [[String: String]]? {
        guard let caller, caller.role == .admin, caller.estates == nil else { return nil }
        let entries = try await EstateOperations(store: api.baseStore).audit(
            AuditQuery(record: "tenant:\(nib.digits)", limit: Self.historyLength))
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
