import EstateDomain
import EstateStore
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EstateServer

/// Data that breaks an invariant anyway (a hand-made SQL edit, an old bug) does not take the
/// read side down: reads answer and say so, and writes that add no new problem go through.
@Suite("Stored data that breaks the rules")
struct StoredDataTests {
    @Test("reads answer with the problem counted; validation lists it; an unrelated write is allowed")
    func readsSurviveBadData() async throws {
        // setup: A-02 given A-01's outline behind the store's back (it then overlaps A-01 and
        // no longer matches its area); the edit moves store_version by itself (trigger), so the
        // server's cached estate is not kept
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let server = try await ServerFixture(path: path)
        let healthy = try await server.send(.get, "/api/v1/plots?limit=500", as: .viewer)
        #expect(healthy.status == .ok)
        #expect(healthy.headers[.estateProblems] == nil)
        let database = try DatabaseQueue(path: path)
        try await database.write { db in
            try db.execute(
                sql: "UPDATE plots SET outline = (SELECT outline FROM plots WHERE code = 'A-01') WHERE code = 'A-02'")
        }
        try database.close()
        // act
        let plots = try await server.send(.get, "/api/v1/plots?limit=500", as: .viewer)
        let occupancy = try await server.send(.get, "/api/v1/reports/occupancy?as_of=2026-11-22", as: .viewer)
        let waitlist = try await server.send(.get, "/api/v1/waitlist?as_of=2026-11-22", as: .viewer)
        let validation = try await server.send(.get, "/api/v1/validation?as_of=2026-11-22", as: .viewer)
        let write = try await server.send(
            .post, "/api/v1/tenants", as: .officer,
            json: #"{"nib":"9120999000013","name":"CV Uji Coba","npwp":"01.234.567.8-901.000","kbli":["25920"]}"#)
        // check
        for response in [plots, occupancy, waitlist] {
            #expect(response.status == .ok)
            #expect(response.headers[.estateProblems].flatMap(Int.init) ?? 0 >= 2)
        }
        #expect((plots.object["total"] as? Int) == 28)
        #expect(validation.object["valid"] as? Bool == false)
        let problems = try #require(validation.object["problems"] as? [String])
        #expect(problems.contains { $0.contains("A-02") && $0.contains("overlaps") || $0.contains("A-01") })
        #expect(write.status == .created, "\(write.text)")
    }

    @Test("an outline that no longer parses is read as none and named; reads and writes go on")
    func unreadableOutline() async throws {
        // setup
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let server = try await ServerFixture(path: path)
        let database = try DatabaseQueue(path: path)
        try await database.write { try $0.execute(sql: "UPDATE plots SET outline = 'garbage;;x' WHERE code = 'A-03'") }
        try database.close()
        // act
        let plots = try await server.send(.get, "/api/v1/plots?limit=500", as: .viewer)
        let validation = try await server.send(.get, "/api/v1/validation?as_of=2026-11-22", as: .viewer)
        let write = try await server.send(
            .post, "/api/v1/tenants", as: .officer,
            json: #"{"nib":"9120999000013","name":"CV Uji Coba","npwp":"01.234.567.8-901.000","kbli":["25920"]}"#)
        // check
        #expect(plots.status == .ok, "\(plots.text)")
        #expect(plots.headers[.estateProblems] == "1")
        let problems = try #require(validation.object["problems"] as? [String])
        #expect(problems.contains { $0.hasPrefix("plot A-03: its stored outline \"garbage;;x\"") })
        #expect(write.status == .created, "\(write.text)")
    }
}
