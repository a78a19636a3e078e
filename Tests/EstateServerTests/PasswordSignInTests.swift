import EstateDomain
import EstateOperations
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// Signing in with a name and a password (issue 17, item 2): the same session as a token's,
/// a wrong password refused in words and counted by the throttle, a revoked token's password
/// signing in no one.
@Suite("dashboard: sign-in with a name and password")
struct PasswordSignInTests {
    static func signIn(_ server: ServerFixture, login: String, password: String) async throws -> TestResponse {
        let page = try await server.send(.get, "/dashboard/signin")
        let nonce = try #require(page.headers[.setCookie]?.split(separator: ";").first.map(String.init))
        let csrf = try #require(DashboardFlowTests.field("signin_csrf", in: page.text))
        return try await server.send(
            .post, "/dashboard/signin", headers: [.contentType: "application/x-www-form-urlencoded", .cookie: nonce + "; lang=en"],
            body: DashboardRulesTests.encoded([("signin_csrf", csrf), ("login", login), ("password", password)]))
    }

    @Test("the firm's clerk signs in by name and password and lands on its page; a wrong one is refused; revoked, no one")
    func signIn() async throws {
        let server = try await ServerFixture()
        let tokenID = try #require(AccessTokens.parse(server.firmTokens[ServerFixture.firmA]!)?.id)
        _ = try await EstateOperations(store: server.store).setPassword(
            token: tokenID, login: "Rina.Baja", password: "kuda-laut-biru-7", actor: "test")
        let wrong = try await Self.signIn(server, login: "rina.baja", password: "kuda-laut-biru-8")
        #expect(wrong.status == .ok && wrong.text.contains("Wrong sign-in name or password"), "\(wrong.text)")
        #expect(wrong.text.contains(#"value="rina.baja""#) && !wrong.text.contains("kuda-laut-biru-8"), "the name is kept, the password not")
        #expect(wrong.headers[.setCookie]?.contains(DashboardSession.cookieName + "=") != true)
        let signed = try await Self.signIn(server, login: "rina.baja", password: "kuda-laut-biru-7")
        #expect(signed.status == .seeOther, "\(signed.status) \(signed.text)")
        let cookie = try #require(
            signed.headers[values: .setCookie].first { $0.hasPrefix(DashboardSession.cookieName + "=") }?
                .split(separator: ";").first.map(String.init))
        let home = try await server.send(.get, "/", headers: [.cookie: cookie])
        #expect(home.status == .seeOther && home.headers[.location]?.contains(ServerFixture.firmA) == true, "\(home.status)")
        #expect(try await server.store.revokeToken(tokenID, actor: "test"))
        let revoked = try await Self.signIn(server, login: "rina.baja", password: "kuda-laut-biru-7")
        #expect(revoked.status == .ok && revoked.text.contains("Wrong sign-in name or password"))
        let refusals = try await server.store.auditLog(limit: 20).filter { $0.action.contains("sign-in") || $0.action.contains("sign in") }
        #expect(refusals.count >= 2, "\(refusals.map(\.action))")
    }
}
