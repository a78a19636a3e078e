import EstateDomain
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// `/api/v1/rules…` (issue 15, item 4: "API and dashboard equivalents for reading and
/// simulating"): the versions, one version, a diff, and a draft simulated without a write.
@Suite("HTTP: rule-set versions")
struct RuleRoutesTests {
    @Test("list, show and diff the stored versions; an unknown version is a 404 naming it")
    func read() async throws {
        let server = try await ServerFixture()
        let list = try await server.send(.get, "/api/v1/rules?as_of=2026-11-22", as: .viewer)
        #expect(list.status == .ok, "\(list.text)")
        #expect(list.object["in_force"] as? String == "2021.1")
        let versions = (list.object["versions"] as? [[String: Any]]) ?? []
        #expect(versions.compactMap { $0["version"] as? String } == ["2021.1", "SETU-2023.1"])
        let sentra = try await server.send(.get, "/api/v1/estates/SENTRA-SETU/rules?as_of=2026-11-22", as: .viewer)
        #expect(sentra.object["in_force"] as? String == "SETU-2023.1" && sentra.object["book"] as? String == "SENTRA-SETU")
        let show = try await server.send(.get, "/api/v1/rules/2021.1", as: .viewer)
        #expect(show.status == .ok && show.object["effective_from"] as? String == "2021-01-01", "\(show.text)")
        let diff = try await server.send(.get, "/api/v1/rules/2021.1/diff/SETU-2023.1", as: .viewer)
        let parameters = ((diff.object["differences"] as? [[String: Any]]) ?? []).compactMap { $0["parameter"] as? String }
        #expect(parameters.contains("rules[turnover-max].max_rupiah") && parameters.contains("book"), "\(diff.text)")
        let unknown = try await server.send(.get, "/api/v1/rules/1999.9", as: .viewer)
        #expect(unknown.status == .notFound && unknown.text.contains("1999.9"), "\(unknown.text)")
        #expect(try await server.send(.get, "/api/v1/rules", as: nil).status == .unauthorized)
    }

    @Test("a draft is simulated for a viewer and writes nothing; a malformed one is a 422 naming each path")
    func simulate() async throws {
        let server = try await ServerFixture()
        let show = try await server.send(.get, "/api/v1/rules/2021.1", as: .viewer)
        var draft = show.object
        draft["version"] = "2027.1"
        draft["effective_from"] = "2027-01-01"
        var rules = (draft["rules"] as? [[String: Any]]) ?? []
        rules[0]["max_rupiah"] = 40_000_000_000
        draft["rules"] = rules
        let body = String(decoding: try JSONSerialization.data(withJSONObject: draft), as: UTF8.self)
        let before = try await server.send(.get, "/api/v1/rules", as: .viewer).text
        let simulated = try await server.send(.post, "/api/v1/rule-simulations?as_of=2026-11-22", as: .viewer, json: body)
        #expect(simulated.status == .ok, "\(simulated.text)")
        #expect(simulated.object["draft"] as? String == "2027.1" && simulated.object["in_force"] as? String == "2021.1")
        let changes = (simulated.object["changes"] as? [[String: Any]]) ?? []
        #expect(!changes.isEmpty && changes.allSatisfy { $0["verdict_changes"] as? Bool == true })
        #expect(changes.allSatisfy { (($0["after"] as? [String: Any])?["failed_rules"] as? [String]) == ["turnover-max"] })
        #expect(try await server.send(.get, "/api/v1/rules", as: .viewer).text == before, "nothing written")
        draft["version"] = ""
        draft.removeValue(forKey: "source")
        let bad = String(decoding: try JSONSerialization.data(withJSONObject: draft), as: UTF8.self)
        let refused = try await server.send(.post, "/api/v1/rule-simulations", as: .viewer, json: bad)
        #expect(refused.status == .unprocessableContent, "\(refused.text)")
        #expect(refused.text.contains("version") && refused.text.contains("source"), "\(refused.text)")
        let junk = try await server.send(.post, "/api/v1/rule-simulations", as: .viewer, json: "[1, 2]")
        #expect(junk.status == .unprocessableContent, "\(junk.text)")
    }
}
