import EstateDomain
import Foundation
import Testing

@testable import EstateServer

/// `PATCH /api/v1/tenants/{nib}` (issue 15): an officer corrects a firm; bad input is a 422
/// naming the field, and nothing is written.
@Suite("HTTP: correcting a firm")
struct TenantCorrectionRoutesTests {
    @Test("an officer corrects the name; empty, bad and unchanged corrections are refused, a viewer gets 403")
    func correct() async throws {
        let server = try await ServerFixture()
        let path = "/api/v1/tenants/9120477303879"
        for (json, field) in [("{}", "name"), (#"{"npwp": "12"}"#, "npwp"), (#"{"kbli": ["2511"]}"#, "kbli"), (#"{"name": "=HYPERLINK()"}"#, "name")] {
            let refused = try await server.send(.patch, path, as: .officer, json: json)
            #expect(refused.status == .unprocessableContent && refused.text.contains(field), "\(json): \(refused.text)")
        }
        #expect(try await server.send(.patch, path, as: .viewer, json: #"{"name": "X"}"#).status == .forbidden)
        let done = try await server.send(.patch, path, as: .officer, json: #"{"name": "PT Anugerah Bubut Cikarang Jaya"}"#)
        #expect(done.status == .ok, "\(done.text)")
        let again = try await server.send(.patch, path, as: .officer, json: #"{"name": "PT Anugerah Bubut Cikarang Jaya"}"#)
        #expect(again.status == .conflict, "\(again.text)")
        let unknown = try await server.send(.patch, "/api/v1/tenants/9120000000999", as: .officer, json: #"{"name": "X"}"#)
        #expect(unknown.status == .notFound)
        let read = try await server.send(.get, "\(path)?as_of=2026-11-22", as: .viewer)
        #expect(read.text.contains("PT Anugerah Bubut Cikarang Jaya"))
    }
}

/// `PATCH /api/v1/plots/{code}` (issue 15): an admin corrects a plot's measures; an outline
/// that no longer matches is a 409, bad input a 422 naming the field, an officer a 403.
@Suite("HTTP: correcting a plot")
struct PlotCorrectionRoutesTests {
    @Test("an admin corrects A-04; mismatched, empty and bad corrections are refused and write nothing")
    func correct() async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        for (json, status, field) in [
            ("{}", 422, "area_m2"), (#"{"polygon": "0 0;1 0"}"#, 422, "polygon"), (#"{"area_m2": "-3"}"#, 422, "area_m2"),
            (#"{"area_m2": "200"}"#, 409, "0.5 %"),
        ] {
            let refused = try await server.send(.patch, "/api/v1/plots/A-04", as: .admin, json: json)
            #expect(refused.status.code == status && refused.text.contains(field), "\(json): \(refused.text)")
        }
        #expect(try await server.send(.patch, "/api/v1/plots/A-04", as: .officer, json: #"{"area_m2": "151"}"#).status == .forbidden)
        #expect(try await server.store.version() == version, "a refused request wrote something")
        let done = try await server.send(.patch, "/api/v1/plots/A-04", as: .admin, json: #"{"area_m2": "151", "remove_polygon": true}"#)
        #expect(done.status == .ok && done.text.contains("151 m², no outline"), "\(done.text)")
    }
}
