import HTTPTypes
import Hummingbird

/// The headers every answer carries (issue 17, the security review): `nosniff` and
/// `Referrer-Policy` on all; on HTML (the dashboard, printable reports, invoices and receipts) a
/// Content-Security-Policy that allows no script and nothing from elsewhere, unless the page set
/// its own; on the API's answers `Cache-Control: no-store`, so that a shared cache or the
/// browser's keeps no firm's records. One place, outside the problem mapping, so refusals get them too.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext

    /// For HTML: inline styles and inline SVG only; forms post to this server; no framing.
    static let htmlPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response, path: request.uri.path)
        return response
    }

    static func apply(to response: inout Response, path: String) {
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.referrerPolicy] == nil { response.headers[.referrerPolicy] = "no-referrer" }
        let type = response.headers[.contentType]?.lowercased() ?? ""
        if type.hasPrefix("text/html"), response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = htmlPolicy
        }
        if path.hasPrefix("/api/"), response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
}
