import EstateDomain
import EstateStore
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
        let reached = try await server.send(.patch, path, as: .officer, json: #"{"address": "Jl. Industri 5", "contact": "Bu Sari"}"#)
        #expect(reached.status == .ok, "\(reached.text)")
        let shown = try await server.send(.get, "\(path)?as_of=2026-11-22", as: .viewer)
        #expect(shown.text.contains(#""address" : "Jl. Industri 5""#) && shown.text.contains(#""contact" : "Bu Sari""#), "\(shown.text)")
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
            let refused = try await server.send(.patch, "/api/v1/plots/A-04", as: .admin, headers: [.acceptLanguage: "en"], json: json)
            #expect(refused.status.code == status && refused.text.contains(field), "\(json): \(refused.text)")
        }
        #expect(try await server.send(.patch, "/api/v1/plots/A-04", as: .officer, json: #"{"area_m2": "151"}"#).status == .forbidden)
        #expect(try await server.store.version() == version, "a refused request wrote something")
        let done = try await server.send(.patch, "/api/v1/plots/A-04", as: .admin, json: #"{"area_m2": "151", "remove_polygon": true}"#)
        #expect(done.status == .ok && done.text.contains("151 m², no outline"), "\(done.text)")
    }
}

/// `POST /api/v1/leases/{plot}/rescheduling` (issue 15): an admin moves a lease not yet started;
/// a started lease is a 409, a missing change or a bad date a 422 naming the field.
@Suite("HTTP: moving a lease not yet started")
struct LeaseReschedulingRoutesTests {
    @Test("a future lease on A-04 moves; A-03's running lease, empty and bad bodies are refused")
    func reschedule() async throws {
        let server = try await ServerFixture()
        try await server.leaseAhead(end: nil)
        let version = try await server.store.version()
        for (path, json, status, text) in [
            ("/api/v1/leases/A-04/rescheduling", #"{"start": "2031-01-01"}"#, 422, "new_start"),
            ("/api/v1/leases/A-04/rescheduling", #"{"start": "2031-01-01", "end": "2031-02-30"}"#, 422, "end"),
            ("/api/v1/leases/A-04/rescheduling", #"{"start": "2030-01-01", "open_end": true}"#, 404, "2031-01-01"),
            ("/api/v1/leases/A-03/rescheduling", #"{"start": "2022-01-01", "end": "2027-06-01"}"#, 409, "has started"),
        ] {
            let refused = try await server.send(.post, path, as: .admin, headers: [.acceptLanguage: "en"], json: json)
            #expect(refused.status.code == status && refused.text.contains(text), "\(json): \(refused.text)")
        }
        #expect(try await server.store.version() == version, "a refused request wrote something")
        let moved = try await server.send(
            .post, "/api/v1/leases/A-04/rescheduling", as: .admin, json: #"{"start": "2031-01-01", "new_start": "2031-03-01", "end": "2036-03-01"}"#)
        #expect(moved.status == .ok && moved.text.contains("from 2031-03-01 until 2036-03-01"), "\(moved.text)")
    }
}
