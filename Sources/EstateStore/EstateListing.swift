/// One estate a store holds, with what it holds, as `estate estates list` shows it: the
/// association's cluster, or another site or sentra IKM in the same store.
public struct EstateListing: Hashable, Sendable, Encodable {
    /// The estate's row in the store, which scoped calls use; never shown (the code is its name).
    public let id: Int64
    /// The estate's code, e.g. `KAWASAN-1`: upper-case letters, digits and dashes, up to 16.
    public let code: String
    /// The estate's name, e.g. "Kluster IKM Logam Bekasi".
    public let name: String
    /// Its street address, when recorded.
    public let address: String?
    /// The regency (kabupaten) it lies in, e.g. "Kabupaten Bekasi".
    public let regency: String?
    /// The rule book its tenants and applicants are judged by, nil for the store's main book.
    public let ruleBook: String?
    /// The estate a command or a route means when it names none.
    public let isDefault: Bool
    /// Its phases, built or planned.
    public let phases: Int
    /// Its plots, withdrawn ones included.
    public let plots: Int
    /// Leases ever signed on its plots, ended ones included.
    public let leases: Int
    /// Applications on its waitlist, ever submitted.
    public let applications: Int

    /// A listing as a store reads it (`estates()`).
    public init(
        id: Int64, code: String, name: String, address: String?, regency: String?, ruleBook: String? = nil, isDefault: Bool,
        phases: Int, plots: Int, leases: Int, applications: Int
    ) {
        self.ruleBook = ruleBook
        self.id = id
        self.code = code
        self.name = name
        self.address = address
        self.regency = regency
        self.isDefault = isDefault
        self.phases = phases
        self.plots = plots
        self.leases = leases
        self.applications = applications
    }

    enum CodingKeys: String, CodingKey {
        case code, name, address, regency, phases, plots, leases, applications
        case isDefault = "default"
        case ruleBook = "rule_book"
    }

    /// Every key always, `null` for an address or regency not recorded and for the main rule book, so that a reader finds
    /// the same keys in every estate.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(name, forKey: .name)
        try container.encode(address, forKey: .address)
        try container.encode(regency, forKey: .regency)
        try container.encode(ruleBook, forKey: .ruleBook)
        try container.encode(isDefault, forKey: .isDefault)
        try container.encode(phases, forKey: .phases)
        try container.encode(plots, forKey: .plots)
        try container.encode(leases, forKey: .leases)
        try container.encode(applications, forKey: .applications)
    }
}

/// The JSON of `estate estates list` and `GET /api/v1/estates`: `{"estates": [...]}`, so that
/// fields can be added beside it.
public struct EstatesDocument: Encodable, Sendable {
    public let estates: [EstateListing]

    public init(estates: [EstateListing]) {
        self.estates = estates
    }
}
