/// A point on the site plan in whole centimetres from the plan's origin (local metres × 100),
/// so that geometry tests are exact integer arithmetic.
public struct PlanPoint: Hashable, Sendable {
    public let x: Int64
    public let y: Int64

    public init(x: Int64, y: Int64) {
        self.x = x
        self.y = y
    }
}

/// A simple polygon outlining a plot or a phase on the site plan.
public struct PlanPolygon: Hashable, Sendable {
    public let vertices: [PlanPoint]

    /// The largest coordinate accepted, in cm (1,000 km): products of coordinate differences
    /// stay far inside Int64.
    public static let coordinateLimit: Int64 = 100_000_000

    /// A simple polygon (its edges meet only at consecutive corners) of 3 to 1,000 corners
    /// within the coordinate limit, enclosing a positive area.
    public init(vertices: [PlanPoint], field: String = "polygon") throws {
        guard
            vertices.allSatisfy({
                $0.x.magnitude <= PlanPolygon.coordinateLimit && $0.y.magnitude <= PlanPolygon.coordinateLimit
            })
        else {
            throw InputError(
                field: field, value: "\(vertices.count) vertices",
                problem: "has a corner more than 1,000 km from the origin",
                fix: "Give corners in local metres from a point on the site.",
                masalah: "memiliki titik sudut yang berjarak lebih dari 1.000 km dari titik asal",
                perbaikan: "Isikan titik sudut dalam meter setempat, diukur dari satu titik di lokasi.")
        }
        guard vertices.count <= 1_000 else {
            throw InputError(
                field: field, value: "\(vertices.count) vertices", problem: "has too many corners",
                fix: "Outline the plot with at most 1,000 corners.",
                masalah: "memiliki terlalu banyak titik sudut",
                perbaikan: "Gambarkan garis batas kavling dengan paling banyak 1.000 titik sudut.")
        }
        guard vertices.count >= 3 else {
            throw InputError(
                field: field, value: "\(vertices.count) vertices", problem: "is not a polygon",
                fix: "Give at least three corners in metres, e.g. 0 0;20 0;20 12.5;0 12.5.",
                masalah: "bukan poligon",
                perbaikan: "Isikan sekurang-kurangnya tiga titik sudut dalam meter, misalnya 0 0;20 0;20 12.5;0 12.5.")
        }
        self.vertices = vertices
        guard doubledSignedArea != 0 else {
            throw InputError(
                field: field, value: "\(vertices.count) vertices", problem: "encloses no area",
                fix: "List the corners in order around the plot.",
                masalah: "tidak melingkupi luas apa pun",
                perbaikan: "Urutkan titik sudut mengelilingi kavling.")
        }
        guard isSimple else {
            throw InputError(
                field: field, value: text, problem: "crosses itself",
                fix: "List the corners in order around the plot, without edges crossing or touching.",
                masalah: "sisi-sisinya saling berpotongan",
                perbaikan: "Urutkan titik sudut mengelilingi kavling, "
                    + "tanpa sisi yang saling berpotongan atau bersinggungan.")
        }
    }

    /// Reads `x y;x y;...` in metres with `.` decimals (up to two, i.e. centimetres).
    public init(parsing text: String, field: String = "polygon") throws {
        var points: [PlanPoint] = []
        for pair in text.split(separator: ";") {
            let coordinates = pair.split(whereSeparator: \.isWhitespace).map { String($0) }
            guard coordinates.count == 2, let x = centimetres(coordinates[0]), let y = centimetres(coordinates[1])
            else {
                throw InputError(
                    field: field, value: text, problem: "has a corner that is not \"x y\" in metres",
                    fix: "Write corners as x y pairs separated by ;, e.g. 0 0;20 0;20 12.5;0 12.5.",
                    masalah: "memiliki titik sudut yang bukan \"x y\" dalam meter",
                    perbaikan: "Tuliskan titik sudut sebagai pasangan x y yang dipisahkan dengan ;, "
                        + "misalnya 0 0;20 0;20 12.5;0 12.5.")
            }
            points.append(PlanPoint(x: x, y: y))
        }
        try self.init(vertices: points, field: field)
    }

    /// The corners as `x y;x y;...` in metres, the form `init(parsing:)` reads.
    public var text: String {
        vertices.map { "\(metres($0.x)) \(metres($0.y))" }.joined(separator: ";")
    }

    /// Twice the signed shoelace area in cm² (positive when counter-clockwise).
    var doubledSignedArea: Int64 {
        var sum: Int64 = 0
        for (a, b) in edges { sum += a.x * b.y - b.x * a.y }
        return sum
    }

    /// The enclosed area (a half cm² rounds down).
    public var area: Area { Area(squareCentimetres: doubledSignedArea.magnitude.asInt64 / 2) }

    var edges: [(PlanPoint, PlanPoint)] {
        vertices.indices.map { (vertices[$0], vertices[($0 + 1) % vertices.count]) }
    }
}

private func centimetres(_ text: String) -> Int64? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole.magnitude <= 1_000_000 else { return nil }
    var cents: Int64 = 0
    if parts.count == 2 {
        guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let f = Int64(parts[1]) else {
            return nil
        }
        cents = parts[1].count == 1 ? f * 10 : f
    }
    return whole * 100 + (parts[0].hasPrefix("-") ? -cents : cents)
}

private func metres(_ cm: Int64) -> String {
    let sign = cm < 0 ? "-" : ""
    let whole = cm.magnitude / 100
    let cents = cm.magnitude % 100
    if cents == 0 { return "\(sign)\(whole)" }
    return cents % 10 == 0 ? "\(sign)\(whole).\(cents / 10)" : "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
}

extension UInt64 {
    var asInt64: Int64 { Int64(clamping: self) }
}
