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
