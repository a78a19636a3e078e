import EstateAPIDocument
import EstateDomain
import EstateOperations
import EstateStore
import Hummingbird

/// `GET /api/v1/estates` and `GET /api/v1/estates/{estate}`: the estates the store holds, as
/// `estate estates list|show` shows them; and the scoped copies of every estate-scoped route.
struct EstateListRoutes: Sendable {
    let api: APISupport

    /// The estates the caller's token may be used for.
    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let all = try await api.baseStore.estates()
        return try api.json(EstatesDocument(estates: all.filter { context.caller?.allows(estate: $0.code) ?? true }))
    }

    func show(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let code = try context.pathParameter("estate")
        return try await api.inEstate(code, caller: context.caller) {
            try api.json(try await EstateOperations(store: api.baseStore).estateDetail(try EstateCode.normalise(code)))
        }
    }

    static let v1 = "/api/v1/"

    /// Whether a route of `/api/v1/…` is about one estate's records: all but the probes, the
    /// document, the estate list itself, a firm across estates and the audit trail.
    static func isEstateScoped(_ route: RouteSpec) -> Bool {
        EstateScopedPaths.isEstateScoped(route.path)
    }

    /// An estate-scoped route as served for the default estate: refused (403) to a token limited
    /// to other estates.
    static func forDefaultEstate(_ route: RouteSpec, api: APISupport) -> RouteSpec {
        let handler = route.handler
        return route.serving { request, context in
            try await api.requireDefaultEstate(context.caller)
            return try await handler(request, context)
        }
    }

    /// An estate-scoped route again under `/api/v1/estates/{estate}/…` for a named estate, with
    /// the same role and handler.
    static func forNamedEstate(_ route: RouteSpec, api: APISupport) -> RouteSpec {
        let handler = route.handler
        return route.serving(v1 + "estates/{estate}/" + route.path.dropFirst(v1.count)) { request, context in
            try await api.inEstate(try context.pathParameter("estate"), caller: context.caller) {
                try await handler(request, context)
            }
        }
    }
}
