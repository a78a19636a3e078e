import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The dashboard's rules page (issue 15, item 4): the versions, a diff, and a draft simulated
/// through a form with the session's CSRF value, in both languages; nothing is written.
@Suite("dashboard: rule-set versions")
struct DashboardRulesTests {
    static func encoded(_ fields: [(String, String)]) -> String {
        fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
    }

    @Test("a viewer reads the versions and simulates a draft; a form without the CSRF value is refused", arguments: ["id", "en"])
    func simulate(lang: String) async throws {
        let server = try await ServerFixture()
        let cookie = server.sessions[.viewer]!
        let page = try await server.send(.get, "/dashboard/rules?lang=\(lang)&as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(page.status == .ok)
        #expect(page.text.contains("2021.1") && page.text.contains("SETU-2023.1"))
        #expect(page.text.contains(lang == "id" ? "Versi aturan" : "Rule-set versions"))
        let csrf = try #require(DashboardFlowTests.field("csrf", in: page.text))
        var draft = try await server.send(.get, "/api/v1/rules/2021.1", as: .viewer).object
        draft["version"] = "2027.1"
        draft["effective_from"] = "2027-01-01"
        var rules = (draft["rules"] as? [[String: Any]]) ?? []
        rules[0]["max_rupiah"] = 40_000_000_000
        draft["rules"] = rules
        let json = String(decoding: try JSONSerialization.data(withJSONObject: draft), as: UTF8.self)
        let headers: HTTPFields = [.cookie: "\(cookie); lang=\(lang)", .contentType: "application/x-www-form-urlencoded"]
        let before = try await server.store.version()
        let result = try await server.send(
            .post, "/dashboard/rules/simulation", headers: headers,
            body: Self.encoded([("csrf", csrf), ("draft", json), ("as_of", ServerFixture.asOf)]))
        #expect(result.status == .ok, "\(result.text)")
        #expect(result.text.contains("CV Baja Mandiri Sentosa"))
        #expect(result.text.contains(lang == "id" ? "tidak memenuhi syarat" : "not eligible"))
        #expect(try await server.store.version() == before, "nothing written")
        draft.removeValue(forKey: "source")
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: draft), as: UTF8.self)
        let refused = try await server.send(
            .post, "/dashboard/rules/simulation", headers: headers, body: Self.encoded([("csrf", csrf), ("draft", broken)]))
        #expect(refused.status == .unprocessableContent && refused.text.contains("source: is missing"), "\(refused.text)")
        let forged = try await server.send(
            .post, "/dashboard/rules/simulation", headers: headers, body: Self.encoded([("csrf", "x"), ("draft", json)]))
        #expect(forged.status != .ok && !forged.text.contains("CV Baja Mandiri Sentosa"))
    }
}
