import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// `GET /api/v1/plots.geojson` and `/api/v1/estates/{estate}/plots.geojson` (issue 18, item 6):
/// each estate's plots as GeoJSON from the sample's georeferences; a firm's account refused (the
/// map names every plot's tenant).
@Suite("HTTP: plots on a map")
struct MapRoutesTests {
    @Test("each estate's plots as GeoJSON features, WGS 84 in Kabupaten Bekasi; a tenant refused")
    func geojson() async throws {
        let server = try await ServerFixture()
        for (path, count) in [("/api/v1/plots.geojson", 28), ("/api/v1/estates/SENTRA-SETU/plots.geojson", 8)] {
            let response = try await server.send(.get, path + "?as_of=2026-11-22", as: .viewer)
            #expect(response.status == .ok && response.headers[.contentType] == "application/geo+json", "\(path)")
            #expect(response.object["type"] as? String == "FeatureCollection" && response.object["name"] as? String == "plots")
            let features = try #require(response.object["features"] as? [[String: Any]])
            #expect(features.count == count, "\(path)")
            for feature in features {
                let ring = try #require(((feature["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])?.first)
                // Kabupaten Bekasi: about 106.95–107.3° E, 6.0–6.5° S.
                #expect(ring.allSatisfy { (106.9...107.3).contains($0[0]) && (-6.5 ... -6.0).contains($0[1]) })
                #expect(ring.first! == ring.last!)
            }
        }
        let tenant = try await server.send(.get, "/api/v1/plots.geojson", firm: TenantAccessTests.firmA)
        #expect(tenant.status == .forbidden)
        let bad = try await server.send(.get, "/api/v1/plots.geojson?as_of=2026-02-30", as: .viewer)
        #expect(bad.status.code == 422 && bad.text.contains("as_of"))
    }
}
