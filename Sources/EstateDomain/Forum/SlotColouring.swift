/// Splits the meetings chosen for a forum into slots: an edge colouring of a bipartite graph in
/// which no node has more than `colours` edges, with `colours` colours (König's theorem says it
/// always exists). Each edge in turn takes a colour free at both ends; when the free colours
/// differ (`a` free at the left end, `b` at the right), the path from the right end that
/// alternates `a` and `b` has its two colours swapped, which frees `a` there and cannot reach
/// the left end (in a bipartite graph it would arrive on the wrong side). Time: edges × path.
enum SlotColouring {
    /// The colour (0..<colours) of each edge, in the order given. `edges` are (left, right)
    /// pairs, each at most once, no node in more than `colours` of them.
    static func colour(_ edges: [(Int, Int)], left: Int, right: Int, colours: Int) -> [Int] {
        // Nodes: left ones first, then right ones. at[node][colour]: the edge of that colour there.
        var at = [[Int?]](repeating: [Int?](repeating: nil, count: colours), count: left + right)
        var colourOf = [Int](repeating: -1, count: edges.count)
        let ends = edges.map { ($0.0, left + $0.1) }
        for (index, (u, v)) in ends.enumerated() {
            guard let a = at[u].firstIndex(where: { $0 == nil }), let b = at[v].firstIndex(where: { $0 == nil }) else {
                preconditionFailure("a node has more meetings than slots")
            }
            if at[v][a] != nil {
                // Walk from v along a, b, a, … and swap the path's colours.
                var path: [Int] = []
                var node = v
                var colour = a
                while let edge = at[node][colour] {
                    path.append(edge)
                    let (x, y) = ends[edge]
                    node = x == node ? y : x
                    colour = colour == a ? b : a
                }
                for edge in path {
                    let (x, y) = ends[edge]
                    at[x][colourOf[edge]] = nil
                    at[y][colourOf[edge]] = nil
                }
                for edge in path {
                    let (x, y) = ends[edge]
                    let swapped = colourOf[edge] == a ? b : a
                    colourOf[edge] = swapped
                    at[x][swapped] = edge
                    at[y][swapped] = edge
                }
            }
            colourOf[index] = a
            at[u][a] = index
            at[v][a] = index
        }
        return colourOf
    }
}
