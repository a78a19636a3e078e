import EstateDomain
import Foundation

/// Writes an allocation instance and our result as plain text for benchmarks/scipy_assignment.py:
///   ours SECONDS HOUSED AREA_CM2 RANK_SUM
///   plot CODE PHASE AREA_CM2            (one line per plot)
///   applicant RANK MIN_CM2 MAX_CM2 PHASE (PHASE 0 = any; one line per applicant)
enum InstanceFile {
    static func write(
        _ problem: AllocationProblem, ours: (seconds: Double, housed: Int, area: Int64, rankSum: Int), to path: String
    ) throws {
        var lines = ["ours \(ours.seconds) \(ours.housed) \(ours.area) \(ours.rankSum)"]
        lines += problem.plots.map { "plot \($0.code) \($0.phase) \($0.area.squareCentimetres)" }
        lines += problem.applicants.map {
            "applicant \($0.rank) \($0.minArea.squareCentimetres) \($0.maxArea.squareCentimetres) \($0.phase ?? 0)"
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
