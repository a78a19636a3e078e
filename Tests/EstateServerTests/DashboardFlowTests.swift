import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

@Suite("dashboard pages")
struct DashboardFlowTests {
    /// The value of a hidden form field on a page.
    static func field(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    @Test("an admin reads the proposal and signs it once; a resubmitted form writes nothing")
    func commitFromTheProposalPage() async throws {
        let server = try await ServerFixture()
        let cookie = server.sessions[.admin]!
        let page = try await server.send(
            .get, "/dashboard/allocation?as_of=\(ServerFixture.asOf)&lang=en", headers: [.cookie: cookie])
        #expect(page.status == .ok)
        #expect(page.text.contains("Sign these leases"))
        let fields = ["csrf", "policy", "as_of", "idempotency_key", "assignments"]
        let values = try fields.map { name in (name, try #require(Self.field(name, in: page.text), "\(name)")) }
        #expect(values.first { $0.0 == "csrf" }?.1 == (try await server.csrf(cookie)))
        let form = values.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }
            .joined(separator: "&")
        let before = try #require(try await server.store.loadEstate()).leases.count
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        // The form's key is checked as the API's header is (issue 17): 201 characters refused, nothing written.
        let longKey = values.map { ($0.0, $0.0 == "idempotency_key" ? String(repeating: "k", count: 201) : $0.1) }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        let tooLong = try await server.send(.post, "/dashboard/allocation/commit", headers: headers, body: longKey)
        #expect(tooLong.status == .unprocessableContent && tooLong.text.contains("idempotency_key"), "\(tooLong.text)")
        #expect(try #require(try await server.store.loadEstate()).leases.count == before)
        let signed = try await server.send(.post, "/dashboard/allocation/commit", headers: headers, body: form)
        #expect(signed.status == .seeOther, "\(signed.text)")
        let count = try #require(values.first { $0.0 == "assignments" }?.1.split(separator: ",").count)
        #expect(signed.headers[.location] == "/?signed=\(count)")
        #expect(try #require(try await server.store.loadEstate()).leases.count == before + count)
        let resubmitted = try await server.send(.post, "/dashboard/allocation/commit", headers: headers, body: form)
        #expect(resubmitted.headers[.location] == "/?signed=0")
        #expect(try #require(try await server.store.loadEstate()).leases.count == before + count)
        let shown = try await server.send(
            .get, "/?signed=\(count)&lang=en&as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(shown.text.contains("\(count) lease(s) signed."))
    }

    @Test("an officer sees the proposal but no button to sign it; a viewer is refused it")
    func proposalRoles() async throws {
        let server = try await ServerFixture()
        let officer = try await server.send(
            .get, "/dashboard/allocation?lang=en", headers: [.cookie: "\(server.sessions[.officer]!)"])
        #expect(officer.status == .ok)
        #expect(!officer.text.contains("Sign these leases"))
        #expect(officer.text.contains("Only an admin can sign the leases."))
        let viewer = try await server.send(
            .get, "/dashboard/allocation", headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(viewer.status == .forbidden)
    }

    @Test("a tenant page shows declarations, leases and the eligibility trace", arguments: ["id", "en"])
    func tenantPage(lang: String) async throws {
        let server = try await ServerFixture()
        let page = try await server.send(
            .get, "/dashboard/tenants/9120983690060?lang=\(lang)&as_of=\(ServerFixture.asOf)",
            headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(page.status == .ok)
        #expect(page.text.contains("CV Baja Mandiri Sentosa"))
        #expect(page.text.contains(lang == "id" ? "Laporan tahunan" : "Yearly declarations"))
        #expect(page.text.contains("A-01"))
        #expect(!page.text.contains("role=\"alert\""), "no warning box for a firm whose declarations are current")
        #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        let missing = try await server.send(
            .get, "/dashboard/tenants/9999999999999", headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(missing.status == .notFound)
    }

    @Test("a tenant page warns of a late declaration, and shows its history to a store-wide admin only", arguments: ["id", "en"])
    func historyPanel(lang: String) async throws {
        let server = try await ServerFixture()
        let path = "/dashboard/tenants/9120061205428?lang=\(lang)&as_of=2026-11-22"  // CV Samudra Welding Setu: FY2024 latest
        let admin = try await server.send(.get, path, headers: [.cookie: "\(server.sessions[.admin]!)"])
        #expect(admin.status == .ok)
        #expect(admin.text.contains(lang == "id" ? "laporan tahun buku 2025 terlambat" : "fiscal year 2025 declaration overdue"))
        #expect(admin.text.contains(lang == "id" ? "Riwayat perubahan" : "History of changes"))
        #expect(admin.text.contains("tenant:9120061205428:declaration:2024"))
        let viewer = try await server.send(.get, path, headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(viewer.status == .ok)
        #expect(!viewer.text.contains("tenant:9120061205428:declaration") && !viewer.text.contains("id=\"history\""))
    }
}
