import EstateAPIDocument
import Hummingbird

/// `/openapi.json` and `/openapi.yaml`: the document kept in `openapi/estate-api.yaml`, bundled
/// as a resource and read once when the router is built (a missing file stops the server at
/// start, not at the first request).
struct OpenAPIRoutes: Sendable {
    let document: APIDocument

    init() throws { document = try APIDocument.load() }

    func json(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        APISupport.text(document.json, type: "application/json")
    }

    func yaml(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        APISupport.text(document.yaml, type: "application/yaml")
    }
}
