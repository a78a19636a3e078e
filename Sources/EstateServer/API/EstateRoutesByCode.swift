import EstateDomain
import EstateStore
import Hummingbird

/// `GET /api/v1/estates` and `GET /api/v1/estates/{estate}`: the estates the store holds, as
/// `estate estates list|show` shows them; and the scoped copies of every estate-scoped route.
struct EstateListRoutes: Sendable {
    let api: APISupport

    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try api.json(EstatesDocument(estates: try await api.baseStore.estates()))
    }

    func show(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await api.inEstate(try context.pathParameter("estate")) {
            let listing = try await api.baseStore.estates().first { $0.id == RequestEstate.current?.listingID }
            guard let listing else { throw Problem(.notFound, "Kawasan tidak ada.", "No such estate.") }
            return try api.json(listing)
        }
    }

    /// The routes of `/api/v1/…` that are about one estate's records (all but the probes, the
    /// document and the estate list itself), each again under `/api/v1/estates/{estate}/…` for a
    /// named estate, with the same role and handler.
    static func scoped(_ routes: [RouteSpec], api: APISupport) -> [RouteSpec] {
        let v1 = "/api/v1/"
        return routes.filter { $0.path.hasPrefix(v1) && !$0.path.hasPrefix(v1 + "estates") }.map { route in
            let handler = route.handler
            return RouteSpec(
                route.method, v1 + "estates/{estate}/" + route.path.dropFirst(v1.count), route.role, csrf: route.csrf
            ) { request, context in
                try await api.inEstate(try context.pathParameter("estate")) { try await handler(request, context) }
            }
        }
    }
}
