import EstateDomain
import EstateOperations
import EstateStore
import Hummingbird

/// `GET /api/v1/audit`: the audit trail, for a store-wide admin (it names every estate's records
/// and the tokens' holders), filtered as `estate audit` filters it.
struct AuditRoutes: Sendable {
    let api: APISupport

    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let limit = try api.integer(request, "limit", default: 100, in: 1...500)
        let query = try api.domain {
            try AuditQueries.query(
                record: parameters.get("record"), actor: parameters.get("actor"), since: parameters.get("since"),
                estate: parameters.get("estate"), limit: limit, field: { $0 })
        }
        return try api.json(AuditDocument(entries: try await EstateOperations(store: api.baseStore).audit(query)))
    }
}
