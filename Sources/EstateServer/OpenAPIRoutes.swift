import Hummingbird

/// `/openapi.json` and `/openapi.yaml`: the document kept in `openapi/estate-api.yaml`,
/// embedded at build time by `scripts/embed-openapi.py`.
struct OpenAPIRoutes: Sendable {
    func json(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        APISupport.text(EmbeddedOpenAPI.json, type: "application/json")
    }

    func yaml(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        APISupport.text(EmbeddedOpenAPI.yaml, type: "application/yaml")
    }
}
