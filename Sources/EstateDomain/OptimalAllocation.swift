extension AllocationProblem {
    /// The exact assignment that houses the most applicants, then leases the most plot area,
    /// then favours the earliest applicants (smallest sum of waitlist ranks).
    ///
    /// Each fitting pair weighs `area × K + (R + 1 − rank)`, R the largest rank and K above any
    /// possible sum of the rank term, so the maximum-weight matching first maximises area and
    /// then minimises the rank sum. Maximising area also houses the most applicants: the plots
    /// a matching can cover form a transversal matroid, and with a positive weight per plot the
    /// heaviest independent set is a basis, i.e. as large as any. (The brute-force property
    /// test checks the full three-level objective.) Weights are Int64 when the instance allows
    /// and Int128 otherwise.
    public func optimal() -> (assignments: [Assignment], unassigned: [Refusal]) {
        let choices: [Int?]
        let n = Int64(applicants.count)
        let maxRank = Int64(applicants.map(\.rank).max() ?? 0)
        let largestPlot = plots.map(\.area.squareCentimetres).max() ?? 0
        let k = n * (maxRank + 1) + 1
        let (heaviest, overflow) = largestPlot.multipliedReportingOverflow(by: k)
        // Potentials stay within a few multiples of the heaviest edge; keep a wide margin.
        let (edge, edgeOverflow) = heaviest.addingReportingOverflow(maxRank + 1)
        let (_, boundOverflow) = edge.multipliedReportingOverflow(by: 4 * (n + 2))
        if !overflow, !edgeOverflow, !boundOverflow {
            choices = assign(k: k, maxRank: maxRank, as: Int64.self)
        } else {
            choices = assign(k: Int128(k), maxRank: Int128(maxRank), as: Int128.self)
        }
        let housed = choices.compactMap { $0 }.count
        let area = choices.compactMap { $0 }.reduce(Area.zero) { $0 + plots[$1].area }
        return proposal(choices: choices) { _ in .optimal(housed: housed, area: area) }
    }

    private func assign<W: FixedWidthInteger & SignedInteger>(k: W, maxRank: W, as _: W.Type) -> [Int?] {
        let rows = applicants.count, columns = plots.count
        var weights = [W](repeating: 0, count: rows * columns)
        for (r, applicant) in applicants.enumerated() {
            let rankBonus = maxRank + 1 - W(applicant.rank)
            for (c, plot) in plots.enumerated() where applicant.fits(plot) {
                weights[r * columns + c] = W(plot.area.squareCentimetres) * k + rankBonus
            }
        }
        return AssignmentSolver.maximise(weights: weights, rows: rows, columns: columns)
    }
}
