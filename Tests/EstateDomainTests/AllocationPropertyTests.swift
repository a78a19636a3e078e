import EstateDomain
import PropertyBased
import Testing

@Suite("Allocation properties on random instances")
struct AllocationPropertyTests {
    typealias Result = (assignments: [Assignment], unassigned: [Refusal])

    static func allPolicies(_ problem: AllocationProblem, seed: UInt64) -> [(String, Result)] {
        [
            ("first-fit", problem.firstFit()), ("best-fit", problem.bestFit()), ("scored", problem.scored(seed: seed)),
            ("optimal", problem.optimal()),
        ]
    }

    static func objective(_ result: Result) -> AllocationObjective {
        AllocationObjective(
            housed: result.assignments.count, area: result.assignments.reduce(.zero) { $0 + $1.plotArea },
            rankSum: result.assignments.reduce(0) { $0 + $1.rank })
    }

    @Test("no plot twice, every plot within the applicant's range, every applicant answered")
    func soundness() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...25), Gen.int(in: 0...25), Gen.uint64(in: 0...UInt64.max))
        {
            applicants, plots, seed in
            let problem = AllocationProblem.random(applicants: applicants, plots: plots, seed: seed)
            for (policy, result) in Self.allPolicies(problem, seed: seed) {
                let codes = result.assignments.map(\.plotCode)
                #expect(Set(codes).count == codes.count, "\(policy) gave a plot twice")
                for assignment in result.assignments {
                    let applicant = problem.applicants.first { $0.nib == assignment.nib }!
                    let plot = problem.plots.first { $0.code == assignment.plotCode }!
                    #expect(applicant.fits(plot), "\(policy) gave \(plot.code) outside the range of \(applicant.nib)")
                }
                let answered = (result.assignments.map(\.nib) + result.unassigned.map(\.nib)).sorted()
                #expect(answered == problem.applicants.map(\.nib).sorted(), "\(policy) lost or duplicated an applicant")
            }
        }
    }

    @Test("optimal is never worse than any other policy")
    func optimalDominates() async {
        await propertyCheck(count: 150, input: Gen.int(in: 1...30), Gen.int(in: 1...30), Gen.uint64(in: 0...UInt64.max))
        {
            applicants, plots, seed in
            let problem = AllocationProblem.random(applicants: applicants, plots: plots, seed: seed)
            let results = Self.allPolicies(problem, seed: seed)
            let best = Self.objective(results.last!.1)
            for (policy, result) in results.dropLast() {
                #expect(Self.objective(result) <= best, "\(policy) beat optimal")
            }
        }
    }

    @Test("optimal equals brute force on small instances")
    func optimalIsExact() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...6), Gen.int(in: 0...6), Gen.uint64(in: 0...UInt64.max)) {
            applicants, plots, seed in
            let problem = AllocationProblem.random(applicants: applicants, plots: plots, seed: seed)
            #expect(Self.objective(problem.optimal()) == BruteForce.best(problem))
        }
    }

    @Test("the same input and seed give the same proposal; another seed may reorder ties")
    func deterministic() {
        let problem = AllocationProblem.random(applicants: 40, plots: 30, seed: 7)
        #expect(problem.scored(seed: 11).assignments == problem.scored(seed: 11).assignments)
        #expect(problem.optimal().assignments == problem.optimal().assignments)
        #expect(AllocationProblem.random(applicants: 40, plots: 30, seed: 7).applicants == problem.applicants)
    }

    @Test("optimal prefers housing more applicants over leasing more area")
    func countBeforeArea() throws {
        let plots = [
            try Plot(code: "A-01", phase: 1, area: Area(squareMetres: 500)),
            try Plot(code: "A-02", phase: 1, area: Area(squareMetres: 200)),
        ]
        let applicants = [
            AllocationProblem.Applicant(
                nib: Fixtures.nib(1), minArea: Area(squareMetres: 200), maxArea: Area(squareMetres: 500), phase: nil,
                rank: 1, score: 0),
            AllocationProblem.Applicant(
                nib: Fixtures.nib(2), minArea: Area(squareMetres: 400), maxArea: Area(squareMetres: 600), phase: nil,
                rank: 2, score: 0),
        ]
        let problem = AllocationProblem(applicants: applicants, plots: plots)
        // first-fit gives A-01 to the first applicant and leaves the second without a plot.
        #expect(problem.firstFit().assignments.count == 1)
        let optimal = problem.optimal().assignments
        #expect(optimal.map(\.plotCode) == ["A-02", "A-01"])
    }
}

/// Every matching of a small instance, to check the optimal policy against.
enum BruteForce {
    static func best(_ problem: AllocationProblem) -> AllocationObjective {
        var best = AllocationObjective(housed: 0, area: .zero, rankSum: 0)
        var used = Set<Int>()
        func visit(_ index: Int, _ current: AllocationObjective) {
            guard index < problem.applicants.count else {
                if best < current { best = current }
                return
            }
            visit(index + 1, current)
            let applicant = problem.applicants[index]
            for (p, plot) in problem.plots.enumerated() where !used.contains(p) && applicant.fits(plot) {
                used.insert(p)
                visit(
                    index + 1,
                    AllocationObjective(
                        housed: current.housed + 1, area: current.area + plot.area,
                        rankSum: current.rankSum + applicant.rank))
                used.remove(p)
            }
        }
        visit(0, best)
        return best
    }
}
