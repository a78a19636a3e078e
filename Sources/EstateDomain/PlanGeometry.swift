/// Exact geometric tests between plan polygons, in integer arithmetic.
///
/// Edges that touch are not overlaps: neighbouring plots share a boundary. Overlap is decided
/// on triangulations (ear clipping) with a separating-axis test per pair of triangles, which is
/// exact for any simple polygon, convex or not. Containment needs a convex outer outline (phase
/// boundaries are drawn as such); `isConvex` lets callers check that first.
extension PlanPolygon {
    /// Where a point lies relative to a polygon.
    public enum Location: Sendable { case inside, boundary, outside }

    /// Locates `p` exactly (integer crossing test, boundary detected first).
    public func locate(_ p: PlanPoint) -> Location {
        var inside = false
        for (a, b) in edges {
            if orientation(a, b, p) == 0, between(a, b, p) { return .boundary }
            if (a.y > p.y) != (b.y > p.y) {
                // p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y), without dividing.
                let lhs = (p.x - a.x) * (b.y - a.y)
                let rhs = (p.y - a.y) * (b.x - a.x)
                if b.y > a.y ? lhs < rhs : lhs > rhs { inside.toggle() }
            }
        }
        return inside ? .inside : .outside
    }

    /// True when the interiors of the two polygons share any area.
    public func overlaps(_ other: PlanPolygon) -> Bool {
        let mine = triangles, theirs = other.triangles
        return mine.contains { a in theirs.contains { b in !separated(a, b) } }
    }

    /// Whether every interior angle is at most 180°.
    public var isConvex: Bool {
        let turns = vertices.indices.map { i in
            orientation(vertices[i], vertices[(i + 1) % vertices.count], vertices[(i + 2) % vertices.count])
        }
        return !(turns.contains { $0 > 0 } && turns.contains { $0 < 0 })
    }

    /// True when every part of `self` lies inside `boundary` or on its edge. `boundary` must be
    /// convex: then it holds exactly when every corner of `self` does.
    public func lies(within boundary: PlanPolygon) -> Bool {
        precondition(boundary.isConvex, "containment is decided for convex boundaries only")
        return vertices.allSatisfy { boundary.locate($0) != .outside }
    }

    /// No two edges meet except consecutive ones at their shared corner.
    var isSimple: Bool {
        let all = edges
        let n = all.count
        for i in 0..<n {
            for j in (i + 1)..<n {
                let adjacent = j == i + 1 || (i == 0 && j == n - 1)
                let (p, q) = all[i], (r, s) = all[j]
                if adjacent {
                    // Consecutive edges may only share their corner, not fold back on each other.
                    let shared = j == i + 1 ? q : p
                    let (far1, far2) = j == i + 1 ? (p, s) : (q, r)
                    if orientation(far1, shared, far2) == 0, dot(far1, shared, far2) > 0 { return false }
                } else if segmentsTouch(p, q, r, s) {
                    return false
                }
            }
        }
        return true
    }

    /// Counter-clockwise triangles covering the polygon, by ear clipping.
    var triangles: [[PlanPoint]] {
        var ring = doubledSignedArea > 0 ? vertices : vertices.reversed()
        ring = ring.indices.compactMap { i in
            let previous = ring[(i + ring.count - 1) % ring.count], next = ring[(i + 1) % ring.count]
            return orientation(previous, ring[i], next) == 0 ? nil : ring[i]
        }
        var result: [[PlanPoint]] = []
        while ring.count > 3 {
            let count = ring.count
            let ear = ring.indices.first { i in
                let a = ring[(i + count - 1) % count], b = ring[i], c = ring[(i + 1) % count]
                guard orientation(a, b, c) > 0 else { return false }
                return !ring.contains { p in
                    p != a && p != b && p != c && orientation(a, b, p) >= 0 && orientation(b, c, p) >= 0
                        && orientation(c, a, p) >= 0
                }
            }
            guard let i = ear else { break }
            result.append([ring[(i + count - 1) % count], ring[i], ring[(i + 1) % count]])
            ring.remove(at: i)
        }
        if ring.count == 3 { result.append(ring) }
        return result
    }
}

/// Two counter-clockwise triangles have disjoint interiors exactly when an edge of one has the
/// whole other triangle on or beyond its outer side.
private func separated(_ a: [PlanPoint], _ b: [PlanPoint]) -> Bool {
    func separates(_ t: [PlanPoint], _ other: [PlanPoint]) -> Bool {
        (0..<3).contains { i in
            let p = t[i], q = t[(i + 1) % 3]
            return other.allSatisfy { orientation(p, q, $0) <= 0 }
        }
    }
    return separates(a, b) || separates(b, a)
}

/// Sign of the turn a → b → c: positive counter-clockwise, zero collinear.
private func orientation(_ a: PlanPoint, _ b: PlanPoint, _ c: PlanPoint) -> Int64 {
    let value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    return value == 0 ? 0 : (value > 0 ? 1 : -1)
}

/// Sign of (a - b)·(c - b): positive when a and c lie on the same side of b.
private func dot(_ a: PlanPoint, _ b: PlanPoint, _ c: PlanPoint) -> Int64 {
    let value = (a.x - b.x) * (c.x - b.x) + (a.y - b.y) * (c.y - b.y)
    return value == 0 ? 0 : (value > 0 ? 1 : -1)
}

/// Whether `p`, known collinear with a and b, lies on the segment ab.
private func between(_ a: PlanPoint, _ b: PlanPoint, _ p: PlanPoint) -> Bool {
    min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
}

/// Whether segments pq and rs share any point.
private func segmentsTouch(_ p: PlanPoint, _ q: PlanPoint, _ r: PlanPoint, _ s: PlanPoint) -> Bool {
    let o1 = orientation(p, q, r), o2 = orientation(p, q, s)
    let o3 = orientation(r, s, p), o4 = orientation(r, s, q)
    if o1 * o2 < 0 && o3 * o4 < 0 { return true }
    return (o1 == 0 && between(p, q, r)) || (o2 == 0 && between(p, q, s)) || (o3 == 0 && between(r, s, p))
        || (o4 == 0 && between(r, s, q))
}

/// A polygon's bounding box: a cheap test that rules most pairs of plots out before the exact
/// `PlanPolygon.overlaps`.
struct PlanBox {
    let minX: Int64, maxX: Int64, minY: Int64, maxY: Int64

    init(_ polygon: PlanPolygon) {
        let xs = polygon.vertices.map(\.x), ys = polygon.vertices.map(\.y)
        minX = xs.min() ?? 0
        maxX = xs.max() ?? 0
        minY = ys.min() ?? 0
        maxY = ys.max() ?? 0
    }

    /// Whether the boxes share interior area (touching edges do not).
    func overlaps(_ other: PlanBox?) -> Bool {
        guard let other else { return false }
        return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}
