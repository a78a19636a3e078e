import EstateDomain
import Hummingbird

extension ReadRoutes {
    /// `GET /api/v1/plots.geojson` (and under `/estates/{estate}/`): the estate's plots on the
    /// `as_of` day as GeoJSON, from the one use case `estate export plots --format geojson` runs.
    func plotsGeoJSON(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let document = try await api.operations.plotsGeoJSON(asOf: date)
        return APISupport.text(try document.text(), type: "application/geo+json")
    }
}
