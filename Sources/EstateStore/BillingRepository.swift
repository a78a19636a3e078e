import EstateDomain

/// What a store keeps of the association's money (issue 16): the price list, the billing
/// profile and the invoices. Each operation is the one use case the CLI, the API and the
/// dashboard call. An invoice run is one transaction under the estate's write lock: it reads
/// the claims and the year's last number there, so two runs of the same month (two servers or
/// two commands at once) issue each invoice once and number them with no gap and no duplicate.
public protocol BillingRepository: Sendable {
    /// Adds tariffs; one already stored with the same phase and date and the same figures is
    /// kept (an import read twice changes nothing), one with other figures is refused: a new
    /// price is a new date, so invoices already issued keep the price of their month.
    func importTariffs(_ tariffs: [Sourced<Tariff>], actor: String, dryRun: Bool) async throws -> TariffImport

    /// The estate's tariffs, by phase and date.
    func tariffs() async throws -> [Tariff]

    /// Sets the estate's billing profile (only the fields given change) and records a PKP change.
    func updateBillingProfile(_ change: BillingProfileChange, actor: String) async throws -> BillingProfile

    /// The estate's billing profile; nil until one is set.
    func billingProfile() async throws -> BillingProfile?

    /// Every stored tax rate, with its citation.
    func taxRates() async throws -> [TaxRate]

    /// Issues the month's invoices (see `InvoiceRunPlanner`); a dry run answers the same and
    /// writes nothing.
    func runInvoices(_ period: BillingPeriod, actor: String, dryRun: Bool) async throws -> InvoiceRun

    /// Cancels an issued invoice by a credit note (its own series, numbered on), which frees the
    /// invoice's month (or deposit) for a corrected invoice; the invoice itself is never changed.
    func cancelInvoice(_ number: InvoiceNumber, reason: String, actor: String) async throws -> Invoice

    /// The estate's invoices, oldest number first, those of one firm or month when asked.
    func invoices(_ query: InvoiceQuery) async throws -> [Invoice]
}

/// What a tariff import did.
public struct TariffImport: Hashable, Sendable {
    public let added: [Tariff]
    public let unchanged: Int

    public init(added: [Tariff], unchanged: Int) {
        self.added = added
        self.unchanged = unchanged
    }
}

/// The fields of a billing profile a command changes; nil leaves a field as it is.
public struct BillingProfileChange: Hashable, Sendable {
    public var name: String?
    public var npwp: NPWP?
    public var address: String?
    public var bankAccount: String?
    /// A change of PKP status from a date.
    public var pkp: BillingProfile.PKPChange?

    public init(name: String? = nil, npwp: NPWP? = nil, address: String? = nil, bankAccount: String? = nil,
                pkp: BillingProfile.PKPChange? = nil) {
        self.name = name
        self.npwp = npwp
        self.address = address
        self.bankAccount = bankAccount
        self.pkp = pkp
    }
}

/// Which invoices to list.
public struct InvoiceQuery: Hashable, Sendable {
    public var nib: NIB?
    public var period: BillingPeriod?
    public var number: InvoiceNumber?

    public init(nib: NIB? = nil, period: BillingPeriod? = nil, number: InvoiceNumber? = nil) {
        self.nib = nib
        self.period = period
        self.number = number
    }
}

/// What an invoice run issued (or would issue, in a dry run), and what it could not bill.
public struct InvoiceRun: Hashable, Sendable {
    public let period: BillingPeriod
    public let dryRun: Bool
    public let issued: [Invoice]
    public let skipped: [InvoiceRunPlanner.Skipped]
    public let alreadyInvoiced: Int
    public let unknownLegalForm: [NIB]

    public init(period: BillingPeriod, dryRun: Bool, plan: InvoiceRunPlanner.Plan) {
        self.period = period
        self.dryRun = dryRun
        self.issued = plan.issues.map(\.invoice)
        self.skipped = plan.skipped
        self.alreadyInvoiced = plan.alreadyInvoiced
        self.unknownLegalForm = plan.unknownLegalForm
    }
}
