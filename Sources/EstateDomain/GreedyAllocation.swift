extension AllocationProblem {
    /// First-fit: in waitlist order, the first available fitting plot by code.
    public func firstFit() -> (assignments: [Assignment], unassigned: [Refusal]) {
        greedy(order: Array(applicants.indices)) { fitting, _ in fitting.first }
            .proposal(in: self) { _, candidates in .firstFit(candidates: candidates) }
    }

    /// Best-fit: in waitlist order, the smallest available fitting plot (then by code).
    public func bestFit() -> (assignments: [Assignment], unassigned: [Refusal]) {
        greedy(order: Array(applicants.indices)) { fitting, plots in fitting.min { plots[$0].area < plots[$1].area } }
            .proposal(in: self) { _, candidates in .bestFit(candidates: candidates) }
    }

    /// Scored: by score (highest first), equal scores ordered by a lottery drawn from `seed` in
    /// waitlist order; each applicant takes the smallest available fitting plot.
    public func scored(seed: UInt64) -> (assignments: [Assignment], unassigned: [Refusal]) {
        var lottery = SeededLottery(seed: seed)
        let draws = applicants.map { _ in lottery.next() }
        let order = applicants.indices.sorted {
            (-applicants[$0].score, draws[$0], applicants[$0].rank) < (
                -applicants[$1].score, draws[$1], applicants[$1].rank
            )
        }
        return greedy(order: order) { fitting, plots in fitting.min { plots[$0].area < plots[$1].area } }
            .proposal(in: self) { index, candidates in
                .scored(score: applicants[index].score, lottery: draws[index], candidates: candidates)
            }
    }

    /// Walks applicants in `order`, letting `choose` pick among the still-free fitting plots.
    private func greedy(order: [Int], choose: ([Int], [Plot]) -> Int?) -> GreedyChoices {
        let fitting = candidates()
        var taken = Set<Int>()
        var choices = [Int?](repeating: nil, count: applicants.count)
        var available = [Int](repeating: 0, count: applicants.count)
        for index in order {
            let free = fitting[index].filter { !taken.contains($0) }
            available[index] = free.count
            if let pick = choose(free, plots) {
                choices[index] = pick
                taken.insert(pick)
            }
        }
        return GreedyChoices(choices: choices, available: available)
    }
}

/// The plot each applicant got from a greedy pass and how many fitting plots were still free.
private struct GreedyChoices {
    let choices: [Int?]
    let available: [Int]

    func proposal(
        in problem: AllocationProblem, reason: (Int, Int) -> AllocationReason
    ) -> (assignments: [Assignment], unassigned: [Refusal]) {
        problem.proposal(choices: choices) { index in reason(index, available[index]) }
    }
}
