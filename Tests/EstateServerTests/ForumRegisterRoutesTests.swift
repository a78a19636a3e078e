import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The forum's register written over HTTP (issue 18, items 1 and 4): an officer registers an
/// industry, records and closes its need, adds a forum and invites to it; each refusal names its
/// field (422), a duplicate is a 409, an unknown record a 404, and nothing is written; a viewer,
/// a firm's account and an estate-limited token are refused.
@Suite("HTTP: the forum's register written")
struct ForumRegisterRoutesTests {
    static let industry = #"{"nib": "9130100000053", "name": "PT Contoh Manufaktur (fiktif)", "kbli": "29100;30911", "location": "Kawasan Industri Jababeka, Cikarang Utara"}"#

    @Test("industry, need, closing, forum and invitations; refusals name the field and write nothing")
    func register() async throws {
        let server = try await ServerFixture()
        let added = try await server.send(.post, "/api/v1/forum/industries", as: .officer, json: Self.industry)
        #expect(added.status == .created && added.object["nib"] as? String == "9130100000053", "\(added.status) \(added.text.prefix(300))")
        #expect(try await server.send(.post, "/api/v1/forum/industries", as: .officer, json: Self.industry).status == .conflict)
        let version = try await server.store.version()
        for (body, field) in [
            (#"{"nib": "9130100000061", "name": "PT X", "kbli": "2910", "location": "Cikarang"}"#, "kbli"),
            (#"{"nib": "913010000006", "name": "PT X", "kbli": "29100", "location": "Cikarang"}"#, "nib"),
            (#"{"nib": "9130100000061", "name": "PT X", "kbli": "29100", "location": "Cikarang", "colour": "red"}"#, "colour"),
        ] {
            let refused = try await server.send(.post, "/api/v1/forum/industries", as: .officer, json: body)
            #expect(refused.status.code == 422 && refused.text.contains(field), "\(body): \(refused.status) \(refused.text.prefix(200))")
        }
        let firm = #"{"nib": "9120983690060", "name": "CV Baja", "kbli": "25119", "location": "Cikarang"}"#
        #expect(try await server.send(.post, "/api/v1/forum/industries", as: .officer, json: firm).status.code == 409, "an IKM firm's NIB")
        #expect(try await server.store.version() == version, "a refused write wrote something")
        let need = try await server.send(
            .post, "/api/v1/forum/needs", as: .officer,
            json: #"{"industry": "9130100000053", "item": "braket mesin", "process": "stamping", "volume_per_month": 3000, "requires": ["tkdn:40"], "prefers": ["iatf_16949"], "deadline": "2027-06-30", "opened_on": "2026-12-01"}"#)
        #expect(need.status == .created, "\(need.status) \(need.text.prefix(300))")
        let id = try #require(need.object["id"] as? Int)
        for (body, field) in [
            (#"{"industry": "9130100000053", "item": "x", "process": "drilling"}"#, "drilling"),
            (#"{"industry": "9130100000053", "item": "x", "process": "welding", "requires": ["tkdn"]}"#, "tkdn"),
            (#"{"industry": "9130100000053", "item": "x", "process": "welding", "requires": ["sni"], "prefers": ["sni"]}"#, "\"field\":\"prefers\""),
            (#"{"industry": "9130100000053", "item": "x", "process": "welding", "deadline": "2026-11-30", "opened_on": "2026-12-01"}"#, "deadline"),
        ] {
            let refused = try await server.send(.post, "/api/v1/forum/needs", as: .officer, json: body)
            #expect(refused.status.code == 422 && refused.text.contains(field), "\(body): \(refused.status) \(refused.text.prefix(200))")
        }
        let stranger = #"{"industry": "9130100000999", "item": "x", "process": "welding"}"#
        #expect(try await server.send(.post, "/api/v1/forum/needs", as: .officer, json: stranger).status == .notFound)
        let closed = try await server.send(.post, "/api/v1/forum/needs/\(id)/closing", as: .officer, json: #"{"on": "2027-01-15"}"#)
        #expect(closed.status == .ok && closed.object["closed_on"] as? String == "2027-01-15", "\(closed.status) \(closed.text.prefix(300))")
        #expect(try await server.send(.post, "/api/v1/forum/needs/\(id)/closing", as: .officer, json: "{}").status == .conflict)
        #expect(try await server.send(.post, "/api/v1/forum/needs/abc/closing", as: .officer, json: "{}").status.code == 422)
        #expect(try await server.send(.post, "/api/v1/forum/needs/99999/closing", as: .officer, json: "{}").status == .notFound)
        let forum = #"{"code": "forum-2027-09", "held_on": "2027-09-01", "venue": "Aula Dinas Perindustrian (fiktif)"}"#
        let created = try await server.send(.post, "/api/v1/forums", as: .officer, json: forum)
        #expect(created.status == .created && created.object["code"] as? String == "FORUM-2027-09", "\(created.text.prefix(300))")
        #expect(try await server.send(.post, "/api/v1/forums", as: .officer, json: forum).status == .conflict)
        let badCode = try await server.send(.post, "/api/v1/forums", as: .officer, json: #"{"code": "FORUM 9", "held_on": "2027-09-01", "venue": "Aula"}"#)
        #expect(badCode.status.code == 422 && badCode.text.contains("code"))
        let invited = try await server.send(
            .post, "/api/v1/forums/FORUM-2027-09/invitations", as: .officer, json: #"{"nibs": ["9130100000053", "9120983690060"]}"#)
        #expect(invited.status == .ok && invited.text.contains("9130100000053") && invited.text.contains("9120983690060"), "\(invited.text.prefix(300))")
        let unknown = try await server.send(.post, "/api/v1/forums/FORUM-2027-09/invitations", as: .officer, json: #"{"nibs": ["9130100000999"]}"#)
        #expect(unknown.status == .notFound, "\(unknown.status)")
        let listed = try await server.send(.get, "/api/v1/forums", as: .viewer)
        #expect(listed.text.contains("FORUM-2027-09"))
    }

    @Test("the sample's past forum, with outcomes, takes no new invitation (409, in the caller's language)")
    func closedForum() async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        let refused = try await server.send(
            .post, "/api/v1/forums/FORUM-2026-11/invitations?lang=en", as: .officer, json: #"{"nibs": ["9120327342742"]}"#)
        #expect(refused.status == .conflict && refused.text.contains("invite them to a coming forum"), "\(refused.text.prefix(300))")
        let indonesian = try await server.send(
            .post, "/api/v1/forums/FORUM-2026-11/invitations?lang=id", as: .officer, json: #"{"nibs": ["9120327342742"]}"#)
        #expect(indonesian.status == .conflict && indonesian.text.contains("forum berikutnya"))
        #expect(try await server.store.version() == version)
        let coming = try await server.send(
            .post, "/api/v1/forums/FORUM-2027-03/invitations", as: .officer, json: #"{"nibs": ["9120327342742"]}"#)
        #expect(coming.status == .ok, "a forum without outcomes still takes invitations: \(coming.status)")
        // Inviting again a firm already invited, to the closed forum too, changes and audits nothing.
        let audited = try await server.send(.get, "/api/v1/audit?limit=500", as: .admin).text.components(separatedBy: "invite to forum").count
        for forum in ["FORUM-2027-03", "FORUM-2026-11"] {
            let invited = try #require(try await server.store.forums().first { $0.code == forum }?.industries.first)
            let again = try await server.send(
                .post, "/api/v1/forums/\(forum)/invitations", as: .officer, json: "{\"nibs\": [\"\(invited.digits)\"]}")
            #expect(again.status == .ok, "\(forum): \(again.status)")
        }
        let after = try await server.send(.get, "/api/v1/audit?limit=500", as: .admin).text.components(separatedBy: "invite to forum").count
        #expect(after == audited, "a repeat invitation was audited")
        #expect(audited > 1, "the audit holds the invitation just made, so the count can see a new one")
    }

    @Test("a viewer, a firm's account and an estate-limited token cannot write the register")
    func refused() async throws {
        let server = try await ServerFixture()
        let issued = IssuedToken.generate(name: "sentra-officer", role: .officer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(issued.stored, actor: "test")
        let writes = [
            ("/api/v1/forum/industries", Self.industry), ("/api/v1/forum/needs", #"{"industry": "9130100000011", "item": "x", "process": "welding"}"#),
            ("/api/v1/forum/needs/1/closing", "{}"), ("/api/v1/forums", #"{"code": "F-9", "held_on": "2027-09-01", "venue": "Aula"}"#),
            ("/api/v1/forums/FORUM-2027-03/invitations", #"{"nibs": ["9120983690060"]}"#),
        ]
        for (path, body) in writes {
            #expect(try await server.send(.post, path, as: .viewer, json: body).status == .forbidden, "viewer \(path)")
            #expect(try await server.send(.post, path, firm: TenantAccessTests.firmA, json: body).status == .forbidden, "firm \(path)")
            let limited = try await server.send(.post, path, headers: [.authorization: "Bearer \(issued.text)"], json: body)
            #expect(limited.status == .forbidden, "limited \(path): \(limited.status)")
        }
    }
}
