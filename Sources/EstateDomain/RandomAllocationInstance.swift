extension AllocationProblem {
    /// A random instance where every applicant fits at least one plot: plot areas of 100 to
    /// 1,000 m² in half square metres, ranges drawn around a random plot's area, a quarter of
    /// applicants tied to one of two phases. For property tests and the benchmark; the same
    /// seed always gives the same instance.
    public static func random(applicants count: Int, plots plotCount: Int, seed: UInt64) -> AllocationProblem {
        var random = SeededLottery(seed: seed)
        let width = String(max(plotCount, 1)).count
        let plots = (0..<plotCount).map { index in
            let code = String(index + 1)
            return try! Plot(
                code: "P-" + String(repeating: "0", count: width - code.count) + code, phase: 1 + index % 2,
                area: Area(squareCentimetres: Int64(200 + random.next() % 1_801) * 5_000))
        }
        let applicants = (0..<count).map { index in
            let anchor = plots.isEmpty ? Area(squareMetres: 300) : plots[Int(random.next() % UInt64(plots.count))].area
            let below = Area(squareMetres: Int64(random.next() % 151))
            let above = Area(squareMetres: Int64(random.next() % 151))
            let low = anchor - below
            let phase: Int? = random.next() % 4 == 0 ? plots.first { $0.area == anchor }?.phase : nil
            return Applicant(
                nib: try! NIB(parsing: String(1_000_000_000_000 + index)),
                minArea: low.squareCentimetres > 0 ? low : anchor, maxArea: anchor + above, phase: phase,
                rank: index + 1, score: Int(random.next() % 101))
        }
        return AllocationProblem(applicants: applicants, plots: plots)
    }
}
