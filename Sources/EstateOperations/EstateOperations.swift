import EstateDomain
import EstateStore

/// Every use case of the estate, once: reading it (with the problems of what is stored), the
/// record writes, imports, proposals and commits. The CLI, the API and the dashboard call these
/// and only translate their input and output; the checks themselves run in the store, inside
/// its serialised write transaction.
public struct EstateOperations: Sendable {
    public let store: any StoreService
    /// The estate last read and its problems per day, keyed by the store's version.
    private let reads = SnapshotCache()

    public init(store: any StoreService) {
        self.store = store
    }

    /// The estate as stored with its broken invariants on `date` (usually none). Answers even
    /// when there are some, so that a read never fails because of what is stored; the adapter
    /// shows them. Refuses (`OperationError.noEstateYet`) a store that holds none.
    public func reading(asOf date: CivilDate) async throws -> EstateReading {
        let (estate, version) = try await stored()
        return EstateReading(estate: estate, problems: reads.problems(of: estate, at: version, on: date))
    }

    /// The estate as stored, from the memo while the store's version has not moved: for a whole
    /// read that needs no problems (the CSV export), so that asking for it in a loop costs the
    /// version query, not a reload. Refuses (`OperationError.noEstateYet`) an empty store.
    public func storedEstate() async throws -> Estate {
        try await stored().estate
    }

    /// The estate as stored (from the memo while the version has not moved) and its version,
    /// without computing its problems: for the use cases that only look a record up.
    func stored() async throws -> (estate: Estate, version: Int64) {
        let version = try await store.version()
        let estate: Estate?
        if let kept = reads.estate(at: version) {
            estate = kept
        } else {
            estate = try await store.loadEstate()
            reads.remember(estate, at: version)
        }
        guard let estate else { throw OperationError.noEstateYet }
        return (estate, version)
    }
}

/// The estate a read answered from, with what it breaks.
public struct EstateReading: Sendable {
    public let estate: Estate
    /// Each broken invariant, said for an officer (`plot A-02: its outline overlaps plot A-01`).
    public let problems: [String]
}

/// What a use case refuses before the store is asked.
public enum OperationError: Error, Hashable, Sendable {
    /// The store holds no estate yet (load the sample data or import files).
    case noEstateYet
    /// No tenant has this NIB.
    case unknownTenant(NIB)
}
