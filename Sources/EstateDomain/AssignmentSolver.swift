/// Maximum-weight assignment on a dense rectangular matrix, exact in integer arithmetic.
///
/// The method is the shortest augmenting path with dual potentials (Jonker–Volgenant as
/// simplified by Crouse, 2016, the method scipy's `linear_sum_assignment` uses): one Dijkstra
/// search per row over the columns not yet reached, then one update of the potentials.
///
/// A zero weight means "no edge": using it is the same as leaving the row unassigned, so
/// maximising over full assignments of the smaller side gives the maximum-weight matching.
public enum AssignmentSolver {
    /// For each row, the column it is assigned to (nil when unassigned or only on a zero-weight
    /// pair). `weights` is row-major, `rows × columns`, non-negative.
    public static func maximise<W: FixedWidthInteger & SignedInteger>(
        weights: [W], rows: Int, columns: Int
    ) -> [Int?] {
        precondition(weights.count == rows * columns)
        guard rows > 0, columns > 0 else { return [Int?](repeating: nil, count: rows) }
        let transpose = rows > columns
        let n = transpose ? columns : rows
        let m = transpose ? rows : columns
        // Costs are the heaviest weight minus each weight: non-negative, minimised.
        let heaviest = weights.max() ?? 0
        var cost = [W](repeating: 0, count: n * m)
        for r in 0..<rows {
            for c in 0..<columns {
                let (i, j) = transpose ? (c, r) : (r, c)
                cost[i * m + j] = heaviest - weights[r * columns + c]
            }
        }
        let columnOfRow = cost.withUnsafeBufferPointer { solve(cost: $0, n: n, m: m) }
        var result = [Int?](repeating: nil, count: rows)
        for i in 0..<n {
            let j = columnOfRow[i]
            let (r, c) = transpose ? (j, i) : (i, j)
            if weights[r * columns + c] > 0 { result[r] = c }
        }
        return result
    }

    /// Minimum-cost assignment of every row 0..<n to a distinct column 0..<m (n ≤ m), costs
    /// non-negative; returns each row's column.
    private static func solve<W: FixedWidthInteger & SignedInteger>(cost: UnsafeBufferPointer<W>, n: Int, m: Int)
        -> [Int]
    {
        var u = [W](repeating: 0, count: n)
        var v = [W](repeating: 0, count: m)
        var pathCost = [W](repeating: 0, count: m)
        var path = [Int](repeating: -1, count: m)
        var columnOfRow = [Int](repeating: -1, count: n)
        var rowOfColumn = [Int](repeating: -1, count: m)
        var rowReached = [Bool](repeating: false, count: n)
        var columnReached = [Bool](repeating: false, count: m)
        var remaining = [Int](repeating: 0, count: m)

        u.withUnsafeMutableBufferPointer { u in
            v.withUnsafeMutableBufferPointer { v in
                pathCost.withUnsafeMutableBufferPointer { pathCost in
                    path.withUnsafeMutableBufferPointer { path in
                        rowOfColumn.withUnsafeMutableBufferPointer { rowOfColumn in
                            rowReached.withUnsafeMutableBufferPointer { rowReached in
                                columnReached.withUnsafeMutableBufferPointer { columnReached in
                                    remaining.withUnsafeMutableBufferPointer { remaining in
                                        for startRow in 0..<n {
                                            // Dijkstra from startRow over reduced costs until a free column is reached.
                                            var minimum: W = 0
                                            var open = m
                                            for index in 0..<m {
                                                remaining[index] = m - index - 1
                                                pathCost[index] = W.max
                                                columnReached[index] = false
                                            }
                                            for index in 0..<n { rowReached[index] = false }
                                            var row = startRow
                                            var sink = -1
                                            while sink == -1 {
                                                rowReached[row] = true
                                                let costRow = cost.baseAddress! + row &* m
                                                let ur = u[row]
                                                var lowest = W.max
                                                var lowestIndex = -1
                                                // The caller bounds weights so these sums cannot overflow; wrapping
                                                // arithmetic only spares the hot loop its overflow checks.
                                                let offset = minimum &- ur
                                                for index in 0..<open {
                                                    let j = remaining[index]
                                                    var best = pathCost[j]
                                                    let reduced = offset &+ costRow[j] &- v[j]
                                                    if reduced < best {
                                                        path[j] = row
                                                        pathCost[j] = reduced
                                                        best = reduced
                                                    }
                                                    if best < lowest || (best == lowest && rowOfColumn[j] == -1) {
                                                        lowest = best
                                                        lowestIndex = index
                                                    }
                                                }
                                                minimum = lowest
                                                let j = remaining[lowestIndex]
                                                if rowOfColumn[j] == -1 { sink = j } else { row = rowOfColumn[j] }
                                                columnReached[j] = true
                                                open -= 1
                                                remaining[lowestIndex] = remaining[open]
                                            }
                                            // Update the potentials of what the search reached, then augment along the path.
                                            u[startRow] += minimum
                                            for i in 0..<n where rowReached[i] && i != startRow {
                                                u[i] += minimum - pathCost[columnOfRow[i]]
                                            }
                                            for j in 0..<m where columnReached[j] {
                                                v[j] -= minimum - pathCost[j]
                                            }
                                            var j = sink
                                            while true {
                                                let i = path[j]
                                                rowOfColumn[j] = i
                                                swap(&columnOfRow[i], &j)
                                                if i == startRow { break }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return columnOfRow
    }
}
