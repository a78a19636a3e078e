import EstateDomain
import EstateStore

/// Every use case of the estate, once: reading it (with the problems of what is stored), the
/// record writes, imports, proposals and commits. The CLI, the API and the dashboard call these
/// and only translate their input and output; the checks themselves run in the store, inside
/// its serialised write transaction.
public struct EstateOperations: Sendable {
    public let store: any StoreService
    /// Today, where the cluster is; passed in so that a test or a replay can fix it.
    public let today: @Sendable () -> CivilDate
    private let reads = ReadMemo()

    public init(store: any StoreService, today: @escaping @Sendable () -> CivilDate = { .todayInBekasi }) {
        self.store = store
        self.today = today
    }

    /// The estate as stored with its broken invariants on `date` (usually none). Answers even
    /// when there are some, so that a read never fails because of what is stored; the adapter
    /// shows them. Refuses (`OperationError.noEstateYet`) a store that holds none.
    public func reading(asOf date: CivilDate) async throws -> EstateReading {
        let version = try await store.version()
        guard let estate = try await reads.estate(version: version, load: { try await store.loadEstate() }) else {
            throw OperationError.noEstateYet
        }
        return EstateReading(estate: estate, problems: reads.problems(of: estate, version: version, on: date))
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
