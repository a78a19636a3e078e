import EstateDomain
import EstateStore

/// The estate a write transaction read while holding the estate's write lock: what every
/// check of the write is made against.
package struct WriteBase: Sendable {
    package let estate: Estate?
    /// The id of the estate the write is for (the store's row in `estates`).
    package let estateID: Int64
    /// The store version `estate` is.
    package let version: Int64
    /// The day the write's checks are made for (today in Bekasi, passed in by the store).
    package let today: CivilDate
    private let cache: SnapshotCache

    package init(estate: Estate?, estateID: Int64, version: Int64, today: CivilDate, cache: SnapshotCache) {
        self.estate = estate
        self.estateID = estateID
        self.version = version
        self.today = today
        self.cache = cache
    }

    /// The invariant problems `estate` already has on `today` (from the cache when it knows
    /// them): a write refuses only those it adds, so the writes that repair a damaged estate stay
    /// allowed.
    package var knownProblems: Set<String> {
        Set(estate.map { cache.problems(of: $0, at: version, on: today) } ?? [])
    }

    /// Refuses (`StoreError.inconsistent`) an estate that breaks invariants this one does not;
    /// returns the problems `after` has (those it keeps), for the cache.
    package func refuseNewProblems(in after: Estate) throws -> [String] {
        let known = knownProblems
        let found = after.problems(asOf: today).map(\.description)
        let introduced = found.filter { !known.contains($0) }
        guard introduced.isEmpty else { throw StoreError.inconsistent(introduced) }
        return found
    }
}

/// What a write decided inside its transaction: its result, the statements that make it (the
/// engine moves the version after them), and the estate as it will be once they commit, for
/// the store's cache.
package struct PlannedWrite<Result: Sendable>: Sendable {
    package let result: Result
    package let statements: [SQLStatement]
    package let after: Estate?
    /// `after`'s invariant problems on the write's day, when the write computed them.
    package let afterProblems: (day: CivilDate, problems: [String])?

    package init(
        result: Result, statements: [SQLStatement], after: Estate?,
        afterProblems: (day: CivilDate, problems: [String])? = nil
    ) {
        self.result = result
        self.statements = statements
        self.after = after
        self.afterProblems = afterProblems
    }
}
