import EstateDomain

/// Records to write in one transaction: a seed folder, an imported CSV file, or a single
/// change. Each record may carry where it came from (`plots.csv line 4`) for error messages.
public struct EstateBatch: Sendable {
    public var estateName: String?
    /// The regency the estate lies in, written with its name when the store has no estate yet.
    public var estateRegency: String?
    public var phases: [Phase] = []
    public var ruleSets: [RuleSet] = []
    public var plots: [Sourced<Plot>] = []
    /// Tenants with their declarations and partnerships.
    public var tenants: [Sourced<Tenant>] = []
    public var applications: [Sourced<Application>] = []
    public var leases: [Sourced<Lease>] = []
    /// Partnerships of tenants the store already holds (or this batch adds).
    public var partnerships: [Sourced<TenantPartnership>] = []

    public init() {}

    /// Whether writing this batch can break an invariant of the estate that the database does not
    /// hold, so that the write must check the estate afterwards. Only phases, plots, leases and
    /// rule sets can: every check of the estate as a whole (capacity, outlines, withdrawals,
    /// overlaps, the plot allowance) reads those. Tenants, their declarations and partnerships
    /// and applications appear in no such check but "the tenant it names does not exist", which
    /// a new tenant can only resolve and the write refuses itself for an application; a tenant's
    /// NIB is unique in the database. So a firm's registration, declaration or application costs
    /// what it touches, not a pass over the estate.
    public var canBreakInvariants: Bool {
        !phases.isEmpty || !plots.isEmpty || !leases.isEmpty || !ruleSets.isEmpty
    }

    /// Whether the batch writes records every estate shares (the firm registry: tenants, their
    /// declarations and partnerships; the rule sets; a new estate's row), so that its write must
    /// exclude every other estate's writes while it runs, not only its own estate's.
    public var writesRegistry: Bool {
        estateName != nil || !tenants.isEmpty || !partnerships.isEmpty || !ruleSets.isEmpty
    }

    /// Everything an estate holds, e.g. to load a seed folder into an empty store.
    public init(estate: Estate, origin: String? = nil) {
        estateName = estate.name
        estateRegency = estate.regency
        phases = estate.phases
        ruleSets = estate.ruleBook.library
        plots = estate.plots.map { Sourced($0, origin: origin) }
        tenants = estate.tenants.map { Sourced($0, origin: origin) }
        applications = estate.applications.map { Sourced($0, origin: origin) }
        leases = estate.leases.map { Sourced($0, origin: origin) }
    }
}

/// A partnership with the NIB of the tenant it belongs to.
public struct TenantPartnership: Hashable, Sendable {
    public let nib: NIB
    public let partnership: Partnership

    public init(nib: NIB, partnership: Partnership) {
        self.nib = nib
        self.partnership = partnership
    }
}

/// A record and where it came from.
public struct Sourced<Value: Sendable>: Sendable {
    public let value: Value
    public let origin: String?

    public init(_ value: Value, origin: String? = nil) {
        self.value = value
        self.origin = origin
    }
}

/// What a write did, per kind of record: rows added and rows already present unchanged
/// (importing the same file twice adds nothing).
public struct WriteSummary: Hashable, Sendable {
    public var inserted: [String: Int] = [:]
    public var unchanged: [String: Int] = [:]

    public init() {}

    public var totalInserted: Int { inserted.values.reduce(0, +) }
}
