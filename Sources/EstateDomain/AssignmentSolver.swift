/// Maximum-weight assignment on a dense rectangular matrix (the Hungarian method with
/// potentials, O(rows² × columns)), exact in integer arithmetic.
///
/// A zero weight means "no edge": an assignment that uses it is the same as leaving the row
/// unassigned, so maximising over full assignments of the smaller side gives the maximum-weight
/// matching.
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
        // Costs are negated weights; index 0 is the method's sentinel row and column.
        var cost = [W](repeating: 0, count: (n + 1) * (m + 1))
        for r in 0..<rows {
            for c in 0..<columns {
                let (i, j) = transpose ? (c, r) : (r, c)
                cost[(i + 1) * (m + 1) + j + 1] = -weights[r * columns + c]
            }
        }
        let owner = solve(cost: cost, n: n, m: m)
        var result = [Int?](repeating: nil, count: rows)
        for j in 1...m where owner[j] != 0 {
            let (r, c) = transpose ? (j - 1, owner[j] - 1) : (owner[j] - 1, j - 1)
            if weights[r * columns + c] > 0 { result[r] = c }
        }
        return result
    }

    /// Minimum-cost assignment of rows 1...n to distinct columns 1...m (n ≤ m); returns for each
    /// column the row assigned to it (0 for none).
    private static func solve<W: FixedWidthInteger & SignedInteger>(cost: [W], n: Int, m: Int) -> [Int] {
        let width = m + 1
        var u = [W](repeating: 0, count: n + 1)
        var v = [W](repeating: 0, count: m + 1)
        var owner = [Int](repeating: 0, count: m + 1)
        var way = [Int](repeating: 0, count: m + 1)
        var minv = [W](repeating: W.max, count: m + 1)
        var used = [Bool](repeating: false, count: m + 1)
        cost.withUnsafeBufferPointer { a in
            for i in 1...n {
                owner[0] = i
                var j0 = 0
                for j in 0...m {
                    minv[j] = W.max
                    used[j] = false
                }
                repeat {
                    used[j0] = true
                    let i0 = owner[j0]
                    let row = i0 * width
                    let ui0 = u[i0]
                    var delta = W.max
                    var j1 = 0
                    for j in 1...m where !used[j] {
                        let current = a[row + j] - ui0 - v[j]
                        if current < minv[j] {
                            minv[j] = current
                            way[j] = j0
                        }
                        if minv[j] < delta {
                            delta = minv[j]
                            j1 = j
                        }
                    }
                    for j in 0...m {
                        if used[j] {
                            u[owner[j]] += delta
                            v[j] -= delta
                        } else {
                            minv[j] -= delta
                        }
                    }
                    j0 = j1
                } while owner[j0] != 0
                repeat {
                    let j1 = way[j0]
                    owner[j0] = owner[j1]
                    j0 = j1
                } while j0 != 0
            }
        }
        return owner
    }
}
