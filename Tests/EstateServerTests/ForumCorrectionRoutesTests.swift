import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The forum's register corrected over HTTP (issue 18, item 1): only the fields a body gives
/// change; a bad value, a field both given and cleared, an unknown key or a body that changes
/// nothing is refused naming it (422) and writes nothing; an unknown record is a 404; only an
/// officer with a token for every estate may.
@Suite("HTTP: the forum's register corrected")
struct ForumCorrectionRoutesTests {
    static let industry = "9130100000011"

    @Test("an industry: name and KBLI corrected, contact removed; refusals name their field")
    func industry() async throws {
        let server = try await ServerFixture()
        let path = "/api/v1/forum/industries/\(Self.industry)"
        let renamed = try await server.send(.patch, path, as: .officer, json: #"{"name": "PT Otomotif Nusantara Raya (fiktif)", "kbli": "29100; 29300"}"#)
        #expect(renamed.status == .ok, "\(renamed.status) \(renamed.text.prefix(300))")
        #expect(renamed.object["name"] as? String == "PT Otomotif Nusantara Raya (fiktif)")
        #expect(renamed.object["kbli"] as? [String] == ["29100", "29300"], "\(renamed.text.prefix(300))")
        #expect(renamed.object["location"] as? String != nil, "a field not given is kept")
        let cleared = try await server.send(.patch, path, as: .officer, json: #"{"clear": ["contact"]}"#)
        #expect(cleared.status == .ok && cleared.object["contact"] == nil, "\(cleared.text.prefix(300))")
        let version = try await server.store.version()
        for (body, field) in [
            (#"{"kbli": "2910"}"#, "kbli"), (#"{"kbli": "29100;29100"}"#, "dua kali"),
            (#"{"kbli": "10110;10120;10130;10211;10212;10213;10291;10292;10293;10294;10299"}"#, "lebih dari 10"), (#"{"name": " "}"#, "name"), (#"{"colour": "red"}"#, "colour"),
            (#"{"clear": ["location"]}"#, "location"), (#"{"contact": "021-1", "clear": ["contact"]}"#, "clear"), ("{}", "name"),
        ] {
            let refused = try await server.send(.patch, path, as: .officer, json: body)
            #expect(refused.status.code == 422 && refused.text.contains(field), "\(body): \(refused.status) \(refused.text.prefix(200))")
        }
        let same = try await server.send(.patch, path, as: .officer, json: #"{"location": "Kawasan Industri Jababeka, Cikarang Utara"}"#)
        #expect(same.status == .conflict, "a change to the same value is refused: \(same.status)")
        #expect(try await server.send(.patch, "/api/v1/forum/industries/9130100000999", as: .officer, json: #"{"name": "PT X"}"#).status == .notFound)
        #expect(try await server.send(.patch, "/api/v1/forum/industries/91301", as: .officer, json: #"{"name": "PT X"}"#).status.code == 422)
        #expect(try await server.store.version() == version, "a refused correction wrote something")
        let shown = try await server.send(.get, "/api/v1/forum/industries", as: .viewer)
        #expect(shown.text.contains("PT Otomotif Nusantara Raya (fiktif)"))
    }

    @Test("a need: item, volume and certifications corrected, deadline cleared; refusals name their field")
    func need() async throws {
        let server = try await ServerFixture()
        let added = try await server.send(
            .post, "/api/v1/forum/needs", as: .officer,
            json: #"{"industry": "9130100000011", "item": "braket", "process": "stamping", "material": "SPCC", "requires": ["tkdn:40"], "deadline": "2027-06-30", "opened_on": "2026-12-01"}"#)
        let id = try #require(added.object["id"] as? Int, "\(added.text.prefix(300))")
        let path = "/api/v1/forum/needs/\(id)"
        let corrected = try await server.send(
            .patch, path, as: .officer, json: #"{"item": "braket mesin", "volume_per_month": 5000, "requires": [], "prefers": ["iso_9001"], "clear": ["deadline"]}"#)
        #expect(corrected.status == .ok, "\(corrected.status) \(corrected.text.prefix(300))")
        #expect(corrected.object["item"] as? String == "braket mesin")
        #expect(corrected.object["volume_per_month"] as? Int == 5000)
        #expect(corrected.object["deadline"] == nil, "cleared: \(corrected.text.prefix(400))")
        #expect(corrected.object["material"] as? String == "SPCC", "kept")
        #expect(!corrected.text.contains("tkdn"), "the required list was replaced by none: \(corrected.text.prefix(400))")
        #expect(corrected.text.contains("iso_9001"))
        let version = try await server.store.version()
        for (body, field) in [
            (#"{"process": "drilling"}"#, "drilling"), (#"{"clear": ["item"]}"#, "clear"), (#"{"material": "baja", "clear": ["material"]}"#, "clear"),
            (#"{"requires": ["tkdn"]}"#, "tkdn"), (#"{"volume_per_month": 0}"#, "volume_per_month"), (#"{"deadline": "2026-11-30"}"#, "deadline"),
            (#"{"industry": "9130100000037"}"#, "industry"), ("{}", "clear"),
        ] {
            let refused = try await server.send(.patch, path, as: .officer, json: body)
            #expect(refused.status.code == 422 && refused.text.contains(field), "\(body): \(refused.status) \(refused.text.prefix(200))")
        }
        for (body, field) in [
            (#"{"requires": ["bogus"]}"#, "requires"), (#"{"prefers": ["tkdn:abc"]}"#, "prefers"), (#"{"requires": ["tkdn"]}"#, "requires"),
            (#"{"requires": ["iso_9001", "iso_9001"]}"#, "requires"), (#"{"prefers": ["tkdn:40", "tkdn:50"]}"#, "prefers"),
        ] {
            let refused = try await server.send(.patch, path, as: .officer, json: body)
            #expect(refused.status.code == 422 && refused.object["field"] as? String == field, "\(body): \(refused.text.prefix(200))")
        }
        let same = try await server.send(.patch, path, as: .officer, json: #"{"item": "braket mesin"}"#)
        #expect(same.status == .conflict, "a change to the same value is refused: \(same.status)")
        let unknown = try await server.send(.patch, "/api/v1/forum/needs/99999?lang=id", as: .officer, json: #"{"item": "x"}"#)
        #expect(unknown.status == .notFound && unknown.text.contains("kebutuhan 99999 tidak ada"), "\(unknown.text.prefix(300))")
        #expect(try await server.send(.patch, "/api/v1/forum/needs/abc", as: .officer, json: #"{"item": "x"}"#).status.code == 422)
        #expect(try await server.store.version() == version, "a refused correction wrote something")
    }

    @Test("a partnership's terms set, then cleared by `clear`; a name that is not a term refused")
    func partnershipTermsCleared() async throws {
        let server = try await ServerFixture()
        let path = "/api/v1/tenants/9120510758287/partnerships/correction"
        let which = #""partner": "PT Otomotif Nusantara Jaya (fiktif)", "product": "pelat stamping bodi""#
        let set = try await server.send(.post, path, as: .officer, json: "{\(which), \"value_per_year\": 400000000, \"jobs\": 3}")
        #expect(set.status == .ok, "\(set.status) \(set.text.prefix(300))")
        func terms() async throws -> String {
            let listed = try await server.send(.get, "/api/v1/partnerships?as_of=2026-12-01", as: .viewer)
            let items = listed.object["items"] as? [[String: Any]] ?? []
            let row = items.first { $0["nib"] as? String == "9120510758287" && $0["product"] as? String == "pelat stamping bodi" }
            return "\(row?["value_per_year"] ?? "none") \(row?["jobs"] ?? "none")"
        }
        #expect(try await terms() == "400000000 3")
        let cleared = try await server.send(.post, path, as: .officer, json: "{\(which), \"clear\": [\"value_per_year\"]}")
        #expect(cleared.status == .ok, "\(cleared.status) \(cleared.text.prefix(300))")
        #expect(try await terms() == "none 3")
        let version = try await server.store.version()
        let bad = try await server.send(.post, path, as: .officer, json: "{\(which), \"clear\": [\"product\"]}")
        #expect(bad.status.code == 422 && bad.object["field"] as? String == "clear", "\(bad.text.prefix(300))")
        let issued = IssuedToken.generate(name: "sentra-officer", role: .officer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(issued.stored, actor: "test")
        let limited = try await server.send(
            .post, "/api/v1/estates/SENTRA-SETU/tenants/9120510758287/partnerships/correction",
            headers: [.authorization: "Bearer \(issued.text)"], json: "{\(which), \"clear\": [\"jobs\"]}")
        #expect(limited.status == .forbidden, "clearing a term is writing it: \(limited.status)")
        #expect(try await server.store.version() == version)
    }

    @Test("a viewer, the regency office, a firm's account and an estate-limited officer cannot correct")
    func refused() async throws {
        let server = try await ServerFixture()
        let issued = IssuedToken.generate(name: "sentra-officer", role: .officer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(issued.stored, actor: "test")
        let version = try await server.store.version()
        for path in ["/api/v1/forum/industries/\(Self.industry)", "/api/v1/forum/needs/1"] {
            let body = path.contains("needs") ? #"{"item": "x"}"# : #"{"name": "PT X"}"#
            for role in [APIRole.viewer, .regency] {
                #expect(try await server.send(.patch, path, as: role, json: body).status == .forbidden, "\(role) \(path)")
            }
            #expect(try await server.send(.patch, path, firm: TenantAccessTests.firmA, json: body).status == .forbidden, "firm \(path)")
            let limited = try await server.send(.patch, path, headers: [.authorization: "Bearer \(issued.text)"], json: body)
            #expect(limited.status == .forbidden, "limited \(path): \(limited.status)")
        }
        #expect(try await server.store.version() == version)
    }
}
