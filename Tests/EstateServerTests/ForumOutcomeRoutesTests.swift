import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// What the forums led to, over HTTP (issue 18, item 5): an officer saves a forum's schedule and
/// records an MoU, an order and a partnership against its meetings; the outcomes, the firm's new
/// partnership record and the Dinas's report show them; a meeting not saved is a 404, a schedule
/// with outcomes is kept (409), bad input is a 422 naming the field; a firm's account, a viewer
/// writing and a token limited to one estate are refused.
@Suite("HTTP: forum outcomes and the Dinas report")
struct ForumOutcomeRoutesTests {
    static let forum = "/api/v1/forums/FORUM-2027-03"

    @Test("save a schedule, record outcomes against its meetings, read them and the report")
    func outcomes() async throws {
        let server = try await ServerFixture()
        let saved = try await server.send(.post, "\(Self.forum)/schedule", as: .officer, json: #"{"slots": 4}"#)
        #expect(saved.status == .created, "\(saved.status) \(saved.text.prefix(300))")
        let meetings = try #require(saved.object["meetings"] as? [[String: Any]])
        let meeting = try #require(meetings.first)
        let industry = try #require(meeting["industry"] as? String)
        let nib = try #require(meeting["nib"] as? String)
        func outcome(_ fields: String) -> String { #"{"industry": "\#(industry)", "nib": "\#(nib)", \#(fields)}"# }
        let mou = try await server.send(.post, "\(Self.forum)/outcomes", as: .officer, json: outcome(#""kind": "mou", "on": "2027-03-10""#))
        #expect(mou.status == .created && mou.object["kind"] as? String == "mou", "\(mou.status) \(mou.text.prefix(300))")
        let orderFields = #""kind": "purchase_order", "on": "2027-04-02", "value": "Rp150.000.000", "reference": "PO/ONJ/2027/0042""#
        let order = try await server.send(.post, "\(Self.forum)/outcomes", as: .officer, json: outcome(orderFields))
        #expect(order.status == .created && order.object["value"] as? Int == 150_000_000, "\(order.text.prefix(300))")
        // The same order sent again (a retry): 200, nothing written; other values under its number: 409.
        let retry = try await server.send(.post, "\(Self.forum)/outcomes", as: .officer, json: outcome(orderFields))
        #expect(retry.status == .ok && retry.object["id"] as? Int == order.object["id"] as? Int, "\(retry.status)")
        let clash = try await server.send(
            .post, "\(Self.forum)/outcomes", as: .officer,
            json: outcome(#""kind": "purchase_order", "on": "2027-04-03", "value": "Rp150.000.000", "reference": "PO/ONJ/2027/0042""#))
        #expect(clash.status == .conflict && clash.text.contains("PO/ONJ/2027/0042"), "\(clash.status) \(clash.text.prefix(200))")
        let partnership = try await server.send(
            .post, "\(Self.forum)/outcomes", as: .officer,
            json: outcome(#""kind": "partnership", "on": "2027-05-01", "value": 600000000, "jobs": 6, "local_jobs": 5"#))
        #expect(partnership.status == .created && partnership.object["local_jobs"] as? Int == 5, "\(partnership.text.prefix(300))")
        // Refusals name the field and write nothing.
        for (fields, status, named) in [
            (#""kind": "gift", "on": "2027-03-10""#, 422, "kind"),
            (#""kind": "partnership", "on": "2027-05-02", "jobs": 2, "local_jobs": 3"#, 422, "local_jobs"),
            (#""kind": "mou", "on": "2027-02-30""#, 422, "on"),
            (#""kind": "purchase_order", "on": "2027-04-02""#, 422, "value"),
            (#""kind": "mou", "on": "2027-03-10", "colour": "red""#, 422, "colour"),
        ] {
            let refused = try await server.send(.post, "\(Self.forum)/outcomes", as: .officer, json: outcome(fields))
            #expect(refused.status.code == status && refused.text.contains(named), "\(fields): \(refused.status) \(refused.text.prefix(200))")
        }
        let stranger = #"{"industry": "\#(industry)", "nib": "9120000000999", "kind": "mou", "on": "2027-03-10"}"#
        #expect(try await server.send(.post, "\(Self.forum)/outcomes", as: .officer, json: stranger).status == .notFound)
        let again = try await server.send(.post, "\(Self.forum)/schedule", as: .officer, json: #"{"slots": 3}"#)
        #expect(again.status == .conflict, "a schedule with outcomes is kept: \(again.status) \(again.text.prefix(200))")
        // Read back: the outcomes, the firm's partnership record, the report.
        let listed = try await server.send(.get, "/api/v1/forum/outcomes?forum=FORUM-2027-03", as: .viewer)
        let rows = try #require(listed.object["outcomes"] as? [[String: Any]])
        let kinds = rows.compactMap { $0["kind"] as? String }
        #expect(rows.compactMap { $0["record"] as? String } == ["forum_outcome", "forum_outcome", "partnership"])
        #expect(kinds == ["mou", "purchase_order", "partnership"], "\(listed.text.prefix(400))")
        let records = try await server.send(.get, "/api/v1/partnerships?limit=500", as: .viewer)
        let record = try #require(
            (records.object["items"] as? [[String: Any]])?.first { $0["forum"] as? String == "FORUM-2027-03" }, "\(records.text.prefix(600))")
        #expect(record["nib"] as? String == nib && record["industry"] as? String == industry && record["value_per_year"] as? Int == 600_000_000)
        #expect(record["since"] as? String == "2027-05-01" && record["jobs"] as? Int == 6 && record["local_jobs"] as? Int == 5)
        let report = try await server.send(.get, "/api/v1/forum/report?year=2027", as: .viewer)
        let total = try #require(report.object["total"] as? [String: Any], "\(report.text.prefix(300))")
        #expect(total["meetings"] as? Int == meetings.count && total["mous"] as? Int == 1 && total["purchase_order_value"] as? Int == 150_000_000)
        #expect(total["partnerships_from_forums"] as? Int == 1 && total["jobs"] as? Int == 6 && total["local_share"] as? Int == 83)
        #expect((try await server.send(.get, "/api/v1/forum/report?year=1989", as: .viewer)).status.code == 422)
    }

    @Test("a firm's account and a viewer cannot write; a firm's account and an estate-limited token cannot read")
    func refusedCallers() async throws {
        let server = try await ServerFixture()
        let mou = #"{"industry": "9130100000011", "nib": "9120983690060", "kind": "mou", "on": "2027-03-10"}"#
        for (path, body) in [("\(Self.forum)/schedule", #"{"slots": 3}"#), ("\(Self.forum)/outcomes", mou)] {
            #expect(try await server.send(.post, path, as: .viewer, json: body).status == .forbidden, "\(path)")
            #expect(try await server.send(.post, path, firm: TenantAccessTests.firmA, json: body).status == .forbidden, "\(path)")
        }
        for path in ["/api/v1/forum/outcomes", "/api/v1/forum/report?year=2027"] {
            #expect(try await server.send(.get, path, firm: TenantAccessTests.firmA).status == .forbidden, "\(path)")
        }
        let issued = IssuedToken.generate(name: "sentra-officer", role: .officer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(issued.stored, actor: "test")
        let limited: HTTPFields = [.authorization: "Bearer \(issued.text)"]
        for (method, path) in [
            (HTTPRequest.Method.get, "/api/v1/forum/outcomes"), (.get, "/api/v1/forum/report"),
            (.post, "\(Self.forum)/schedule"), (.post, "\(Self.forum)/outcomes"),
        ] {
            let body = path.hasSuffix("schedule") ? #"{"slots": 3}"# : mou
            let response = try await server.send(method, path, headers: limited, json: method == .post ? body : nil)
            #expect(response.status == .forbidden, "\(path): \(response.status)")
        }
        // A partnership's terms feed the regency's report: an estate-limited token may not write them.
        let terms = #"{"partner": "PT Otomotif Nusantara Jaya (fiktif)", "product": "pelat stamping bodi", "value_per_year": 1}"#
        let limitedTerms = try await server.send(
            .post, "/api/v1/estates/SENTRA-SETU/tenants/9120510758287/partnerships/correction", headers: limited, json: terms)
        #expect(limitedTerms.status == .forbidden, "\(limitedTerms.status) \(limitedTerms.text.prefix(200))")
        let added = #"{"partner": "PT Baru (fiktif)", "product": "mur", "since": "2026-01-01", "jobs": 4}"#
        let strict = try await server.send(.post, "/api/v1/tenants/9120510758287/partnerships", as: .officer, json: added)
        #expect(strict.status.code == 422 && strict.text.contains("jobs"), "a term on add is refused, not dropped: \(strict.status)")
        let none = try await server.send(.get, "/api/v1/forum/outcomes?forum=FORUM-2027-03", as: .viewer)
        #expect((none.object["outcomes"] as? [Any])?.isEmpty == true, "the refused writes recorded nothing: \(none.text.prefix(300))")
    }
}
