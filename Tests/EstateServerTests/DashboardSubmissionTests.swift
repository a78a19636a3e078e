import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The tenant page's declaration submissions (issue 17, item 1): the firm's own account sends
/// its figures through a CSRF form; a bad value is refused in the page's language with the values
/// kept; an officer sees the submission waiting and accepts or refuses it on the same page; the
/// firm reads where it stands; the firm may not decide.
@Suite("dashboard: declarations a firm sends")
struct DashboardSubmissionTests {
    static let nib = ServerFixture.firmA
    static let page = "/dashboard/tenants/\(ServerFixture.firmA)"

    @Test("the firm sends, an officer refuses with a reason, the firm sends again, the officer accepts", arguments: ["id", "en"])
    func sendAndDecide(lang: String) async throws {
        let server = try await ServerFixture()
        let firm = "\(server.firmSessions[Self.nib]!); lang=\(lang)"
        let officer = "\(server.sessions[.officer]!); lang=\(lang)"
        func post(_ path: String, _ cookie: String, _ fields: [(String, String)]) async throws -> TestResponseText {
            let shown = try await server.send(.get, Self.page, headers: [.cookie: cookie])
            let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
            let response = try await server.send(
                .post, path, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
            return TestResponseText(status: response.status.code, text: response.text, location: response.headers[.location])
        }
        let figures = [("fiscal_year", "2026"), ("turnover", "24 miliar"), ("workers", "14"), ("investment", "3,9 miliar")]
        let bad = try await post("\(Self.page)/declaration-submissions", firm, figures + [("local_workers", "15")])
        #expect(bad.status == 422 && bad.text.contains("local_workers"), "\(bad.text)")
        #expect(bad.text.contains(#"value="24 miliar""#), "the values sent are kept")
        let sent = try await post("\(Self.page)/declaration-submissions", firm, figures + [("local_workers", "10")])
        #expect(sent.status == 303 && sent.location?.contains("done=declaration-submitted") == true)
        let id = try #require(try await server.store.declarationSubmissions(nib: nil).first?.id)
        // The firm may not decide its own submission.
        let selfAccept = try await post("\(Self.page)/declaration-submissions/\(id)/acceptance", firm, [])
        #expect(selfAccept.status == 403)
        let waiting = try await server.send(.get, Self.page, headers: [.cookie: officer])
        #expect(waiting.text.contains(lang == "id" ? "menunggu pemeriksaan" : "waiting for an officer"))
        #expect(waiting.text.contains("/declaration-submissions/\(id)/acceptance"))
        let noReason = try await post("\(Self.page)/declaration-submissions/\(id)/refusal", officer, [("reason", " ")])
        #expect(noReason.status == 422, "\(noReason.text)")
        let refused = try await post(
            "\(Self.page)/declaration-submissions/\(id)/refusal", officer, [("reason", "omzet belum sesuai laporan keuangan")])
        #expect(refused.status == 303, "\(refused.text)")
        let read = try await server.send(.get, Self.page, headers: [.cookie: firm])
        #expect(read.text.contains("omzet belum sesuai laporan keuangan"), "the firm reads the reason")
        _ = try await post("\(Self.page)/declaration-submissions", firm, figures + [("local_workers", "9")])
        let second = try #require(try await server.store.declarationSubmissions(nib: nil).first?.id)
        let accepted = try await post("\(Self.page)/declaration-submissions/\(second)/acceptance", officer, [])
        #expect(accepted.status == 303 && accepted.location?.contains("done=submission-accepted") == true, "\(accepted.text)")
        let estate = try #require(try await server.store.loadEstate())
        let declared = estate.tenant(try NIB(parsing: Self.nib))?.declarations.first { $0.fiscalYear == 2026 }
        #expect(declared?.localWorkers == 9 && declared?.turnover == Rupiah(24_000_000_000))
        // Another firm's submission is not decided from this firm's page.
        let other = try await server.store.submitDeclaration(
            try Declaration(fiscalYear: 2026, turnover: Rupiah(1), workers: 10, localWorkers: 1, investment: Rupiah(1), declaredOn: .todayInBekasi),
            for: try NIB(parsing: ServerFixture.firmB), actor: "test")
        let crossed = try await post("\(Self.page)/declaration-submissions/\(other.id)/acceptance", officer, [])
        #expect(crossed.status == 404, "\(crossed.status)")
    }
}

/// What a form post answered, read once.
struct TestResponseText {
    let status: Int
    let text: String
    let location: String?
}
