/// One line of an invoice: what it charges for, over how many days of the month, and how much.
public struct InvoiceLine: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// Rent of the plot (sewa lahan).
        case rent
        /// The service charge (iuran pengelolaan).
        case serviceCharge = "service_charge"
        /// The deposit (uang jaminan) taken at signing.
        case deposit
    }

    public let kind: Kind
    /// The days of the month billed; nil for a deposit, which is not by the day.
    public let days: Int?
    public let amount: Rupiah

    public init(kind: Kind, days: Int?, amount: Rupiah) {
        self.kind = kind
        self.days = days
        self.amount = amount
    }
}

/// The amounts of one invoice, each computed by `InvoiceCalculator` as DOMAIN.md and issue 16 state.
public struct InvoiceFigures: Hashable, Sendable {
    public let lines: [InvoiceLine]
    /// The lines' sum.
    public let subtotal: Rupiah
    /// The VAT base (dasar pengenaan pajak); zero when no VAT is charged.
    public let dpp: Rupiah
    public let ppn: Rupiah
    /// Final income tax the tenant withholds from the rent line (PPh 4(2)).
    public let pph42: Rupiah
    /// Every withholding: PPh 4(2) and what is withheld from the service charge.
    public let withheld: Rupiah
    /// Subtotal plus VAT.
    public let total: Rupiah
    /// What the tenant pays: the total less what it withholds.
    public let amountDue: Rupiah

    public init(
        lines: [InvoiceLine], subtotal: Rupiah, dpp: Rupiah, ppn: Rupiah, pph42: Rupiah, withheld: Rupiah,
        total: Rupiah, amountDue: Rupiah
    ) {
        self.lines = lines
        self.subtotal = subtotal
        self.dpp = dpp
        self.ppn = ppn
        self.pph42 = pph42
        self.withheld = withheld
        self.total = total
        self.amountDue = amountDue
    }
}
