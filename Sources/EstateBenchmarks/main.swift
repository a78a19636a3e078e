import EstateDomain
import Foundation

// Benchmarks of the domain core, run on purpose (never as tests):
//   swift run -c release estate-bench [--rules seeds/rules/eligibility.json] [--out benchmarks/out]
// Prints the forum's optimal meeting schedule against one assignment per slot (--forum-only for
// that alone), tenant evaluations per second (with and without traces) and optimal allocation
// times on random fitting instances, and writes each instance and our result to --out so
// benchmarks/scipy_assignment.py can solve the very same instance with scipy.

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}
let rulesPath = option("--rules", "seeds/rules/eligibility.json")
let outPath = option("--out", "benchmarks/out")
let sizes = option("--sizes", "500,1000,2000").split(separator: ",").compactMap { Int($0) }

let decoder = JSONDecoder()
decoder.keyDecodingStrategy = .convertFromSnakeCase
let ruleBook = try decoder.decode(RuleBook.self, from: Data(contentsOf: URL(fileURLWithPath: rulesPath)))
let evaluator = EligibilityEvaluator(ruleBook: ruleBook)
let asOf = CivilDate(year: 2026, month: 11, day: 22)!

print(
    "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; \(ProcessInfo.processInfo.operatingSystemVersionString)"
)

// The forum's meeting schedule (issue 18): --forum 60,300,10 (large firms, IKM firms, slots).
let forum = option("--forum", "60,300,10").split(separator: ",").compactMap { Int($0) }
if forum.count == 3 {
    try ForumWorkload.run(industries: forum[0], firms: forum[1], slots: forum[2], density: 0.33, out: outPath)
}
if arguments.contains("--forum-only") { exit(0) }

let tenants = EvaluationWorkload.tenants(count: 10_000, seed: 1)
for (label, traced) in [("with trace", true), ("without trace", false)] {
    var eligible = 0
    let rounds = 20
    let elapsed = ContinuousClock().measure {
        for _ in 0..<rounds {
            for tenant in tenants {
                if traced {
                    if (try? evaluator.evaluate(tenant, asOf: asOf))?.eligible == true { eligible += 1 }
                } else if (try? evaluator.isEligible(tenant, asOf: asOf)) == true {
                    eligible += 1
                }
            }
        }
    }
    let count = Double(rounds * tenants.count)
    let rate = count / elapsed.seconds
    print(
        "evaluations \(label): \(Int(rate)) per second (\(Int(count)) in \(String(format: "%.3f", elapsed.seconds)) s, \(eligible / rounds) eligible)"
    )
}

try FileManager.default.createDirectory(atPath: outPath, withIntermediateDirectories: true)
for n in sizes {
    let problem = AllocationProblem.random(applicants: n, plots: n, seed: UInt64(n))
    var result: (assignments: [Assignment], unassigned: [Refusal]) = ([], [])
    var best = Duration.seconds(1_000_000)
    for _ in 0..<(n <= 1000 ? 3 : 1) {
        let elapsed = ContinuousClock().measure { result = problem.optimal() }
        best = min(best, elapsed)
    }
    let housed = result.assignments.count
    let area = result.assignments.reduce(Int64(0)) { $0 + $1.plotArea.squareCentimetres }
    let rankSum = result.assignments.reduce(0) { $0 + $1.rank }
    print(
        "optimal \(n)x\(n): \(String(format: "%.3f", best.seconds)) s, housed \(housed), area \(area) cm², rank sum \(rankSum)"
    )
    try InstanceFile.write(problem, ours: (best.seconds, housed, area, rankSum), to: "\(outPath)/instance-\(n).txt")
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
