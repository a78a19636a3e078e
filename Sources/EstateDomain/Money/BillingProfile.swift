/// The association as it appears on its invoices, and whether it charges VAT: a PKP (pengusaha
/// kena pajak) from a date, or not from a date (a seller with turnover ≤ Rp4.8 bn may stay
/// non-PKP, PMK 197/2013). Its changes of PKP status are kept, so that an invoice of any date
/// is taxed as the association was then.
public struct BillingProfile: Hashable, Sendable, Codable {
    public var name: String
    public var npwp: NPWP?
    public var address: String?
    /// The bank and account the firms pay into, as it is printed ("BRI 0123-01-000123-30-1 a.n. …").
    public var bankAccount: String?
    /// Each change of PKP status from its date, oldest first.
    public var pkpChanges: [PKPChange]

    public struct PKPChange: Hashable, Sendable, Codable {
        public let from: CivilDate
        public let isPKP: Bool

        public init(from: CivilDate, isPKP: Bool) {
            self.from = from
            self.isPKP = isPKP
        }
    }

    public init(name: String, npwp: NPWP? = nil, address: String? = nil, bankAccount: String? = nil, pkpChanges: [PKPChange] = []) {
        self.name = name
        self.npwp = npwp
        self.address = address
        self.bankAccount = bankAccount
        self.pkpChanges = pkpChanges.sorted { $0.from < $1.from }
    }

    /// Whether the association is a PKP on `date`: as its latest change on or before it says;
    /// not one before its first.
    public func isPKP(on date: CivilDate) -> Bool {
        pkpChanges.last { $0.from <= date }?.isPKP ?? false
    }
}
