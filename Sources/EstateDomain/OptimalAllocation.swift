extension AllocationProblem {
    /// The exact assignment that houses the most applicants, then leases the most plot area,
    /// then favours the earliest applicants (smallest sum of waitlist ranks).
    ///
    /// The three goals are folded into one integer weight per fitting pair,
    /// `K1 + area × K2 + (R + 1 − rank)` with R the largest rank, K2 above any possible sum of
    /// the rank term and K1 above any possible sum of the rest, so the single maximum is the
    /// lexicographic one. Weights are Int64 when the instance allows and Int128 otherwise.
    public func optimal() -> (assignments: [Assignment], unassigned: [Refusal]) {
        let choices: [Int?]
        let n = Int64(applicants.count)
        let totalArea = plots.reduce(Int64(0)) { $0 + $1.area.squareCentimetres }
        let maxRank = Int64(applicants.map(\.rank).max() ?? 0)
        let k2 = n * (maxRank + 1) + 1
        let (k1, k1Overflow) = (totalArea + 1).multipliedReportingOverflow(by: k2)
        let (bound, boundOverflow) = k1.multipliedReportingOverflow(by: 4 * (n + 2))
        if !k1Overflow, !boundOverflow, bound < Int64.max {
            choices = assign(k1: k1, k2: k2, maxRank: maxRank, as: Int64.self)
        } else {
            choices = assign(
                k1: Int128(totalArea + 1) * Int128(k2), k2: Int128(k2), maxRank: Int128(maxRank), as: Int128.self)
        }
        let housed = choices.compactMap { $0 }.count
        let area = choices.compactMap { $0 }.reduce(Area.zero) { $0 + plots[$1].area }
        return proposal(choices: choices) { _ in .optimal(housed: housed, area: area) }
    }

    private func assign<W: FixedWidthInteger & SignedInteger>(k1: W, k2: W, maxRank: W, as _: W.Type) -> [Int?] {
        let rows = applicants.count, columns = plots.count
        var weights = [W](repeating: 0, count: rows * columns)
        for (r, applicant) in applicants.enumerated() {
            let rankBonus = maxRank + 1 - W(applicant.rank)
            for (c, plot) in plots.enumerated() where applicant.fits(plot) {
                weights[r * columns + c] = k1 + W(plot.area.squareCentimetres) * k2 + rankBonus
            }
        }
        return AssignmentSolver.maximise(weights: weights, rows: rows, columns: columns)
    }
}
