import EstateDomain
import EstateStore
import HTTPTypes
import Hummingbird

/// Recognises the caller from `Authorization: Bearer <token>` or the dashboard's session cookie
/// (a server-side session: the cookie holds a random secret, never the token). A token that is
/// malformed, unknown or revoked is refused with 401 even on public routes, so that a client
/// never mistakes a bad token for anonymous access; a session that is over leaves the browser
/// signed out.
///
/// A token met for the first time is verified with the database before the handler runs and
/// then kept (`TokenCache`). A kept token costs no round trip of its own. Either way the handler
/// runs with a `PendingTokenCheck`, which every write transaction of the request checks inside
/// itself (a revoked token writes nothing), and when nothing confirmed a kept token, it is
/// verified directly before anything is answered, the handler's refusals included: the database
/// said the token was live after the request arrived.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext
    let store: any EstateServerStore
    /// The server's keys (the CSRF key) and how sessions expire.
    let keys: ServerKeys
    let policy: SessionPolicy
    /// Shared by every request this middleware (one per application) handles.
    let tokens = TokenCache()

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        try Negotiation.checkLanguageQuery(request)
        context.language = Negotiation.language(request)
        // Probes and scrapers need no identity, and a stale token in a probe must not fail it.
        if ["/healthz", "/readyz", "/metrics"].contains(request.uri.path) { return try await next(request, context) }
        let presented: String
        if let header = request.headers[.authorization] {
            guard header.lowercased().hasPrefix("bearer ") else {
                throw Problem(
                    .unauthenticated, "Authorization harus berbentuk \"Bearer <token>\".",
                    "Authorization must be \"Bearer <token>\"; create a token with `estate token create`.")
            }
            presented = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        } else if let cookie = request.cookies[DashboardSession.cookieName]?.value, !cookie.isEmpty {
            // An ended, expired or unknown session (or a cookie of no session's shape) leaves the
            // caller anonymous: the sign-in page opens, and a page asks to sign in again.
            guard let (session, token) = try await liveSession(cookie) else { return try await next(request, context) }
            context.caller = Caller(token)
            context.session = DashboardSession(session, key: try await keys.key("csrf", store: store))
            // The token was read from the database for this request: it is confirmed.
            let check = PendingTokenCheck(id: token.id, secretSHA256: token.secretSHA256, confirmed: true)
            return try await answer(request, context, check: check, presented: "", next: next)
        } else {
            return try await next(request, context)
        }
        guard let (id, secret) = AccessTokens.parse(presented) else { throw Problem.revokedToken }
        let check: PendingTokenCheck
        if let kept = tokens.token(id: id), AccessTokens.matches(secret: secret, stored: kept) {
            context.caller = Caller(kept)
            check = PendingTokenCheck(id: id, secretSHA256: kept.secretSHA256)
        } else {
            guard let stored = try await store.verifiedToken(presented) else { throw Problem.revokedToken }
            tokens.remember(stored)
            context.caller = Caller(stored)
            check = PendingTokenCheck(id: id, secretSHA256: stored.secretSHA256, confirmed: true)
        }
        return try await answer(request, context, check: check, presented: presented, next: next)
    }

    /// The live session the cookie names and the live token it signs in as; its use is noted
    /// (at most once a minute) so that its idle expiry counts from now.
    private func liveSession(_ cookie: String) async throws -> (StoredSession, StoredToken)? {
        guard IssuedSession.isSessionCookie(cookie),
            let session = try await store.session(secretSHA256: AccessTokens.digest(cookie))
        else { return nil }
        let now = policy.clock()
        guard session.isLive(at: now, idle: policy.idleSeconds) else { return nil }
        let token = try await store.token(id: session.tokenID)
        guard let token, session.isUsable(at: now, idle: policy.idleSeconds, token: token) else { return nil }
        // Noted at most once a minute, and often enough for a short idle time (a quarter of it).
        if now - session.lastSeenAt >= min(60, max(1, policy.idleSeconds / 4)) {
            try await store.touchSession(id: session.id, at: now)
        }
        return (session, token)
    }

    /// Runs the handler with the request's token check and releases its answer, or its refusal,
    /// only once the database has confirmed the token during this request.
    private func answer(
        _ request: Request, _ context: EstateRequestContext, check: PendingTokenCheck, presented: String,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        let response: Response
        do {
            response = try await PendingTokenCheck.$current.withValue(check) { try await next(request, context) }
        } catch is TokenNoLongerValid {
            tokens.forget(id: check.id)
            throw Problem.revokedToken
        } catch let error as StoreError where error.category == .unavailable {
            // The store is away: a 503 carries no record, and asking the store again for the
            // token would only double the wait (and answer 503 as well).
            throw error
        } catch {
            try await confirm(check, presented: presented)
            throw error
        }
        try await confirm(check, presented: presented)
        return response
    }

    /// Verifies the token directly unless the request's own work confirmed it.
    private func confirm(_ check: PendingTokenCheck, presented: String) async throws {
        guard !check.confirmed else { return }
        guard try await store.verifiedToken(presented) != nil else {
            tokens.forget(id: check.id)
            throw Problem.revokedToken
        }
    }

}

extension Caller {
    init(_ token: StoredToken) {
        self.init(
            role: token.role, tokenID: token.id, tokenName: token.name, estates: token.estates,
            firms: token.firms.map { Set($0.compactMap { try? NIB(parsing: $0) }) })
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
    static func check(_ route: RouteSpec, request: Request, context: EstateRequestContext) throws {
        let (role, csrf) = (route.role, route.csrf)
        guard let role else { return }
        guard let caller = context.caller else {
            throw Problem(
                .unauthenticated, "Perlu token dengan peran \(role.rawValue) atau lebih tinggi.",
                "This needs a token with the \(role.rawValue) role or higher: send Authorization: Bearer <token>.")
        }
        if caller.role == .tenant {
            try TenantAccess.check(route, caller: caller, context: context)
        } else if caller.role < role {
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
