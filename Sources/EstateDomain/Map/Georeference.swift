import Foundation

/// Where an estate's site plan lies on the earth (issue 18, item 6): the plan's origin as WGS 84
/// longitude and latitude, kept exactly in ten-millionths of a degree (about 1 cm), and the
/// plan's rotation, the bearing of its y axis clockwise from true north, in thousandths of a
/// degree. Plot outlines stay in local metres; this places them on a map.
public struct Georeference: Hashable, Sendable {
    public let longitudeE7: Int64
    public let latitudeE7: Int64
    public let rotationMillidegrees: Int64

    public init(longitudeE7: Int64, latitudeE7: Int64, rotationMillidegrees: Int64) throws {
        guard (-1_800_000_000...1_800_000_000).contains(longitudeE7) else {
            throw Self.refusal("longitude", Self.text(longitudeE7, 7), "is not from -180 to 180", "e.g. 107.1534")
        }
        // Near a pole the plan's flat metres no longer map to degrees; no estate lies there.
        guard (-850_000_000...850_000_000).contains(latitudeE7) else {
            throw Self.refusal("latitude", Self.text(latitudeE7, 7), "is not from -85 to 85", "e.g. -6.3066")
        }
        guard (-360_000...360_000).contains(rotationMillidegrees) else {
            throw Self.refusal("rotation", Self.text(rotationMillidegrees, 3), "is not from -360 to 360", "e.g. 12.5")
        }
        self.longitudeE7 = longitudeE7
        self.latitudeE7 = latitudeE7
        self.rotationMillidegrees = rotationMillidegrees
    }

    /// Reads degrees as a person writes them, with a point as the decimal mark: `107.1534`,
    /// `-6.3066`, rotation `12.5`; at most 7 decimals (3 for the rotation).
    public init(longitude: String, latitude: String, rotation: String = "0") throws {
        try self.init(
            longitudeE7: try Self.fixed(longitude, field: "longitude", places: 7, example: "107.1534"),
            latitudeE7: try Self.fixed(latitude, field: "latitude", places: 7, example: "-6.3066"),
            rotationMillidegrees: try Self.fixed(rotation, field: "rotation", places: 3, example: "12.5"))
    }

    public var longitudeText: String { Self.text(longitudeE7, 7) }
    public var latitudeText: String { Self.text(latitudeE7, 7) }
    public var rotationText: String { Self.text(rotationMillidegrees, 3) }

    /// A signed decimal with at most `places` decimals as an integer of that many decimals.
    static func fixed(_ text: String, field: String, places: Int, example: String) throws -> Int64 {
        let trimmed = text.trimmingSpaces
        let negative = trimmed.hasPrefix("-")
        let body = negative ? String(trimmed.dropFirst()) : trimmed
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, (1...3).contains(whole.count),
            whole.allSatisfy({ $0.isASCII && $0.isNumber }),
            parts.count == 1 || (1...places).contains(parts[1].count) && parts[1].allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            throw refusal(field, text, "is not degrees with at most \(places) decimals and a point as the decimal mark", "e.g. \(example)")
        }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        let digits = Int64(whole)! * pow10(places) + (Int64(fraction.padding(toLength: places, withPad: "0", startingAt: 0)) ?? 0)
        return negative ? -digits : digits
    }

    static func pow10(_ n: Int) -> Int64 { (0..<n).reduce(1) { value, _ in value * 10 } }

    static func text(_ value: Int64, _ places: Int) -> String {
        let scale = pow10(places)
        let (whole, fraction) = value.magnitude.quotientAndRemainder(dividingBy: UInt64(scale))
        var decimals = String(fraction)
        decimals = String(repeating: "0", count: places - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return (value < 0 ? "-" : "") + String(whole) + (decimals.isEmpty ? "" : "." + decimals)
    }

    static func refusal(_ field: String, _ value: String, _ problem: String, _ example: String) -> InputError {
        InputError(
            field: field, value: value, problem: problem,
            fix: field == "rotation"
                ? "Give the bearing of the plan's y axis in degrees clockwise from true north, \(example)."
                : "Give the site plan's origin in WGS 84 degrees, \(example).")
    }
}
