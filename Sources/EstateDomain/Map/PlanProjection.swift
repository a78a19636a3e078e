import Foundation

/// Site-plan points (centimetres east and north of the plan's origin, rotated by the plan's
/// bearing) as WGS 84 longitude and latitude (issue 18, item 6). Over an estate's few hundred
/// metres the earth is taken as its tangent plane at the origin, scaled by the ellipsoid's radii of
/// curvature there (meridional for latitude, prime vertical for longitude): the error is about
/// the square of the distance over the earth's radius, a few parts in a million at 1 km.
public struct PlanProjection: Sendable {
    /// WGS 84's semi-major axis (m) and first eccentricity squared.
    static let semiMajorAxis = 6_378_137.0
    static let eccentricitySquared = (1 / 298.257223563) * (2 - 1 / 298.257223563)

    let origin: (longitude: Double, latitude: Double)
    let cosine: Double
    let sine: Double
    /// Metres per radian of latitude and of longitude at the origin.
    let metresPerRadianNorth: Double
    let metresPerRadianEast: Double

    public init(_ georeference: Georeference) {
        let latitude = Double(georeference.latitudeE7) / 1e7
        origin = (Double(georeference.longitudeE7) / 1e7, latitude)
        let theta = Double(georeference.rotationMillidegrees) / 1000 * .pi / 180
        cosine = cos(theta)
        sine = sin(theta)
        let phi = latitude * .pi / 180
        let w = 1 - Self.eccentricitySquared * sin(phi) * sin(phi)
        metresPerRadianNorth = Self.semiMajorAxis * (1 - Self.eccentricitySquared) / (w * w.squareRoot())
        metresPerRadianEast = Self.semiMajorAxis / w.squareRoot() * cos(phi)
    }

    /// The point's longitude and latitude in degrees.
    public func wgs84(_ point: PlanPoint) -> (longitude: Double, latitude: Double) {
        let x = Double(point.x) / 100
        let y = Double(point.y) / 100
        // The plan's y axis points at the bearing θ: east = x cos θ + y sin θ, north = −x sin θ + y cos θ.
        let east = x * cosine + y * sine
        let north = -x * sine + y * cosine
        var longitude = origin.longitude + east / metresPerRadianEast * 180 / .pi
        // Across the antimeridian, back into RFC 7946's −180…180.
        if longitude > 180 { longitude -= 360 } else if longitude < -180 { longitude += 360 }
        return (longitude, origin.latitude + north / metresPerRadianNorth * 180 / .pi)
    }

    /// The outline as a GeoJSON ring: closed, counter-clockwise (RFC 7946's right-hand rule).
    public func ring(_ polygon: PlanPolygon) -> [(longitude: Double, latitude: Double)] {
        // The mapping keeps orientation (its determinant is positive), so the plan's order decides.
        let ordered = polygon.doubledSignedArea > 0 ? polygon.vertices : polygon.vertices.reversed()
        let points = ordered.map(wgs84)
        return points + [points[0]]
    }
}
