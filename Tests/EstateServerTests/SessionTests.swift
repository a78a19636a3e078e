import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The dashboard's server-side sessions (issue 17, item 2): idle and absolute expiry, sign-out
/// ending the session on the server, an admin listing and revoking one, the sign-in form's own
/// CSRF value and its refusal of another site, and failed sign-ins slowed then refused (429).
@Suite("dashboard sessions")
struct SessionTests {
    /// A clock a test moves.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: Int64 = 1_800_000_000
        var seconds: Int64 { lock.withLock { now } }
        func advance(_ by: Int64) { lock.withLock { now += by } }
    }

    static func server(_ clock: Clock, failures: Int = 5) async throws -> ServerFixture {
        try await ServerFixture(
            sessionPolicy: SessionPolicy(
                idleSeconds: 30 * 60, lifetimeSeconds: 12 * 3600, failuresAllowed: failures, failureWindowSeconds: 15 * 60,
                failureDelaySeconds: 0, clock: { clock.seconds }))
    }

    static func signedIn(_ server: ServerFixture, _ role: APIRole) async throws -> String {
        let response = try await server.signIn(server.tokens[role]!)
        #expect(response.status == .seeOther, "\(response.text)")
        let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("estate_session=s_") })
        return String(cookie.split(separator: ";")[0])
    }

    static func opens(_ server: ServerFixture, _ cookie: String) async throws -> Bool {
        let page = try await server.send(.get, "/dashboard/rules", headers: [.cookie: cookie])
        #expect([200, 303].contains(page.status.code), "\(page.status)")
        return page.status == .ok
    }

    @Test("a session unused for 30 minutes is over; used, it lasts until 12 hours after sign-in")
    func expiry() async throws {
        let clock = Clock()
        let server = try await Self.server(clock)
        let idle = try await Self.signedIn(server, .viewer)
        clock.advance(29 * 60 + 59)
        #expect(try await Self.opens(server, idle), "used within the idle time")
        clock.advance(30 * 60)
        #expect(!(try await Self.opens(server, idle)), "30 minutes unused")
        let busy = try await Self.signedIn(server, .viewer)
        for _ in 0..<(12 * 60 / 20 - 1) {
            clock.advance(20 * 60)
            #expect(try await Self.opens(server, busy))
        }
        clock.advance(20 * 60)
        #expect(!(try await Self.opens(server, busy)), "12 hours after sign-in, used or not")
        // A page asks an expired session to sign in; the sign-in page itself opens.
        let page = try await server.send(.get, "/", headers: [.cookie: busy])
        #expect(page.status == .seeOther && page.headers[.location] == "/dashboard/signin")
        #expect(try await server.send(.get, "/dashboard/signin", headers: [.cookie: busy]).status == .ok)
    }

    @Test("signing out ends the session on the server: the same cookie, replayed, is signed out")
    func signOut() async throws {
        let clock = Clock()
        let server = try await Self.server(clock)
        let cookie = try await Self.signedIn(server, .officer)
        let csrf = try await server.csrf(cookie)
        let out = try await server.send(
            .post, "/dashboard/signout", headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: "csrf=\(csrf)")
        #expect(out.status == .seeOther)
        #expect(!(try await Self.opens(server, cookie)), "the old cookie still opens a page")
        let write = try await server.send(
            .post, "/api/v1/tenants", headers: [.cookie: cookie, .contentType: "application/json", .csrfToken: csrf],
            body: #"{"nib": "9700000000999", "name": "CV Sesudah Keluar", "npwp": "030000000000999", "kbli": ["25920"]}"#)
        #expect(write.status == .unauthorized, "a signed-out session wrote: \(write.status)")
        let actions = try await server.store.auditLog(limit: 10).map(\.action)
        #expect(actions.contains("sign in") && actions.contains("sign out"), "\(actions)")
    }

    @Test("an admin lists the live sessions and revokes one; a revoked token's sessions are over too")
    func revocation() async throws {
        let clock = Clock()
        let server = try await Self.server(clock)
        let viewer = try await Self.signedIn(server, .viewer)
        let officer = try await Self.signedIn(server, .officer)
        let listed = try await server.send(.get, "/api/v1/sessions", as: .admin)
        let sessions = listed.object["sessions"] as? [[String: Any]] ?? []
        #expect(!listed.text.contains(viewer.dropFirst(15)), "the list shows a session's secret")
        let secret = String(viewer.split(separator: "=", maxSplits: 1)[1])
        let id = try #require(try await server.store.session(secretSHA256: AccessTokens.digest(secret))?.id)
        #expect(sessions.contains { $0["id"] as? String == id && $0["token"] as? String == "test-viewer" && $0["role"] as? String == "viewer" })
        #expect(try await server.send(.get, "/api/v1/sessions", as: .officer).status == .forbidden)
        let revoked = try await server.send(.post, "/api/v1/sessions/\(id)/revocation", as: .admin)
        #expect(revoked.status == .ok, "\(revoked.text)")
        let opened = try await server.send(.get, "/dashboard/rules", headers: [.cookie: viewer])
        let stillOpen = try await server.send(.get, "/dashboard/rules", headers: [.cookie: officer])
        #expect(opened.status == .seeOther && stillOpen.status == .ok)
        #expect(try await server.send(.post, "/api/v1/sessions/\(id)/revocation", as: .admin).status == .notFound)
        #expect(try await server.store.revokeToken("test-officer", actor: "test"))
        #expect(!(try await Self.opens(server, officer)), "a revoked token's session still opens pages")
    }

    @Test("sign-in needs its own CSRF value and refuses another site's request")
    func signInForgery() async throws {
        let clock = Clock()
        let server = try await Self.server(clock)
        let token = server.tokens[.admin]!
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        let bare = try await server.send(.post, "/dashboard/signin", headers: form, body: "token=\(token)")
        #expect(bare.status == .forbidden && bare.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("estate_session=s_") })
        let page = try await server.send(.get, "/dashboard/signin")
        let nonce = try #require(page.headers[.setCookie]?.split(separator: ";").first.map(String.init))
        var forged = form
        forged[.cookie] = nonce
        let wrong = try await server.send(
            .post, "/dashboard/signin", headers: forged, body: "signin_csrf=\(String(repeating: "0", count: 64))&token=\(token)")
        #expect(wrong.status == .forbidden)
        for (name, value) in [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site")] {
            let refused = try await server.signIn(token, headers: [HTTPField.Name(name)!: value])
            #expect(refused.status == .forbidden, "\(name): \(value): \(refused.status)")
            #expect(refused.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("estate_session=s_") })
        }
        // What Chromium sends from the dashboard's own form (its no-referrer policy makes the Origin null).
        let sameSite = try await server.signIn(
            token, headers: [HTTPField.Name("Sec-Fetch-Site")!: "same-origin", .origin: "null"])
        #expect(sameSite.status == .seeOther)
    }

    @Test("failed sign-ins are refused for a while after the limit (429, Retry-After), audited; then allowed again")
    func throttling() async throws {
        let clock = Clock()
        let server = try await Self.server(clock, failures: 3)
        for attempt in 1...3 {
            let failed = try await server.signIn("ce_wrongwrong_" + String(repeating: "x", count: 43))
            #expect(failed.status == .ok && failed.text.contains("Unknown or revoked token") || failed.text.contains("Token tidak dikenal"), "attempt \(attempt)")
        }
        let refused = try await server.signIn(server.tokens[.admin]!)
        #expect(refused.status == .tooManyRequests, "\(refused.status)")
        let wait = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
        #expect((1...900).contains(wait))
        let refusals = try await server.store.auditLog(limit: 20).filter { $0.action == "refuse sign-in" }
        #expect(refusals.count == 3, "each failure is audited, the throttled attempt only logged: \(refusals.count)")
        clock.advance(Int64(wait))
        #expect(try await server.signIn(server.tokens[.admin]!).status == .seeOther, "the address may try again")
    }

    @Test("a good token between failures does not wipe them; attempts held back and released together are counted first")
    func throttleCannotBeReset() async throws {
        let clock = Clock()
        let server = try await Self.server(clock, failures: 3)
        let wrong = "ce_wrongwrong_" + String(repeating: "x", count: 43)
        #expect(try await server.signIn(wrong).status == .ok)
        #expect(try await server.signIn(wrong).status == .ok)
        #expect(try await server.signIn(server.tokens[.viewer]!).status == .seeOther, "a good token signs in")
        #expect(try await server.signIn(wrong).status == .ok)
        #expect(try await server.signIn(server.tokens[.viewer]!).status == .tooManyRequests, "the good one reset the count")
        // Ten attempts counted before any token is checked (bodies released together): three pass.
        let throttle = SignInThrottle()
        let policy = SessionPolicy(failuresAllowed: 3, failureDelaySeconds: 0)
        let passed = (0..<10).filter { _ in throttle.attempt("10.0.0.9", now: 100, policy: policy) == nil }
        #expect(passed.count == 3)
    }

    @Test("a sign-in form older than an hour is refused, however well its value matches")
    func staleSignInForm() async throws {
        let clock = Clock()
        let server = try await Self.server(clock)
        let page = try await server.send(.get, "/dashboard/signin")
        let nonce = try #require(page.headers[.setCookie]?.split(separator: ";").first.map(String.init))
        let csrf = try #require(DashboardFlowTests.field("signin_csrf", in: page.text))
        clock.advance(3601)
        let stale = try await server.send(
            .post, "/dashboard/signin", headers: [.contentType: "application/x-www-form-urlencoded", .cookie: nonce],
            body: DashboardRulesTests.encoded([("signin_csrf", csrf), ("token", server.tokens[.admin]!)]))
        #expect(stale.status == .forbidden)
    }

    @Test("with a one-minute idle time, a session used every 15 seconds stays open")
    func shortIdle() async throws {
        let clock = Clock()
        let server = try await ServerFixture(
            sessionPolicy: SessionPolicy(idleSeconds: 60, failureDelaySeconds: 0, clock: { clock.seconds }))
        let cookie = try await Self.signedIn(server, .viewer)
        for _ in 0..<12 {
            clock.advance(15)
            #expect(try await Self.opens(server, cookie))
        }
    }
}
