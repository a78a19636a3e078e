import EstateDomain
import Foundation

/// An estate's plots as GeoJSON (RFC 7946: WGS 84 longitude and latitude, rings counter-clockwise
/// and closed), for `estate export plots --format geojson` and
/// `GET /api/v1/estates/{code}/plots.geojson` (issue 18, item 6): each plot a feature with its
/// code, phase, status on the day, area and tenant; a plot without an outline has no geometry.
public struct PlotsGeoJSON: Encodable, Sendable {
    let type = "FeatureCollection"
    /// GDAL names the layer by it: `plots`.
    let name = "plots"
    /// Foreign members (RFC 7946, 6.1): the estate and the day the statuses are of.
    let estate: String
    let asOf: String
    let features: [Feature]

    struct Feature: Encodable, Sendable {
        let type = "Feature"
        let id: String
        let geometry: Geometry?
        let properties: PlotView

        enum CodingKeys: String, CodingKey { case type, id, geometry, properties }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(geometry, forKey: .geometry)  // null, not left out, when there is none
            try container.encode(properties, forKey: .properties)
        }
    }

    struct Geometry: Encodable, Sendable {
        let type = "Polygon"
        let coordinates: [[[Double]]]
    }

    /// The plots of `estate` on `date`, placed by `georeference`.
    public init(_ estate: Estate, georeference: Georeference, asOf date: CivilDate) {
        let projection = PlanProjection(georeference)
        self.estate = estate.name
        asOf = date.iso
        features = estate.plots.map { plot in
            Feature(
                id: plot.code,
                geometry: plot.outline.map { outline in
                    // Nine decimals of a degree are about 0.1 mm: enough, without binary noise.
                    Geometry(coordinates: [projection.ring(outline).map { [Self.rounded($0.longitude), Self.rounded($0.latitude)] }])
                },
                properties: PlotView(plot: plot, estate: estate, asOf: date))
        }
    }

    static func rounded(_ degrees: Double) -> Double { (degrees * 1e9).rounded() / 1e9 }

    /// The document as GeoJSON text.
    public func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
