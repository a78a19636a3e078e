import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The forum over HTTP (issue 18): the sample register read by staff, the matches with the
/// issue's keys, a forum's schedule proven optimal in JSON and its agenda in HTML, bad input named
/// in a 422; a firm's account reads its own capability profile and nothing else of the forum.
@Suite("HTTP: the business forum")
struct ForumRoutesTests {
    @Test("register, matches, schedule and agenda for staff; a firm's own profile and no more for its account")
    func forum() async throws {
        let server = try await ServerFixture()
        let industries = try await server.send(.get, "/api/v1/forum/industries", as: .viewer)
        #expect(industries.status == .ok && (industries.object["industries"] as? [Any])?.count == 4)
        let needs = try await server.send(.get, "/api/v1/forum/needs?as_of=2026-12-07", as: .viewer)
        #expect((needs.object["needs"] as? [Any])?.count == 5, "\(needs.text.prefix(300))")
        let matches = try await server.send(.get, "/api/v1/forum/matches?as_of=2026-12-07&need=1", as: .viewer)
        let list = try #require(matches.object["matches"] as? [[String: Any]], "\(matches.text.prefix(300))")
        #expect(!list.isEmpty && list.allSatisfy { $0["need"] as? Int == 1 && $0["industry"] is String && $0["nib"] is String && $0["score"] is Int && $0["trace"] is [Any] })
        let unknownNeed = try await server.send(.get, "/api/v1/forum/matches?need=999", as: .viewer)
        #expect(unknownNeed.status == .notFound)
        let schedule = try await server.send(.get, "/api/v1/forums/FORUM-2027-03/schedule?slots=4", as: .viewer)
        #expect(schedule.status == .ok && schedule.object["optimal"] as? Bool == true, "\(schedule.text.prefix(300))")
        #expect(schedule.object["objective"] as? Int == schedule.object["bound"] as? Int && (schedule.object["meetings"] as? [Any])?.isEmpty == false)
        let agenda = try await server.send(.get, "/api/v1/forums/FORUM-2027-03/schedule?slots=4&format=html&lang=en", as: .viewer)
        #expect(agenda.status == .ok && agenda.headers[.contentType]?.hasPrefix("text/html") == true && agenda.text.contains("VENUE SCHEDULE"))
        for (query, field) in [("", "slots"), ("?slots=0", "slots"), ("?slots=49", "slots"), ("?slots=3&start=25:00", "start"), ("?slots=3&format=pdf", "format")] {
            let bad = try await server.send(.get, "/api/v1/forums/FORUM-2027-03/schedule\(query)", as: .viewer)
            #expect(bad.status.code == 422 && bad.text.contains(field), "\(query): \(bad.status) \(bad.text.prefix(200))")
        }
        #expect(try await server.send(.get, "/api/v1/forums/FORUM-2099-01/schedule?slots=3", as: .viewer).status == .notFound)
        let own = try await server.send(.get, "/api/v1/forum/capabilities/\(TenantAccessTests.firmA)", firm: TenantAccessTests.firmA)
        #expect(own.status == .ok && own.object["nib"] as? String == TenantAccessTests.firmA, "\(own.status) \(own.text.prefix(200))")
        let other = try await server.send(.get, "/api/v1/forum/capabilities/9120510758287", firm: TenantAccessTests.firmA)
        #expect(other.status == .notFound)
        for path in ["/api/v1/forum/matches", "/api/v1/forum/industries", "/api/v1/forums", "/api/v1/forums/FORUM-2027-03/schedule?slots=3"] {
            #expect(try await server.send(.get, path, firm: TenantAccessTests.firmA).status == .forbidden, "\(path)")
        }
    }

    @Test("a token limited to one estate is refused the regency's forum")
    func estateLimited() async throws {
        let server = try await ServerFixture()
        let issued = IssuedToken.generate(name: "sentra-viewer", role: .viewer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(issued.stored, actor: "test")
        for path in ["/api/v1/forum/industries", "/api/v1/forum/needs", "/api/v1/forum/matches", "/api/v1/forums",
            "/api/v1/forums/FORUM-2027-03/schedule?slots=3", "/api/v1/forum/capabilities/9120983690060"] {
            let response = try await server.send(.get, path, headers: [.authorization: "Bearer \(issued.text)"])
            #expect(response.status == .forbidden, "\(path): \(response.status)")
        }
    }

    @Test("a firm's account sets its own capability profile, not another's; bad input is named and nothing written")
    func tenantEditsOwnProfile() async throws {
        let server = try await ServerFixture()
        let path = "/api/v1/forum/capabilities/\(TenantAccessTests.firmA)"
        let body = #"{"processes": ["stamping", "welding"], "materials": ["SPCC"], "machines": ["press 80 t:stamping:7000"], "certifications": ["iso_9001:QMS-9:2028-01-31"], "workers": 12, "local_workers": 10}"#
        let set = try await server.send(.put, path, firm: TenantAccessTests.firmA, json: body)
        #expect(set.status == .ok && set.text.contains("QMS-9") && set.text.contains("press 80 t"), "\(set.status) \(set.text.prefix(300))")
        let read = try await server.send(.get, path, as: .viewer)
        #expect(read.text.contains("QMS-9"))
        let other = try await server.send(.put, "/api/v1/forum/capabilities/9120510758287", firm: TenantAccessTests.firmA, json: body)
        #expect(other.status == .notFound)
        #expect(!(try await server.send(.get, "/api/v1/forum/capabilities/9120510758287", as: .viewer)).text.contains("QMS-9"))
        for (bad, field) in [
            (#"{"processes": []}"#, "processes"), (#"{"processes": ["drilling"]}"#, "drilling"),
            (#"{"processes": ["stamping"], "machines": ["press"]}"#, "machine"),
            (#"{"processes": ["stamping"], "certifications": ["iso_9001:Q:2027-02-30"]}"#, "2027-02-30"),
            (#"{"processes": ["stamping"], "workers": 5, "local_workers": 6}"#, "local_workers"),
            (#"{"processes": ["stamping"], "colour": "red"}"#, "colour"),
        ] {
            let refused = try await server.send(.put, path, firm: TenantAccessTests.firmA, json: bad)
            #expect(refused.status.code == 422 && refused.text.contains(field), "\(bad): \(refused.status) \(refused.text.prefix(200))")
        }
        #expect((try await server.send(.get, path, as: .viewer)).text.contains("QMS-9"), "a refused body changed the profile")
        let viewer = try await server.send(.put, path, as: .viewer, json: body)
        #expect(viewer.status == .forbidden)
    }
}
