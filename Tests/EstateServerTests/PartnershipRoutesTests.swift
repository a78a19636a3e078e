import EstateDomain
import Foundation
import Testing

@testable import EstateServer

/// `POST /api/v1/tenants/{nib}/partnerships[/correction|/end]` (issue 15): an officer adds,
/// corrects and ends a firm's partnership; the list says which are in force; bad input is a
/// 422 naming the field and writes nothing.
@Suite("HTTP: partnerships one by one")
struct PartnershipRoutesTests {
    static let path = "/api/v1/tenants/9120510758287/partnerships"
    static let stamping = #""partner": "PT Otomotif Nusantara Jaya (fiktif)", "product": "pelat stamping bodi""#

    @Test("add, end and correct over HTTP, with the list's in_force on both sides of the end")
    func lifeCycle() async throws {
        let server = try await ServerFixture()
        let added = try await server.send(
            .post, Self.path, as: .officer, json: #"{"partner": "PT Baja Cikarang (fiktif)", "product": "mur baut", "since": "2025-01-01"}"#)
        #expect(added.status == .created, "\(added.text)")
        let again = try await server.send(
            .post, Self.path, as: .officer, json: #"{"partner": "PT Baja Cikarang (fiktif)", "product": "mur baut", "since": "2025-01-01"}"#)
        #expect(again.status == .ok, "\(again.text)")
        let ended = try await server.send(.post, "\(Self.path)/end", as: .officer, json: "{\(Self.stamping), \"on\": \"2026-12-01\"}")
        #expect(ended.status == .ok && ended.text.contains("ended on 2026-12-01"), "\(ended.text)")
        let twice = try await server.send(.post, "\(Self.path)/end", as: .officer, json: "{\(Self.stamping), \"on\": \"2026-12-01\"}")
        #expect(twice.status == .conflict, "\(twice.text)")
        for (day, inForce) in [("2026-11-30", true), ("2026-12-01", false)] {
            let list = try await server.send(.get, "/api/v1/partnerships?as_of=\(day)&in_force=true", as: .viewer)
            #expect(list.text.contains("pelat stamping bodi") == inForce, "\(day): \(list.text)")
        }
        let all = try await server.send(.get, "/api/v1/partnerships?as_of=2026-12-01", as: .viewer)
        #expect(all.text.contains(#""ended_on" : "2026-12-01""#) && all.text.contains(#""in_force" : false"#), "\(all.text)")
        let corrected = try await server.send(
            .post, "\(Self.path)/correction", as: .officer, json: "{\(Self.stamping), \"ended_on\": \"2027-01-01\"}")
        #expect(corrected.status == .ok && corrected.text.contains("ended on 2027-01-01"), "\(corrected.text)")
        let reopened = try await server.send(.post, "\(Self.path)/correction", as: .officer, json: "{\(Self.stamping), \"reopen\": true}")
        #expect(reopened.status == .ok && reopened.text.contains("since 2021-10-01, in force"), "\(reopened.text)")
        // `ended_on`, as the other bodies name the end, is the day given, not today.
        let named = try await server.send(.post, "\(Self.path)/end", as: .officer, json: "{\(Self.stamping), \"ended_on\": \"2026-01-01\"}")
        #expect(named.status == .ok && named.text.contains("ended on 2026-01-01"), "\(named.text)")
    }

    @Test("bad input is a 422 naming the field, an unknown partnership a 404 naming the firm's, a viewer a 403; nothing written")
    func refusals() async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        let bad: [(String, String, String)] = [
            ("", #"{"partner": "PT X", "product": "baut", "since": "2026-02-30"}"#, "since"),
            ("", #"{"partner": "=cmd", "product": "baut"}"#, "partner"),
            ("", #"{"partner": "PT X", "product": "baut", "since": "2026-01-01", "ended_on": "2026-01-01"}"#, "ended_on"),
            ("/correction", "{\(Self.stamping)}", "new_partner"),
            ("/correction", "{\(Self.stamping), \"new_product\": \"\"}", "new_product"),
            ("/end", "{\(Self.stamping), \"on\": \"2021-10-01\"}", "\"on\""),
            ("/end", #"{"partner": "PT X"}"#, "product"),
        ]
        for (suffix, json, field) in bad {
            let refused = try await server.send(.post, Self.path + suffix, as: .officer, json: json)
            #expect(refused.status == .unprocessableContent && refused.text.contains(field), "\(suffix) \(json): \(refused.text)")
        }
        let unknown = try await server.send(
            .post, "\(Self.path)/end", as: .officer, json: #"{"partner": "PT Tidak Ada", "product": "baut"}"#)
        #expect(unknown.status == .notFound && unknown.text.contains("rangka jok"), "\(unknown.text)")
        let noFirm = try await server.send(
            .post, "/api/v1/tenants/9120000000999/partnerships", as: .officer, json: #"{"partner": "PT X", "product": "baut"}"#)
        #expect(noFirm.status == .notFound, "\(noFirm.text)")
        #expect(try await server.send(.post, "\(Self.path)/end", as: .viewer, json: "{\(Self.stamping)}").status == .forbidden)
        #expect(try await server.store.version() == version, "a refused request wrote something")
    }
}
