import EstateDomain
import Foundation

/// The estate as of a store version, with its invariant problems per day, kept by one process.
/// A store keeps the estate its own last write made, so that a write does not re-read the whole
/// estate: inside its serialised transaction a write reads the version (one small query) and
/// uses the cached estate when it is that version. `EstateOperations` keeps the estate it last
/// read, so that a read costs the version query until a write moves it. Another process's write
/// moves the version, so the next write or read reloads. A label is never newer than the estate
/// it labels, so a cache hit is exact.
package final class SnapshotCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64?
    private var estate: Estate?
    private var problems: [CivilDate: [String]] = [:]

    package init() {}

    /// The cached estate if it is `version`'s; `.some(nil)` for a store known to be empty.
    package func estate(at version: Int64) -> Estate?? {
        lock.withLock { self.version == version ? .some(estate) : nil }
    }

    /// The estate kept and the version it is, when one is kept: what a writer may decide against
    /// before it knows whether the version is still current (the database then checks that).
    package func latest() -> (version: Int64, estate: Estate)? {
        lock.withLock {
            guard let version, let estate else { return nil }
            return (version, estate)
        }
    }

    /// Keeps `estate` as `version`'s unless a newer version is already kept, with its problems
    /// on a day when the caller computed them. The estate must be in the order a snapshot reads
    /// it (the planners build it so), so that a cached estate equals a reload.
    package func remember(
        _ estate: Estate?, at version: Int64, problems known: (day: CivilDate, problems: [String])? = nil
    ) {
        lock.withLock {
            guard self.version.map({ version >= $0 }) ?? true else { return }
            if self.version != version {
                problems = [:]
                self.estate = estate
            }
            self.version = version
            if let known { problems[known.day] = known.problems }
        }
    }

    /// The invariant problems of `estate` (the cached one, at `version`) on `date`, in the
    /// domain's order, computed once per version and date.
    package func problems(of estate: Estate, at version: Int64, on date: CivilDate) -> [String] {
        if let known = lock.withLock({ self.version == version ? problems[date] : nil }) { return known }
        let found = estate.problems(asOf: date).map(\.description)
        lock.withLock {
            guard self.version == version else { return }
            if problems.count > 64 { problems.removeAll() }
            problems[date] = found
        }
        return found
    }
}
