import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The dashboard's money page (issue 16, item 8): a viewer reads the month's invoices and
/// payments with links to their printed pages and no form; an admin issues the month and
/// cancels an invoice; an officer records a payment; a refused form keeps its values and writes
/// nothing, in the page's language.
@Suite("dashboard: invoices and payments")
struct DashboardMoneyTests {
    static func post(_ server: ServerFixture, _ role: APIRole, lang: String, _ path: String, _ fields: [(String, String)])
        async throws -> TestResponse
    {
        let cookie = "\(server.sessions[role]!); lang=\(lang)"
        let shown = try await server.send(.get, "/dashboard/money?period=2026-11", headers: [.cookie: cookie])
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        return try await server.send(
            .post, path, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
    }

    @Test("an admin issues the month; an officer records a payment, refused first with the values kept", arguments: ["id", "en"])
    func forms(lang: String) async throws {
        let server = try await ServerFixture()
        try await server.readyToBill()
        let viewer = "\(server.sessions[.viewer]!); lang=\(lang)"
        let empty = try await server.send(.get, "/dashboard/money?period=2026-11", headers: [.cookie: viewer])
        #expect(empty.status == .ok && empty.text.contains(lang == "id" ? "Belum ada tagihan" : "No invoice for this month"))
        #expect(!empty.text.contains("/dashboard/money/run") && !empty.text.contains("/dashboard/money/payments"))
        let issued = try await Self.post(server, .admin, lang: lang, "/dashboard/money/run", [("period", "2026-11")])
        #expect(issued.status == .seeOther && issued.headers[.location] == "/dashboard/money?done=invoices-issued&period=2026-11")
        let listed = try await server.send(.get, "/dashboard/money?period=2026-11&done=invoices-issued", headers: [.cookie: viewer])
        #expect(listed.text.contains("INV/KAWASAN-1/2026/00001") && listed.text.contains("/api/v1/invoices/INV/KAWASAN-1/2026/00001/document"))
        #expect(!listed.text.contains("/dashboard/money/cancellation"), "a viewer is shown no cancel form")
        let version = try await server.store.version()
        let fields = [("nib", "9120983690060"), ("amount", "sembilan juta"), ("paid_on", "2026-11-20"), ("reference", "BRI-DASH-9")]
        let refused = try await Self.post(server, .officer, lang: lang, "/dashboard/money/payments", fields)
        #expect(refused.status == .unprocessableContent, "\(refused.text)")
        #expect(refused.text.contains(#"value="BRI-DASH-9""#) && refused.text.contains(#"value="sembilan juta""#), "values kept")
        #expect(refused.text.contains("amount"))
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let paid = try await Self.post(
            server, .officer, lang: lang, "/dashboard/money/payments",
            [("nib", "9120983690060"), ("amount", "Rp9.210.000"), ("paid_on", "2026-11-20"), ("reference", "BRI-DASH-9"), ("period", "2026-11")])
        #expect(paid.status == .seeOther && paid.headers[.location] == "/dashboard/money?done=payment-recorded&period=2026-11")
        let after = try await server.send(.get, "/dashboard/money?period=2026-11&done=payment-recorded", headers: [.cookie: viewer])
        #expect(after.text.contains("BRI-DASH-9") && after.text.contains("/api/v1/payments/receipt?reference=BRI-DASH-9"))
        #expect(after.text.contains(lang == "id" ? "Pembayaran dicatat." : "The payment was recorded."))
        let viewerPost = try await Self.post(server, .viewer, lang: lang, "/dashboard/money/payments", fields)
        #expect(viewerPost.status == .forbidden)
    }

    @Test("an admin cancels an invoice from the page; the page shows it cancelled")
    func cancel() async throws {
        let server = try await ServerFixture()
        try await server.readyToBill()
        _ = try await Self.post(server, .admin, lang: "en", "/dashboard/money/run", [("period", "2026-11")])
        let officer = try await Self.post(
            server, .officer, lang: "en", "/dashboard/money/cancellation",
            [("number", "INV/KAWASAN-1/2026/00001"), ("reason", "wrong area")])
        #expect(officer.status == .forbidden)
        let done = try await Self.post(
            server, .admin, lang: "en", "/dashboard/money/cancellation",
            [("number", "INV/KAWASAN-1/2026/00001"), ("reason", "wrong area")])
        #expect(done.status == .seeOther && done.headers[.location] == "/dashboard/money?done=invoice-cancelled&period=2026-11")
        let page = try await server.send(
            .get, "/dashboard/money?period=2026-11", headers: [.cookie: "\(server.sessions[.admin]!); lang=en"])
        #expect(page.text.contains("CN/KAWASAN-1/2026/00001") && page.text.contains("cancelled"))
    }
}
