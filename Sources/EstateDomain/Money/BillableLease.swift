/// What an invoice needs to know of one lease: its plot (phase and exact area), its tenant
/// (name and legal form) and the days it runs, with the rent agreed in its contract if it has one.
public struct BillableLease: Hashable, Sendable {
    public let plotCode: String
    public let phase: Int
    public let area: Area
    public let nib: NIB
    public let tenantName: String
    /// The tenant's legal form as recorded, else as its name shows; nil when neither says.
    public let legalForm: LegalForm?
    public let start: CivilDate
    /// The first day the lease no longer runs (after any termination); nil if open.
    public let end: CivilDate?
    /// The monthly rent the lease's contract names instead of the tariff's; nil to use the tariff.
    public let agreedMonthlyRent: Rupiah?

    public init(
        plotCode: String, phase: Int, area: Area, nib: NIB, tenantName: String, legalForm: LegalForm?,
        start: CivilDate, end: CivilDate?, agreedMonthlyRent: Rupiah? = nil
    ) {
        self.plotCode = plotCode
        self.phase = phase
        self.area = area
        self.nib = nib
        self.tenantName = tenantName
        self.legalForm = legalForm
        self.start = start
        self.end = end
        self.agreedMonthlyRent = agreedMonthlyRent
    }

    /// How a lease is named in a run's answer: its plot and start, as the domain identifies it.
    public var key: LeaseKey { LeaseKey(plotCode: plotCode, start: start) }
}

/// A lease's identity in the domain: its plot and its first day.
public struct LeaseKey: Hashable, Comparable, Sendable {
    public let plotCode: String
    public let start: CivilDate

    public init(plotCode: String, start: CivilDate) {
        self.plotCode = plotCode
        self.start = start
    }

    public static func < (a: LeaseKey, b: LeaseKey) -> Bool { (a.plotCode, a.start) < (b.plotCode, b.start) }
}
