import EstateStore
import HTTPTypes
import Hummingbird

/// A dashboard session: the browser holds the token in an HttpOnly, SameSite=Strict cookie, and
/// forms carry a CSRF value derived from the token, which another site can neither read nor
/// compute.
public struct DashboardSession: Sendable, Hashable {
    public static let cookieName = "estate_session"
    /// The value every form of this session must send back (`csrf` field or `X-CSRF-Token`).
    public let csrf: String

    init(token: String) {
        csrf = AccessTokens.digest("csrf:" + token)
    }
}

/// Recognises the caller from `Authorization: Bearer <token>` or the session cookie. A token
/// that is malformed, unknown or revoked is refused with 401 even on public routes, so that a
/// client never mistakes a bad token for anonymous access.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext
    let store: any EstateServerStore

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        try Negotiation.checkLanguageQuery(request)
        context.language = Negotiation.language(request)
        // Probes and scrapers need no identity, and a stale token in a probe must not fail it.
        if ["/healthz", "/readyz", "/metrics"].contains(request.uri.path) { return try await next(request, context) }
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer ") else {
                throw Problem(
                    .unauthenticated, "Authorization harus berbentuk \"Bearer <token>\".",
                    "Authorization must be \"Bearer <token>\"; create a token with `estate token create`.")
            }
            context.caller = try await caller(String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces))
        } else if let cookie = request.cookies[DashboardSession.cookieName]?.value, !cookie.isEmpty {
            context.caller = try await caller(cookie)
            context.session = DashboardSession(token: cookie)
        }
        return try await next(request, context)
    }

    private func caller(_ text: String) async throws -> Caller {
        let refusal = Problem(
            .unauthenticated, "Token tidak dikenal atau sudah dicabut; minta token baru kepada admin.",
            "The token is unknown or revoked; ask an admin for a new one (`estate token create`).")
        guard let stored = try await store.verifiedToken(text) else { throw refusal }
        return Caller(role: stored.role, tokenID: stored.id, tokenName: stored.name)
    }
}

/// Where an unsafe request made with the session cookie carries its CSRF value.
enum CSRFCarrier: Sendable {
    /// API calls: the `X-CSRF-Token` header.
    case header
    /// Dashboard forms: the handler checks the form's `csrf` field itself.
    case form
}

extension HTTPField.Name {
    static let csrfToken = Self("X-CSRF-Token")!
    static let idempotencyKey = Self("Idempotency-Key")!
    static let requestID = Self("X-Request-Id")!
}

/// Checks a route's declared role before its handler runs.
enum Authorization {
    static func check(
        _ role: APIRole?, csrf: CSRFCarrier, request: Request, context: EstateRequestContext
    ) throws {
        guard let role else { return }
        guard let caller = context.caller else {
            throw Problem(
                .unauthenticated, "Perlu token dengan peran \(role.rawValue) atau lebih tinggi.",
                "This needs a token with the \(role.rawValue) role or higher: send Authorization: Bearer <token>.")
        }
        guard caller.role >= role else {
            throw Problem(
                .forbidden, "Token \(caller.tokenName) berperan \(caller.role.rawValue); ini perlu \(role.rawValue).",
                "Token \(caller.tokenName) has the \(caller.role.rawValue) role; this needs \(role.rawValue).")
        }
        if let session = context.session, csrf == .header, ![.get, .head].contains(request.method) {
            guard let sent = request.headers[.csrfToken], AccessTokens.constantTimeEqual(sent, session.csrf) else {
                throw Problem(
                    .csrf, "Muat ulang halaman lalu kirim lagi.",
                    "A request made with the session cookie needs the X-CSRF-Token header; reload the page.")
            }
        }
    }

}
