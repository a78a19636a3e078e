import EstateDomain
import Foundation
import Testing

/// An estate's georeference and the plan-to-WGS 84 projection (issue 18, item 6): each range on
/// its boundary, degrees read exactly, and the projection's scale, rotation and ring orientation.
@Suite("georeference and projection")
struct GeoreferenceTests {
    @Test(
        "longitude, latitude and rotation on their boundaries",
        arguments: [
            ("180", "0", "0", true), ("180.0000001", "0", "0", false), ("-180", "0", "0", true),
            ("0", "85", "0", true), ("0", "85.0000001", "0", false), ("0", "-85", "0", true),
            ("0", "0", "360", true), ("0", "0", "360.001", false), ("0", "0", "-360", true),
            ("107.1234567", "-6.3", "12.5", true), ("107.12345678", "-6.3", "0", false), ("107,15", "-6.3", "0", false),
            ("", "-6.3", "0", false), ("1e2", "-6.3", "0", false), ("-", "0", "0", false), ("107.", "0", "0", false),
        ])
    func ranges(longitude: String, latitude: String, rotation: String, allowed: Bool) {
        let read = try? Georeference(longitude: longitude, latitude: latitude, rotation: rotation)
        #expect((read != nil) == allowed, "\(longitude) \(latitude) \(rotation)")
    }

    @Test("degrees are read exactly and written back as given")
    func exact() throws {
        let georeference = try Georeference(longitude: "107.1391", latitude: "-6.2987", rotation: "12.5")
        #expect(georeference.longitudeE7 == 1_071_391_000 && georeference.latitudeE7 == -62_987_000)
        #expect(georeference.rotationMillidegrees == 12_500)
        #expect([georeference.longitudeText, georeference.latitudeText, georeference.rotationText] == ["107.1391", "-6.2987", "12.5"])
        #expect(try Georeference(longitude: "-0.0000001", latitude: "0", rotation: "0").longitudeText == "-0.0000001")
    }

    @Test("100 m north is 100 m of meridian arc at the origin; a rotation of 90° turns the plan's y axis east")
    func projection() throws {
        let level = PlanProjection(try Georeference(longitude: "107.1391", latitude: "-6.2987"))
        let origin = level.wgs84(PlanPoint(x: 0, y: 0))
        #expect(origin.longitude == 107.1391 && origin.latitude == -6.2987)
        let north = level.wgs84(PlanPoint(x: 0, y: 10_000))
        // WGS 84's meridional radius at 6.3° S is 6,335,960 m: 100 m is 0.000904 3° of latitude.
        #expect(abs((north.latitude - origin.latitude) - 0.0009043) < 0.0000005 && north.longitude == origin.longitude)
        let turned = PlanProjection(try Georeference(longitude: "107.1391", latitude: "-6.2987", rotation: "90"))
        let east = turned.wgs84(PlanPoint(x: 0, y: 10_000))
        #expect(east.longitude > origin.longitude && abs(east.latitude - origin.latitude) < 1e-12)
    }

    @Test("a ring is closed and counter-clockwise whichever way the plan lists its corners")
    func ring() throws {
        let projection = PlanProjection(try Georeference(longitude: "107.1391", latitude: "-6.2987", rotation: "33"))
        let corners = [PlanPoint(x: 0, y: 0), PlanPoint(x: 2_000, y: 0), PlanPoint(x: 2_000, y: 1_000), PlanPoint(x: 0, y: 1_000)]
        for listed in [corners, corners.reversed()] {
            let ring = projection.ring(try PlanPolygon(vertices: listed))
            #expect(ring.count == 5 && ring.first! == ring.last!)
            let twiceArea = zip(ring, ring.dropFirst()).reduce(0.0) { $0 + $1.0.longitude * $1.1.latitude - $1.1.longitude * $1.0.latitude }
            #expect(twiceArea > 0, "clockwise")
        }
    }
}
