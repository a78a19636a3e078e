import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The dashboard's forum page (issue 18, item 5): a viewer (the Dinas) reads the year's report,
/// the sample's past forum with its outcomes and the open needs' best matches, with no form; an
/// officer saves a forum's schedule and records an outcome, a refused one keeping its values and
/// writing nothing; a firm's account has no forum page.
@Suite("dashboard: the business forum")
struct DashboardForumTests {
    static func post(_ server: ServerFixture, _ role: APIRole, lang: String, _ path: String, _ fields: [(String, String)])
        async throws -> TestResponse
    {
        let cookie = "\(server.sessions[role]!); lang=\(lang)"
        let shown = try await server.send(.get, "/dashboard/forum?year=2026", headers: [.cookie: cookie])
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        return try await server.send(
            .post, path, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
    }

    @Test("the Dinas reads the report, the past forum and its outcomes; an officer saves and records", arguments: ["id", "en"])
    func forum(lang: String) async throws {
        let server = try await ServerFixture()
        let viewer = "\(server.sessions[.viewer]!); lang=\(lang)"
        let shown = try await server.send(.get, "/dashboard/forum?year=2026", headers: [.cookie: viewer])
        #expect(shown.status == .ok, "\(shown.status) \(shown.text.prefix(300))")
        #expect(shown.text.contains("FORUM-2026-11") && shown.text.contains("PT Putra Bekasi Metalindo"))
        #expect(shown.text.contains(lang == "id" ? "Kemitraan yang mulai tahun 2026: 1" : "Partnerships started in 2026: 1"))
        #expect(shown.text.contains("/api/v1/forums/FORUM-2026-11/schedule?slots=3&format=html"), "the agenda of its saved rounds")
        #expect(shown.text.contains("braket knalpot"), "the open needs with their best matches")
        #expect(!shown.text.contains("/dashboard/forum/outcomes") && !shown.text.contains("/dashboard/forum/schedule"), "a viewer has no form")
        let version = try await server.store.version()
        let meeting = "FORUM-2026-11|9130100000037|9120478242306"
        let bad = [("meeting", meeting), ("kind", "purchase_order"), ("on", "2026-12-02"), ("value", "sembilan juta")]
        let refused = try await Self.post(server, .officer, lang: lang, "/dashboard/forum/outcomes", bad)
        #expect(refused.status == .unprocessableContent, "\(refused.status) \(refused.text.prefix(300))")
        #expect(refused.text.contains(#"value="sembilan juta""#) && refused.text.contains("value"), "the values are kept")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let recorded = try await Self.post(
            server, .officer, lang: lang, "/dashboard/forum/outcomes",
            [("meeting", meeting), ("kind", "purchase_order"), ("on", "2026-12-02"), ("value", "Rp42.000.000")])
        #expect(recorded.status == .seeOther && recorded.headers[.location] == "/dashboard/forum?done=outcome-recorded")
        let after = try await server.send(.get, "/dashboard/forum?year=2026&done=outcome-recorded", headers: [.cookie: viewer])
        #expect(after.text.contains(lang == "id" ? "Rp42.000.000" : "IDR 42,000,000"), "\(after.text.count)")
        let saved = try await Self.post(
            server, .officer, lang: lang, "/dashboard/forum/schedule", [("forum", "FORUM-2027-03"), ("slots", "4")])
        #expect(saved.status == .seeOther && saved.headers[.location] == "/dashboard/forum?done=schedule-saved", "\(saved.text.prefix(300))")
        #expect(try await server.store.meetings(forum: "FORUM-2027-03").isEmpty == false)
        let again = try await Self.post(
            server, .officer, lang: lang, "/dashboard/forum/schedule", [("forum", "FORUM-2026-11"), ("slots", "x")])
        #expect(again.status.code == 422 && again.text.contains("slots"), "\(again.status)")
        let viewerPost = try await Self.post(server, .viewer, lang: lang, "/dashboard/forum/outcomes", bad)
        #expect(viewerPost.status == .forbidden)
    }

    @Test("an officer registers an industry, records and closes its need, adds a forum and invites to it")
    func register() async throws {
        let server = try await ServerFixture()
        let viewer = "\(server.sessions[.viewer]!); lang=en"
        #expect(!(try await server.send(.get, "/dashboard/forum", headers: [.cookie: viewer])).text.contains("/dashboard/forum/industries"))
        func post(_ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
            try await Self.post(server, .officer, lang: "en", path, fields)
        }
        let industry = [("nib", "9130100000053"), ("name", "PT Contoh Manufaktur (fiktif)"), ("kbli", "29100"), ("location", "Jababeka")]
        let added = try await post("/dashboard/forum/industries", industry)
        #expect(added.status == .seeOther && added.headers[.location] == "/dashboard/forum?done=industry-added", "\(added.text.prefix(300))")
        let firm = try await post("/dashboard/forum/industries", [("nib", "9120983690060"), ("name", "CV X"), ("kbli", "25119"), ("location", "Cikarang")])
        #expect(firm.status == .conflict && firm.text.contains("IKM"), "an IKM firm's NIB: \(firm.status)")
        let version = try await server.store.version()
        let bad = [("industry", "9130100000053"), ("item", "braket mesin"), ("process", "stamping"), ("requires", "iso_9001, tkdn")]
        let refused = try await post("/dashboard/forum/needs", bad)
        #expect(refused.status == .unprocessableContent && refused.text.contains(#"value="iso_9001, tkdn""#), "\(refused.status)")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let need = try await post(
            "/dashboard/forum/needs",
            [("industry", "9130100000053"), ("item", "braket mesin"), ("process", "stamping"), ("requires", "iso_9001, tkdn:40"), ("volume_per_month", "3000")])
        #expect(need.status == .seeOther && need.headers[.location] == "/dashboard/forum?done=need-added", "\(need.text.prefix(300))")
        let register = try await server.store.forumRegister()
        let id = try #require(register.needs.first { $0.item == "braket mesin" }?.id)
        #expect(register.needs.first { $0.id == id }?.certifications.count == 2)
        let closed = try await post("/dashboard/forum/needs/closing", [("id", String(id))])
        #expect(closed.status == .seeOther && closed.headers[.location] == "/dashboard/forum?done=need-closed")
        #expect(try await server.store.forumRegister().needs.first { $0.id == id }?.closedOn != nil)
        let forum = try await post("/dashboard/forum/forums", [("code", "FORUM-2027-09"), ("held_on", "2027-09-01"), ("venue", "Aula (fiktif)")])
        #expect(forum.status == .seeOther && forum.headers[.location] == "/dashboard/forum?done=forum-added")
        let invited = try await post("/dashboard/forum/invitations", [("forum", "FORUM-2027-09"), ("nibs", "9130100000053, 9120983690060")])
        #expect(invited.status == .seeOther && invited.headers[.location] == "/dashboard/forum?done=invited", "\(invited.text.prefix(300))")
        let stored = try #require(try await server.store.forums().first { $0.code == "FORUM-2027-09" })
        #expect(stored.industries.map(\.digits) == ["9130100000053"] && stored.firms.map(\.digits) == ["9120983690060"])
        let viewerPost = try await Self.post(server, .viewer, lang: "en", "/dashboard/forum/industries", industry)
        #expect(viewerPost.status == .forbidden)
    }

    @Test("a firm's account has no forum page and no link to it")
    func firmAccount() async throws {
        let server = try await ServerFixture()
        let firm = server.firmSessions[TenantAccessTests.firmA]!
        #expect(try await server.send(.get, "/dashboard/forum", headers: [.cookie: firm]).status == .forbidden)
        let own = try await server.send(.get, "/dashboard/tenants/\(TenantAccessTests.firmA)", headers: [.cookie: firm])
        #expect(own.status == .ok && !own.text.contains("/dashboard/forum"))
        let staff = try await server.send(.get, "/", headers: [.cookie: server.sessions[.viewer]!])
        #expect(staff.text.contains("/dashboard/forum"), "staff see the link")
    }
}
