/// Exact geometric tests between plan polygons: containment and overlap of interiors.
///
/// Edges that touch are not overlaps: neighbouring plots share a boundary. The overlap test is
/// exact for convex polygons (every plot and phase the association has drawn is a rectangle);
/// for a concave outline it may miss an overlap that touches no vertex, midpoint or crossing.
extension PlanPolygon {
    /// Where a point lies relative to a polygon.
    public enum Location: Sendable { case inside, boundary, outside }

    /// Locates `p` exactly (integer crossing test, boundary detected first).
    public func locate(_ p: PlanPoint) -> Location {
        var inside = false
        for (a, b) in edges {
            if orientation(a, b, p) == 0, min(a.x, b.x) <= p.x, p.x <= max(a.x, b.x),
                min(a.y, b.y) <= p.y, p.y <= max(a.y, b.y)
            {
                return .boundary
            }
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
        let a = doubled, b = other.doubled
        for (p, q) in a.edges {
            for (r, s) in b.edges where properlyCross(p, q, r, s) { return true }
        }
        return a.hasSamplePoint(strictlyInside: b) || b.hasSamplePoint(strictlyInside: a)
    }

    /// True when every part of `self` lies inside `boundary` or on its edge.
    public func lies(within boundary: PlanPolygon) -> Bool {
        let a = doubled, b = boundary.doubled
        for (p, q) in a.edges {
            for (r, s) in b.edges where properlyCross(p, q, r, s) { return false }
        }
        return a.samplePoints.allSatisfy { b.locate($0) != .outside }
    }

    /// The polygon with coordinates doubled, so edge midpoints are integers.
    private var doubled: PlanPolygon {
        PlanPolygon(unchecked: vertices.map { PlanPoint(x: $0.x * 2, y: $0.y * 2) })
    }

    /// Vertices, edge midpoints and (for convex outlines, an interior point) the vertex mean,
    /// rounded towards the first vertex.
    private var samplePoints: [PlanPoint] {
        var points = vertices
        points += edges.map { PlanPoint(x: ($0.0.x + $0.1.x) / 2, y: ($0.0.y + $0.1.y) / 2) }
        let n = Int64(vertices.count)
        points.append(PlanPoint(x: vertices.map(\.x).reduce(0, +) / n, y: vertices.map(\.y).reduce(0, +) / n))
        return points
    }

    private func hasSamplePoint(strictlyInside other: PlanPolygon) -> Bool {
        samplePoints.contains { other.locate($0) == .inside }
    }

    private init(unchecked vertices: [PlanPoint]) { self.vertices = vertices }
}

/// Sign of the turn a → b → c: positive counter-clockwise, zero collinear.
private func orientation(_ a: PlanPoint, _ b: PlanPoint, _ c: PlanPoint) -> Int64 {
    let value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
    return value == 0 ? 0 : (value > 0 ? 1 : -1)
}

/// Segments pq and rs cross at a point inside both (touching or collinear is not crossing).
private func properlyCross(_ p: PlanPoint, _ q: PlanPoint, _ r: PlanPoint, _ s: PlanPoint) -> Bool {
    let o1 = orientation(p, q, r), o2 = orientation(p, q, s)
    let o3 = orientation(r, s, p), o4 = orientation(r, s, q)
    return o1 * o2 < 0 && o3 * o4 < 0
}
