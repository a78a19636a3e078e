import EstateDomain
import Foundation
import Testing

@testable import EstateServer

/// `POST /api/v1/tenants/{nib}/declarations/{fiscal_year}/corrections` (issue 15): an officer
/// corrects a declaration by a new version; the tenant's record lists every version, marked,
/// and its verdict names the version used; bad input is a 422 naming the field, nothing written.
@Suite("HTTP: correcting a declaration")
struct DeclarationCorrectionRoutesTests {
    static let path = "/api/v1/tenants/9120983690060/declarations/2025/corrections"
    static func body(turnover: String = "50000000001", local: Int = 10, reason: String = "omzet salah ketik") -> String {
        #"{"turnover": "\#(turnover)", "workers": 14, "local_workers": \#(local), "investment": 3400000000, "reason": "\#(reason)"}"#
    }

    @Test("a correction is version 2: the record marks version 1 superseded and the verdict names version 2")
    func correct() async throws {
        let server = try await ServerFixture()
        let done = try await server.send(.post, Self.path, as: .officer, json: Self.body())
        #expect(done.status == .ok && done.text.contains("(version 2): omzet salah ketik"), "\(done.text)")
        let again = try await server.send(.post, Self.path, as: .officer, json: Self.body())
        #expect(again.status == .conflict, "\(again.text)")
        let firm = try await server.send(.get, "/api/v1/tenants/9120983690060?as_of=2026-12-31", as: .viewer)
        #expect(firm.text.contains(#""superseded_by" : 2"#) && firm.text.contains(#""correction_reason" : "omzet salah ketik""#), "\(firm.text)")
        let verdict = try await server.send(.get, "/api/v1/tenants/9120983690060/eligibility?as_of=2026-12-31", as: .viewer)
        #expect(verdict.text.contains(#""declaration_version" : 2"#) && verdict.text.contains(#""eligible" : false"#), "\(verdict.text)")
    }

    @Test("bad input is a 422 naming the field; a year never declared a 404; a viewer a 403; nothing written")
    func refusals() async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        for (path, json, field) in [
            (Self.path, Self.body(reason: " "), "reason"),
            (Self.path, Self.body(local: 15), "local_workers"),
            (Self.path, Self.body(turnover: "lima puluh"), "turnover"),
            ("/api/v1/tenants/9120983690060/declarations/dua/corrections", Self.body(), "fiscal_year"),
        ] {
            let refused = try await server.send(.post, path, as: .officer, json: json)
            #expect(refused.status == .unprocessableContent && refused.text.contains(field), "\(json): \(refused.text)")
        }
        let never = try await server.send(.post, "/api/v1/tenants/9120983690060/declarations/2019/corrections", as: .officer, json: Self.body())
        #expect(never.status == .notFound && never.text.contains("2024, 2025"), "\(never.text)")
        #expect(try await server.send(.post, Self.path, as: .viewer, json: Self.body()).status == .forbidden)
        #expect(try await server.store.version() == version, "a refused request wrote something")
    }
}
