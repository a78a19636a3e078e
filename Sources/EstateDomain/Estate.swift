/// Everything the association knows about its cluster at one moment: phases, plots, tenants,
/// leases, the waitlist and the rule book. Reports and allocations are computed from it.
public struct Estate: Sendable {
    public let name: String
    /// The regency (kabupaten) the estate lies in, e.g. "Kabupaten Bekasi, Jawa Barat".
    public let regency: String?
    public let phases: [Phase]
    public let plots: [Plot]
    /// In NIB order, chunked so that a write of one tenant copies little (`TenantRegistry`).
    public let tenants: TenantRegistry
    public let leases: [Lease]
    public let applications: [Application]
    public let ruleBook: RuleBook
    /// Stored values that could not be read (a hand-made edit, say an outline that is no longer
    /// a polygon): the estate is read without them, and `problems(asOf:)` names each.
    public let unreadable: [EstateProblem]

    private let leasesByPlot: [String: [Lease]]

    /// An estate of these records; tenants given as an array are put in NIB order.
    public init(
        name: String, regency: String? = nil, phases: [Phase], plots: [Plot], tenants: [Tenant], leases: [Lease],
        applications: [Application], ruleBook: RuleBook, unreadable: [EstateProblem] = []
    ) {
        self.init(
            name: name, regency: regency, phases: phases, plots: plots, tenants: TenantRegistry(tenants), leases: leases,
            applications: applications, ruleBook: ruleBook, unreadable: unreadable)
    }

    /// An estate of these records, keeping the registry as it is (a write derives the next
    /// estate's registry from the last one's without copying it).
    public init(
        name: String, regency: String? = nil, phases: [Phase], plots: [Plot], tenants: TenantRegistry,
        leases: [Lease], applications: [Application], ruleBook: RuleBook, unreadable: [EstateProblem] = []
    ) {
        self.name = name
        self.regency = regency
        // Already in order (as a snapshot or a write builds them), the arrays are kept as they are.
        self.phases = Self.ordered(phases) { $0.id < $1.id }
        self.plots = Self.ordered(plots) { $0.code < $1.code }
        self.tenants = tenants
        self.leases = leases
        self.applications = applications
        self.ruleBook = ruleBook
        self.unreadable = unreadable
        leasesByPlot = Dictionary(grouping: leases, by: \.plotCode)
    }

    /// `items` as they are when already in order (as a snapshot or a write builds them), else
    /// sorted by `less`, stably: of two equal keys the first given stays first.
    static func ordered<T>(_ items: [T], by less: (T, T) -> Bool) -> [T] {
        if zip(items, items.dropFirst()).allSatisfy({ !less($1, $0) }) { return items }
        return items.enumerated().sorted {
            less($0.element, $1.element) || (!less($1.element, $0.element) && $0.offset < $1.offset)
        }.map(\.element)
    }

    /// The tenant with this NIB, found by binary search (tenants are kept in NIB order), so that
    /// building an estate indexes nothing per tenant; the first of two with one NIB.
    public func tenant(_ nib: NIB) -> Tenant? { tenants.tenant(nib) }
    public func phase(_ id: Int) -> Phase? { phases.first { $0.id == id } }
    public func leases(onPlot code: String) -> [Lease] { leasesByPlot[code] ?? [] }

    /// The lease in force on `plot` on `date`, if any.
    public func lease(onPlot code: String, on date: CivilDate) -> Lease? {
        leases(onPlot: code).first { $0.isInForce(on: date) }
    }

    /// The plot's status on `date`, from its withdrawal, its phase and the leases in force.
    public func status(of plot: Plot, on date: CivilDate) -> PlotStatus {
        if let withdrawnOn = plot.withdrawnOn, withdrawnOn <= date { return .withdrawn }
        if lease(onPlot: plot.code, on: date) != nil { return .leased }
        guard let phase = phase(plot.phase), phase.isOpen(on: date) else { return .planned }
        return .vacant
    }

    /// Whether a new open-ended lease from `date` could be signed on `plot`: its phase is open,
    /// it is not withdrawn now or later, and no lease runs on it that day or later.
    public func isAvailable(_ plot: Plot, from date: CivilDate) -> Bool {
        status(of: plot, on: date) == .vacant && plot.withdrawnOn == nil
            && !leases(onPlot: plot.code).contains { $0.runs(onOrAfter: date) }
    }

    /// The waitlist on `date`: applications submitted by then and active then (not housed,
    /// withdrawn, refused or lapsed), in submission order (NIB breaks ties), so that the first is
    /// rank 1. Allocation, the expansion's demand and every listing use this one order.
    /// The firms holding a lease in force on `date`.
    public func occupants(on date: CivilDate) -> Set<NIB> {
        Set(leases.filter { $0.isInForce(on: date) }.map(\.nib))
    }

    public func waitlist(asOf date: CivilDate) -> [Application] {
        let parameters = try? ruleBook.ruleSet(asOf: date).parameters
        return applications(asOf: date).filter { $0.state(asOf: date, under: parameters) == .active }
    }

    /// Every application submitted by `date`, whatever its state, in the waitlist's order: the
    /// history `estate applications list` reads.
    public func applications(asOf date: CivilDate) -> [Application] {
        applications.filter { $0.isSubmitted(asOf: date) }.sorted {
            ($0.submittedOn, $0.nib.digits) < ($1.submittedOn, $1.nib.digits)
        }
    }

    /// The state of `application` on `date` under the rule set then in force.
    public func state(of application: Application, asOf date: CivilDate) -> ApplicationState {
        application.state(asOf: date, under: try? ruleBook.ruleSet(asOf: date).parameters)
    }

    /// Leases of `nib` that run on `date` or later (the count the plot limit applies to).
    public func currentAndFutureLeases(of nib: NIB, from date: CivilDate) -> [Lease] {
        leases.filter { $0.nib == nib && $0.runs(onOrAfter: date) }
    }
}
