import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The application routes (issue 15): the list in every state, withdrawal and refusal, each
/// refusing bad input with a problem naming the field, and the state changing only once.
@Suite("HTTP: applications through their life")
struct ApplicationRoutesTests {
    @Test("withdraw over the API: the application leaves the waitlist, is listed as withdrawn, and cannot be withdrawn twice")
    func withdraw() async throws {
        let server = try await ServerFixture()
        let path = "/api/v1/applications/9120477303879/withdrawal"
        // bad input first: nothing is written
        let noReason = try await server.send(.post, path, as: .officer, json: #"{"on": "2026-06-30"}"#)
        #expect(noReason.status == .unprocessableContent && noReason.text.contains("reason"), "\(noReason.text)")
        let badDay = try await server.send(.post, path, as: .officer, json: #"{"reason": "x", "on": "2026-13-01"}"#)
        #expect(badDay.status == .unprocessableContent && badDay.text.contains("\"on\""), "\(badDay.text)")
        #expect(try await server.send(.post, path, as: .viewer, json: #"{"reason": "x"}"#).status == .forbidden)
        // the withdrawal
        let done = try await server.send(.post, path, as: .officer, json: #"{"reason": "pindah ke Karawang", "on": "2026-06-30"}"#)
        #expect(done.status == .ok, "\(done.text)")
        let again = try await server.send(
            .post, path, as: .officer, headers: [.acceptLanguage: "en"], json: #"{"reason": "lagi", "on": "2026-06-30"}"#)
        #expect(again.status == .conflict && again.text.contains("withdrawn"), "\(again.text)")
        let waitlist = try await server.send(.get, "/api/v1/waitlist?as_of=2026-06-30&limit=500", as: .viewer)
        #expect(!waitlist.text.contains("9120477303879"))
        let withdrawn = try await server.send(.get, "/api/v1/applications?as_of=2026-06-30&state=withdrawn", as: .viewer)
        let items = (withdrawn.object["items"] as? [[String: Any]]) ?? []
        #expect(items.map { $0["nib"] as? String } == ["9120477303879"])
        #expect(items.first?["detail"] as? String == "pindah ke Karawang" && items.first?["closed_on"] as? String == "2026-06-30")
        let all = try await server.send(.get, "/api/v1/applications?as_of=2026-06-30", as: .viewer)
        let states = ((all.object["items"] as? [[String: Any]]) ?? []).compactMap { $0["state"] as? String }
        #expect(states.contains("withdrawn") && states.contains("active"))
    }

    @Test("refuse over the API: only under a failed required rule; a state filter not of the documented form is a 422 naming it")
    func refuse() async throws {
        let server = try await ServerFixture()
        let eligible = try await server.send(
            .post, "/api/v1/applications/9120838829624/refusal", as: .officer, headers: [.acceptLanguage: "en"], json: "{}")
        #expect(eligible.status == .conflict && eligible.text.contains("meets every required rule"), "\(eligible.text)")
        let failing = try await server.send(
            .post, "/api/v1/applications/9120622297511/refusal", as: .officer, json: #"{"on": "2026-06-30"}"#)
        #expect(failing.status == .ok && failing.text.contains("workforce-range"), "\(failing.text)")
        let unknown = try await server.send(.post, "/api/v1/applications/9120000000000/refusal", as: .officer, json: "{}")
        #expect(unknown.status == .notFound, "\(unknown.text)")
        let filter = try await server.send(.get, "/api/v1/applications?state=gone", as: .viewer)
        #expect(filter.status == .unprocessableContent && filter.text.contains("state"), "\(filter.text)")
        for bad in ["", "Refused", "refused,", "refused, withdrawn", "ditolak"] {
            let refused = try await server.send(.get, "/api/v1/applications?state=\(bad.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")", as: .viewer)
            #expect(refused.status == .unprocessableContent, "state=\(bad)")
        }
        let two = try await server.send(.get, "/api/v1/applications?as_of=2026-06-30&state=refused,withdrawn", as: .viewer)
        #expect(((two.object["items"] as? [[String: Any]]) ?? []).compactMap { $0["nib"] as? String } == ["9120622297511"])
    }
}

/// `GET /api/v1/audit` (issue 15): a store-wide admin reads who changed what; the actor is the
/// token's id and name, which the caller cannot choose; limited tokens and bad filters are refused.
@Suite("HTTP: the audit trail")
struct AuditRoutesTests {
    @Test("a change over the API is read back with its token as actor, by record; 403 to a limited admin, 422 for a bad record")
    func audit() async throws {
        let server = try await ServerFixture()
        let withdrawal = try await server.send(
            .post, "/api/v1/applications/9120477303879/withdrawal", as: .officer,
            json: #"{"reason": "pindah ke Karawang", "on": "2026-06-30"}"#)
        #expect(withdrawal.status == .ok, "\(withdrawal.text)")
        let officerID = try #require(server.tokens[.officer]?.split(separator: "_").dropFirst().first)
        let read = try await server.send(.get, "/api/v1/audit?record=tenant:9120477303879&limit=2", as: .admin)
        #expect(read.status == .ok, "\(read.text)")
        let entries = (read.object["entries"] as? [[String: Any]]) ?? []
        #expect(entries.count == 2)
        #expect(entries.first?["actor"] as? String == "token:\(officerID) (test-officer)")
        #expect(entries.first?["record"] as? String == "tenant:9120477303879:application:2025-11-10")
        #expect((entries.first?["after"] as? [String: Any])?["state"] as? String == "withdrawn from 2026-06-30 (pindah ke Karawang)")
        #expect(entries.first?["estate"] as? String == "KAWASAN-1")
        for bad in ["record=firm:1", "record=tenant:12", "since=2026-02-30", "limit=0", "estate=no%20code"] {
            let refused = try await server.send(.get, "/api/v1/audit?\(bad)", as: .admin)
            #expect(refused.status == .unprocessableContent, "\(bad): \(refused.status) \(refused.text)")
        }
        #expect(try await server.send(.get, "/api/v1/audit", as: .officer).status == .forbidden)
        let limited = IssuedToken.generate(name: "sentra-admin", role: .admin, estates: ["SENTRA-SETU"])
        try await server.store.createToken(limited.stored, actor: "test")
        let bearer: HTTPFields = [.authorization: "Bearer \(limited.text)"]
        #expect(try await server.send(.get, "/api/v1/audit", headers: bearer).status == .forbidden)
    }
}
