import EstateDomain
import Foundation

/// The forum benchmark (issue 18, item 4): a forum of the size the regency holds, 60 large firms
/// and 300 IKM firms over 10 slots, each large firm matched with about a third of the IKM firms
/// (scores 1–100). Times the optimal schedule and, as the peer, one maximum-weight assignment
/// per slot in turn; prints both objectives, the schedule's proven bound and the ratios, and
/// writes the instance so that `benchmarks/scipy_forum_lp.py` can solve the same relaxation.
enum ForumWorkload {
    static func candidates(industries: Int, firms: Int, density: Double, seed: UInt64) -> [MeetingCandidate] {
        var random = SeededLottery(seed: seed)
        var candidates: [MeetingCandidate] = []
        for industry in 0..<industries {
            for firm in 0..<firms where Double.random(in: 0..<1, using: &random) < density {
                candidates.append(MeetingCandidate(industry: industry, firm: firm, score: Int.random(in: 1...100, using: &random)))
            }
        }
        return candidates
    }

    static func slotBySlot(_ candidates: [MeetingCandidate], industries: Int, firms: Int, slots: Int) -> Int {
        var left = Dictionary(candidates.map { ($0.industry * firms + $0.firm, $0.score) }, uniquingKeysWith: max)
        var total = 0
        for _ in 0..<slots {
            var weights = [Int](repeating: 0, count: industries * firms)
            for (cell, points) in left { weights[cell] = points }
            for (industry, firm) in AssignmentSolver.maximise(weights: weights, rows: industries, columns: firms).enumerated() {
                guard let firm, let points = left.removeValue(forKey: industry * firms + firm) else { continue }
                total += points
            }
        }
        return total
    }

    static func run(industries: Int, firms: Int, slots: Int, density: Double, out: String) throws {
        let candidates = candidates(industries: industries, firms: firms, density: density, seed: 18)
        var schedule: MeetingSchedule?
        var best = Duration.seconds(1_000_000)
        for _ in 0..<3 {
            let elapsed = ContinuousClock().measure {
                schedule = MeetingScheduler.schedule(
                    industries: industries, firms: firms, candidates: candidates, slots: slots)
            }
            best = min(best, elapsed)
        }
        var greedy = 0
        let greedyTime = ContinuousClock().measure {
            greedy = slotBySlot(candidates, industries: industries, firms: firms, slots: slots)
        }
        guard let schedule else { return }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let peerSeconds = Double(greedyTime.components.seconds) + Double(greedyTime.components.attoseconds) / 1e18
        print(
            "forum \(industries) large × \(firms) IKM × \(slots) slots, \(candidates.count) candidate pairs: "
                + "optimal \(String(format: "%.3f", seconds)) s, \(schedule.meetings.count) meetings, objective "
                + "\(schedule.objective), proven bound \(schedule.bound) (objective/bound "
                + "\(String(format: "%.6f", Double(schedule.objective) / Double(max(1, schedule.bound)))))")
        print(
            "forum peer, one assignment per slot: \(String(format: "%.3f", peerSeconds)) s, objective \(greedy) "
                + "(\(String(format: "%.4f", Double(greedy) / Double(max(1, schedule.objective)))) of the optimum; "
                + "time \(String(format: "%.2f", seconds / max(peerSeconds, 1e-9)))× the peer's)")
        var text = "slots \(slots)\nours \(schedule.objective) \(schedule.bound)\n"
        for candidate in candidates { text += "pair \(candidate.industry) \(candidate.firm) \(candidate.score)\n" }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try text.write(toFile: "\(out)/forum.txt", atomically: true, encoding: .utf8)
    }
}
