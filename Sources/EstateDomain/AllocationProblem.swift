/// The pure matching problem behind an allocation: screened applicants and available plots.
/// Policies work on it alone, so they can be tested and benchmarked on generated instances.
public struct AllocationProblem: Sendable {
    public let applicants: [Applicant]
    public let plots: [Plot]

    /// An applicant who passed screening (not stale, eligible, under the plot limit).
    public struct Applicant: Hashable, Sendable {
        public let nib: NIB
        public let minArea: Area
        public let maxArea: Area
        public let phase: Int?
        /// Waitlist position, 1 = applied first.
        public let rank: Int
        /// Points under the published scoring weights.
        public let score: Int

        public init(nib: NIB, minArea: Area, maxArea: Area, phase: Int?, rank: Int, score: Int) {
            self.nib = nib
            self.minArea = minArea
            self.maxArea = maxArea
            self.phase = phase
            self.rank = rank
            self.score = score
        }

        public func fits(_ plot: Plot) -> Bool {
            minArea <= plot.area && plot.area <= maxArea && (phase.map { $0 == plot.phase } ?? true)
        }
    }

    public init(applicants: [Applicant], plots: [Plot]) {
        self.applicants = applicants.sorted { $0.rank < $1.rank }
        self.plots = plots.sorted { $0.code < $1.code }
    }

    /// For each applicant (in rank order), the indices of the plots it fits.
    public func candidates() -> [[Int]] {
        applicants.map { applicant in plots.indices.filter { applicant.fits(plots[$0]) } }
    }

    /// Assignments and refusals in the applicants' order, from a chosen plot index per applicant.
    func proposal(
        choices: [Int?], reason: (Int) -> AllocationReason
    ) -> (assignments: [Assignment], unassigned: [Refusal]) {
        let fitting = candidates()
        var assignments: [Assignment] = []
        var unassigned: [Refusal] = []
        for (index, applicant) in applicants.enumerated() {
            if let plotIndex = choices[index] {
                let plot = plots[plotIndex]
                assignments.append(
                    Assignment(
                        nib: applicant.nib, plotCode: plot.code, plotArea: plot.area, rank: applicant.rank,
                        reason: reason(index)))
            } else {
                let codes = fitting[index].map { plots[$0].code }
                unassigned.append(
                    Refusal(
                        nib: applicant.nib, rank: applicant.rank,
                        reason: codes.isEmpty ? .noFittingPlot : .fittingPlotsTaken(codes)))
            }
        }
        return (assignments, unassigned)
    }
}
