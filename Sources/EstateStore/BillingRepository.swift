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

/// The fields of a billing profile a command changes; nil leaves a field as it is. Every text is
/// checked here, once, for every adapter: printable, within its length, no control characters.
public struct BillingProfileChange: Hashable, Sendable {
    public private(set) var name: String?
    public private(set) var npwp: NPWP?
    public private(set) var address: String?
    public private(set) var bankAccount: String?
    /// A change of PKP status from a date.
    public private(set) var pkp: BillingProfile.PKPChange?

    /// No change: what `billing profile` without options asks for (it shows the profile).
    public init() {}

    /// Refuses a name, address or bank account that is empty, too long or carries control
    /// characters, naming the field.
    public init(name: String? = nil, npwp: NPWP? = nil, address: String? = nil, bankAccount: String? = nil,
                pkp: BillingProfile.PKPChange? = nil) throws {
        self.name = try name.map { try FreeText.checked($0, field: "name", limit: 200, example: "Asosiasi IKM Logam") }
        self.npwp = npwp
        self.address = try address.map {
            try FreeText.checked($0, field: "address", limit: 300, example: "Jl. Industri No. 5, Cikarang")
        }
        self.bankAccount = try bankAccount.map {
            try FreeText.checked($0, field: "bank_account", limit: 200, example: "BRI 0123-01-000123-30-1")
        }
        self.pkp = pkp
    }

    /// The profile this change makes of `old`: the fields given replace those stored.
    public func applied(to old: BillingProfile?, name: String, pkpChanges: [BillingProfile.PKPChange]) -> BillingProfile {
        BillingProfile(
            name: name, npwp: npwp ?? old?.npwp, address: address ?? old?.address,
            bankAccount: bankAccount ?? old?.bankAccount, pkpChanges: pkpChanges)
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
