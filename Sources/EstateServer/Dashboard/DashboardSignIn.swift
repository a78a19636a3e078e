import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import Hummingbird

/// Signing in to the dashboard and out of it (issue 17, item 2). Sign-in takes a token once and
/// starts a session kept by the server; the browser gets only the session's random secret, in an
/// HttpOnly, SameSite=Strict cookie, Secure unless served on this machine over plain HTTP. The
/// sign-in form has its own CSRF value (keyed, bound to a nonce cookie) and refuses another
/// site's request (`Origin`, `Sec-Fetch-Site`); failed sign-ins from one address are slowed, then
/// refused for a while (429 with Retry-After), logged and audited. Signing out ends the session
/// on the server.
extension Dashboard {
    func signInPage(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await signInForm(error: nil, status: .ok, request, context)
    }

    /// The form with a new nonce (its cookie set beside it) and, after a refusal, the reason.
    private func signInForm(
        error: String?, status: HTTPResponse.Status, login: String = "", _ request: Request, _ context: EstateRequestContext
    ) async throws -> Response {
        let l = context.language
        let nonce = DashboardSession.signInNonce(at: api.configuration.sessions.clock())
        let object: [String: Any] = [
            "heading": t(l, "Masuk", "Sign in"), "label": t(l, "Token akses", "Access token"),
            "loginLabel": t(l, "Nama masuk", "Sign-in name"), "passwordLabel": t(l, "Kata sandi", "Password"),
            "orToken": t(l, "atau, tanpa nama dan kata sandi:", "or, without a name and password:"),
            "button": t(l, "Masuk", "Sign in"), "error": error ?? false, "login": login,
            "signInCSRF": DashboardSession.signInValue(nonce: nonce, key: try await api.keys.key("csrf", store: api.baseStore)),
            "help": t(
                l, "Minta nama masuk dan kata sandi, atau token, kepada admin asosiasi (estate token password).",
                "Ask the association's admin for a sign-in name and password, or a token (estate token password)."),
        ]
        var response = page(
            t(l, "Masuk", "Sign in"), content: library.render(object, withTemplate: "signin") ?? "", provenance: "",
            request, context)
        response.status = status
        response.setCookie(cookie(DashboardSession.signInCookieName, nonce, maxAge: 3600))
        return response
    }

    func signIn(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let policy = api.configuration.sessions
        let address = context.address ?? "unknown"
        let l = context.language
        let now = policy.clock()
        if let wait = api.throttle.attempt(address, now: now, policy: policy) {
            // Logged, not audited: a refused address must not be able to fill the audit trail.
            context.logger.warning("sign-in refused: too many failures from \(address)")
            throw Problem(
                .tooManyRequests, "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam \(wait) detik.",
                "Too many failed sign-ins from this address; try again in \(wait) seconds.", retryAfter: Int(wait))
        }
        let form: [String: String]
        let key: String
        do {
            try Self.checkSameSite(request)
            form = try await formFields(request, context)
            key = try await api.keys.key("csrf", store: api.baseStore)
        } catch {
            api.throttle.forget(address, at: now)
            throw error
        }
        guard let nonce = request.cookies[DashboardSession.signInCookieName]?.value,
            DashboardSession.isFresh(nonce: nonce, at: now), let sent = form["signin_csrf"],
            AccessTokens.constantTimeEqual(sent, DashboardSession.signInValue(nonce: nonce, key: key))
        else {
            api.throttle.forget(address, at: now)
            return try await signInForm(
                error: t(l, "Formulir masuk kedaluwarsa; masukkan token sekali lagi.", "The sign-in form expired; enter the token again."),
                status: .forbidden, request, context)
        }
        // A name and password when a name is given, else the token.
        let login = form["login"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let token = form["token"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let verified =
            login.isEmpty
            ? try await api.store.verifiedToken(token)
            : try await api.store.verifiedPassword(login: login, password: form["password"] ?? "")
        guard let verified else {
            let failures = api.throttle.failures(address, now: now, policy: policy)
            context.logger.warning("sign-in failed from \(address) (\(failures) within the window)")
            let reason = login.isEmpty ? "unknown or revoked token" : "wrong name or password"
            try? await api.baseStore.auditRefusal(.signIn(address: address, reason: reason))
            if failures > 2 { try await Task.sleep(for: .seconds(policy.failureDelaySeconds)) }
            return try await signInForm(
                error: login.isEmpty
                    ? t(l, "Token tidak dikenal atau sudah dicabut.", "Unknown or revoked token.")
                    : t(l, "Nama masuk atau kata sandi salah.", "Wrong sign-in name or password."),
                status: .ok, login: String(login.prefix(64)), request, context)
        }
        api.throttle.forget(address, at: now)
        let issued = IssuedSession.generate(
            tokenID: verified.id, now: now, lifetime: policy.lifetimeSeconds, address: context.address)
        try await api.baseStore.startSession(issued.stored, actor: Caller(verified).actor)
        var response = redirect(try await landing(for: verified))
        response.setCookie(cookie(DashboardSession.cookieName, issued.cookie, maxAge: Int(policy.lifetimeSeconds)))
        response.setCookie(cookie(DashboardSession.signInCookieName, "", maxAge: 0))
        return response
    }

    func signOut(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let form = try await formFields(request, context)
        try checkCSRF(form, context)
        if let session = context.session, let caller = context.caller {
            _ = try await api.baseStore.endSession(
                id: session.id, at: api.configuration.sessions.clock(), reason: "signed out", actor: caller.actor)
        }
        var response = redirect("/dashboard/signin")
        response.setCookie(cookie(DashboardSession.cookieName, "", maxAge: 0))
        return response
    }

    /// Where a token lands: a token limited to estates on the first of them the server does not
    /// serve by default; any other on the start page.
    private func landing(for token: StoredToken) async throws -> String {
        if let limited = token.estates, let served = try await api.estates.servedEstate(by: api.baseStore),
            !limited.contains(served), let first = limited.first
        {
            return "/?estate=\(first)"
        }
        return "/"
    }

    /// Refuses a sign-in another site's page sent: the browser says so in `Sec-Fetch-Site`, or,
    /// from a browser that does not send it, its `Origin` names another host. (`Origin: null` says
    /// nothing: a browser sends it for every form under the dashboard's no-referrer policy.)
    static func checkSameSite(_ request: Request) throws {
        let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]
        let origin = request.headers[.origin].flatMap { $0 == "null" ? nil : URL(string: $0) }
        let refused: Bool
        if let site {
            refused = !["same-origin", "none"].contains(site)
        } else if let origin, let host = request.head.authority {
            refused = (origin.host ?? "") + (origin.port.map { ":\($0)" } ?? "") != host
        } else {
            refused = false
        }
        guard !refused else {
            throw Problem(
                .csrf, "Masuk hanya dari halaman masuk dasbor ini.",
                "Sign in from this dashboard's own sign-in page; a request from another site is refused.")
        }
    }

    private func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: api.configuration.secureCookies, httpOnly: true,
            sameSite: .strict)
    }
}
