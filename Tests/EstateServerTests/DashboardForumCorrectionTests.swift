import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The forum page's corrections (issue 18, item 1): an officer corrects a large industry and an
/// open need; an empty field keeps what is stored, a ticked box empties an optional field; a
/// refused form comes back with its values in the caller's language and writes nothing; a viewer
/// and the regency office see no correction form and are refused the route.
@Suite("dashboard: the forum's register corrected")
struct DashboardForumCorrectionTests {
    static let industry = "9130100000011"

    @Test("an industry renamed and its contact removed; a bad KBLI and an empty form refused, values kept", arguments: ["id", "en"])
    func industry(lang: String) async throws {
        let server = try await ServerFixture()
        func post(_ fields: [(String, String)]) async throws -> TestResponse {
            try await DashboardForumTests.post(server, .officer, lang: lang, "/dashboard/forum/industries/correction", fields)
        }
        let page = try await server.send(.get, "/dashboard/forum", headers: [.cookie: "\(server.sessions[.officer]!); lang=\(lang)"])
        #expect(page.text.contains("/dashboard/forum/industries/correction") && page.text.contains("/dashboard/forum/needs/correction"))
        let version = try await server.store.version()
        let refused = try await post([("nib", Self.industry), ("kbli", "2910"), ("location", "Cikarang Barat")])
        #expect(refused.status == .unprocessableContent, "\(refused.status)")
        #expect(refused.text.contains(#"value="2910""#) && refused.text.contains(#"value="Cikarang Barat""#), "values kept")
        #expect(refused.text.contains(lang == "id" ? "Ditolak, tidak ada yang ditulis" : "Refused, nothing written"))
        let empty = try await post([("nib", Self.industry)])
        #expect(empty.status == .unprocessableContent && empty.text.contains(lang == "id" ? "tidak mengubah apa pun" : "changes nothing"))
        let both = try await post([("nib", Self.industry), ("contact", "021-1"), ("clear_contact", "on")])
        #expect(both.status == .unprocessableContent && both.text.contains("checked"), "the ticked box comes back ticked")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let renamed = try await post([("nib", Self.industry), ("name", "PT Otomotif Nusantara Raya (fiktif)"), ("clear_contact", "on")])
        #expect(renamed.status == .seeOther && renamed.headers[.location] == "/dashboard/forum?done=industry-corrected", "\(renamed.text.prefix(300))")
        let stored = try #require(try await server.store.forumRegister().industries.first { $0.nib.digits == Self.industry })
        #expect(stored.name == "PT Otomotif Nusantara Raya (fiktif)" && stored.contact == nil)
        #expect(stored.location == "Kawasan Industri Jababeka, Cikarang Utara", "an empty field keeps the stored value")
    }

    @Test("a need's item corrected and its deadline emptied; a bad process refused")
    func need() async throws {
        let server = try await ServerFixture()
        let before = try #require(try await server.store.forumRegister().needs.first { $0.deadline != nil && $0.closedOn == nil })
        func post(_ fields: [(String, String)]) async throws -> TestResponse {
            try await DashboardForumTests.post(server, .officer, lang: "en", "/dashboard/forum/needs/correction", fields)
        }
        let version = try await server.store.version()
        let refused = try await post([("id", String(before.id)), ("process", "drilling"), ("item", "braket baru")])
        #expect(refused.status == .unprocessableContent && refused.text.contains(#"value="braket baru""#), "\(refused.status)")
        let both = try await post([("id", String(before.id)), ("deadline", "2027-12-31"), ("clear_deadline", "on")])
        #expect(both.status == .unprocessableContent && both.text.contains("both"), "\(both.text.prefix(200))")
        #expect(try await server.store.version() == version)
        let corrected = try await post([("id", String(before.id)), ("item", "braket baru"), ("prefers", "halal"), ("clear_deadline", "on")])
        #expect(corrected.status == .seeOther && corrected.headers[.location] == "/dashboard/forum?done=need-corrected", "\(corrected.text.prefix(300))")
        let after = try #require(try await server.store.forumRegister().needs.first { $0.id == before.id })
        #expect(after.item == "braket baru" && after.deadline == nil && after.process == before.process && after.material == before.material)
        #expect(after.certifications.filter { !$0.required }.map(\.kind) == [.halal])
        #expect(after.certifications.filter(\.required) == before.certifications.filter(\.required), "the required list kept")
    }

    @Test("a viewer and the regency office see no correction form and are refused the routes")
    func readers() async throws {
        let server = try await ServerFixture()
        for role in [APIRole.viewer, .regency] {
            let page = try await server.send(.get, "/dashboard/forum", headers: [.cookie: "\(server.sessions[role]!); lang=en"])
            #expect(page.status == .ok && !page.text.contains("/correction"), "\(role)")
            for path in ["/dashboard/forum/industries/correction", "/dashboard/forum/needs/correction"] {
                let refused = try await DashboardForumTests.post(server, role, lang: "en", path, [("nib", Self.industry), ("name", "PT X")])
                #expect(refused.status == .forbidden, "\(role) \(path): \(refused.status)")
            }
        }
    }
}
