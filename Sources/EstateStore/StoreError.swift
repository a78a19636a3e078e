import EstateDomain

/// What a store refuses, phrased so an officer can act on it. Drivers' errors are mapped to
/// these; a raw driver message is never the only text.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database's no-overlap rule refused a lease.
    case plotAlreadyLeased(plot: String, tenant: String, from: CivilDate, until: CivilDate?)
    /// A natural key (NIB, plot code, ...) exists with different values.
    case exists(what: String, key: String, origin: String?, difference: String)
    /// A reference to something the store does not have.
    case notFound(what: String, key: String)
    /// Another check of the database refused a value.
    case constraint(name: String, subject: String)
    /// A migration file changed after it was applied.
    case migrationChanged(version: Int, name: String)
    /// The database lacks migrations this version needs.
    case migrationsPending(Int)
    /// The database could not be reached or opened.
    case unavailable(String)
    /// The database is reachable but did not answer in time (saturated): retry shortly.
    case busy(String)
    /// The write would leave the estate breaking invariants the code checks (listed).
    case inconsistent([String])
    /// A change the record's state does not allow; the text says why and what to do, in English
    /// and, where it is written, in Bahasa Indonesia.
    case refused(String, indonesian: String? = nil)
    /// An allocation commit whose proposal, computed now inside the write, differs from the
    /// assignments the person was shown.
    case proposalChanged
    /// Several of the above at once (an import lists every bad row).
    case many([StoreError])

    public var description: String {
        switch self {
        case .plotAlreadyLeased(let plot, let tenant, let from, let until):
            return "plot \(plot) is already leased to \(tenant) from \(from.iso) to \(until?.iso ?? "an open end"); "
                + "choose another plot or end that lease first"
        case .exists(let what, let key, let origin, let difference):
            return
                "\(origin.map { "\($0): " } ?? "")\(what) \(key) already exists with different values (\(difference)); "
                + "correct the row or change the record instead of importing it again"
        case .notFound(let what, let key):
            return "\(what) \(key) does not exist; add it first or correct the reference"
        case .constraint(let name, let subject):
            return "the database refused \(subject) (rule \(name)); check the values"
        case .migrationChanged(let version, let name):
            return "migration \(version) (\(name)) changed after it was applied; migrations are add-only: restore the "
                + "file from version control and put the change in a new numbered file"
        case .migrationsPending(let count):
            return "the database needs \(count) migration(s) this version of estate brings; run `estate migrate` first"
        case .unavailable(let reason):
            return "the database is unavailable: \(reason)"
        case .busy(let reason):
            return "the database is busy (\(reason)); nothing was lost: retry in a few seconds"
        case .inconsistent(let problems):
            return "nothing was written: it would leave the estate inconsistent:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        case .refused(let reason, _):
            return reason
        case .proposalChanged:
            return "the proposal computed now differs from the assignments shown (the waitlist or the plots changed "
                + "since it was read); ask for a new proposal, read it, and commit that"
        case .many(let errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}

/// The class of a refusal, which each adapter renders its own way (an HTTP status, an exit
/// code): the one mapping from `StoreError`, so the CLI and the API cannot disagree.
public enum StoreErrorCategory: Hashable, Sendable {
    /// The records as they are now forbid it (409, exit 67).
    case conflict
    /// A record it names does not exist (404, exit 66).
    case notFound
    /// The values or the estate they would make are invalid (422, exit 65).
    case invalidData
    /// The store cannot be used now (503 with Retry-After, exit 69).
    case unavailable
}

extension StoreError {
    public var category: StoreErrorCategory {
        switch self {
        case .plotAlreadyLeased, .exists, .refused, .proposalChanged: return .conflict
        case .notFound: return .notFound
        case .constraint, .inconsistent: return .invalidData
        case .migrationChanged, .migrationsPending, .unavailable, .busy: return .unavailable
        case .many(let errors):
            return errors.allSatisfy({ $0.category == .conflict }) ? .conflict : .invalidData
        }
    }
}

extension StoreError {
    /// The domain's refusal of a change as the store's typed error: a record that is not there is
    /// not found, a change its state does not allow is refused (a conflict).
    public init(_ refusal: RecordChangeRefusal) {
        switch refusal {
        case .missing(let what, let key): self = .notFound(what: what, key: key)
        case .notAllowed(let reason, let indonesian): self = .refused(reason, indonesian: indonesian)
        }
    }
}
