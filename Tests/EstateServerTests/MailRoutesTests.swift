import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// Reminders by e-mail over HTTP (issue 17, item 4): a firm's account sets its own address,
/// language and opt-outs (never another firm's); bad values are a 422 naming the field; the
/// outbox and its retry are the officers'.
@Suite("HTTP: reminders by e-mail")
struct MailRoutesTests {
    static let (firmA, firmB) = (ServerFixture.firmA, ServerFixture.firmB)
    static let path = "/api/v1/tenants/\(ServerFixture.firmA)/mail-recipient"

    @Test("the firm sets and reads its own address and opt-outs; not firm B's; the outbox is the officers'")
    func recipient() async throws {
        let server = try await ServerFixture()
        #expect(try await server.send(.get, Self.path, firm: Self.firmA).status == .notFound)
        let body = #"{"email": "keuangan@bajamandiri.example", "language": "en", "opted_out": ["invoice_issued"]}"#
        let set = try await server.send(.put, Self.path, firm: Self.firmA, json: body)
        #expect(set.status == .ok && set.object["opted_out"] as? [String] == ["invoice_issued"], "\(set.text)")
        let read = try await server.send(.get, Self.path, firm: Self.firmA)
        #expect(read.object["email"] as? String == "keuangan@bajamandiri.example" && read.object["language"] as? String == "en")
        #expect(try await server.store.recipients().map(\.nib.digits) == [Self.firmA])
        let other = "/api/v1/tenants/\(Self.firmB)/mail-recipient"
        #expect(try await server.send(.put, other, firm: Self.firmA, json: body).status == .notFound)
        #expect(try await server.send(.get, other, firm: Self.firmA).status == .notFound)
        #expect(try await server.send(.get, "/api/v1/outbox", firm: Self.firmA).status == .forbidden)
        #expect(try await server.send(.get, "/api/v1/outbox", as: .viewer).status == .forbidden)
        let outbox = try await server.send(.get, "/api/v1/outbox?state=queued", as: .officer)
        #expect(outbox.status == .ok && outbox.object["total"] as? Int == 0, "\(outbox.text)")
        #expect(try await server.send(.post, "/api/v1/outbox/1/retry", as: .officer).status == .notFound)
    }

    @Test("a bad address, language or kind is a 422 naming its field, and nothing is set", arguments: [
        (#"{"email": "keuangan"}"#, "email"), (#"{"email": "a@b.id>\r\nRCPT TO:<x@y.id"}"#, "email"),
        (#"{"email": "a@b.id", "language": "jv"}"#, "language"), (#"{"email": "a@b.id", "opted_out": ["spam"]}"#, "opted_out"),
    ])
    func badInput(body: String, field: String) async throws {
        let server = try await ServerFixture()
        let answer = try await server.send(.put, Self.path + "?lang=en", firm: Self.firmA, json: body)
        #expect(answer.status == .unprocessableContent && answer.text.contains(field), "\(answer.status) \(answer.text)")
        #expect(try await server.store.recipients().isEmpty)
        #expect(try await server.send(.get, "/api/v1/outbox?state=lost", as: .officer).status == .unprocessableContent)
    }
}

extension MailRoutesTests {
    @Test("on its page the firm ticks the reminders it wants; a bad address is refused with the values kept")
    func dashboardForm() async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.firmSessions[Self.firmA]!); lang=en"
        let page = "/dashboard/tenants/\(Self.firmA)"
        let shown = try await server.send(.get, page, headers: [.cookie: cookie])
        #expect(shown.text.contains("want_document_expiring"), "no reminder settings on the firm's page")
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        func post(_ fields: [(String, String)]) async throws -> TestResponse {
            try await server.send(
                .post, "\(page)/mail-recipient", headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
        }
        let bad = try await post([("email", "keuangan@baja"), ("language", "en"), ("want_invoice_issued", "on")])
        #expect(bad.status == .unprocessableContent && bad.text.contains(#"value="keuangan@baja""#), "\(bad.text)")
        #expect(try await server.store.recipients().isEmpty)
        let saved = try await post([("email", "keuangan@baja.example"), ("language", "en"), ("want_invoice_overdue", "on")])
        #expect(saved.status == .seeOther, "\(saved.text)")
        let stored = try #require(try await server.store.recipients().first)
        #expect(stored.wants(.invoiceOverdue) && !stored.wants(.invoiceIssued) && stored.optedOut.count == 5)
        let other = try await server.send(
            .post, "/dashboard/tenants/\(Self.firmB)/mail-recipient",
            headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: DashboardRulesTests.encoded([("csrf", csrf), ("email", "x@y.example")]))
        #expect(other.status == .notFound)
    }
}
