/// One dated tax parameter with the law it comes from: VAT (PPN) on what the association
/// charges, or an income tax a *badan* tenant withholds from a line. Stored as data (migration
/// 0019 holds the rates DOMAIN.md cites), never written in code, so that a new rate is a new row
/// from its date and an invoice issued before it keeps the rate of its day.
public struct TaxRate: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// VAT charged by a PKP: `rate` of the tax base, the base being `base` of the subtotal
        /// (DPP nilai lain 11/12 from 2025, the whole subtotal before).
        case ppn
        /// Final income tax a badan withholds from rent of land and buildings (PP 34/2017).
        case rentWithholding = "pph_4_2_rent"
        /// Income tax a badan withholds from the service charge (PPh 23; uncertain, DOMAIN.md).
        case serviceChargeWithholding = "pph_service_charge"
    }

    public let kind: Kind
    /// The first day the rate applies to an invoice dated that day.
    public let from: CivilDate
    /// The first day it no longer applies; nil while in force.
    public let until: CivilDate?
    /// The tax as a fraction of its base (12/100).
    public let rate: Ratio
    /// The base as a fraction of the amount taxed (11/12 for DPP nilai lain; 1/1 otherwise).
    public let base: Ratio
    public let citation: String
    /// False when DOMAIN.md marks the rate as not confirmed (it is then shown as such).
    public let certain: Bool

    public init(
        kind: Kind, from: CivilDate, until: CivilDate?, rate: Ratio, base: Ratio = Ratio(1, 1), citation: String,
        certain: Bool = true
    ) {
        self.kind = kind
        self.from = from
        self.until = until
        self.rate = rate
        self.base = base
        self.citation = citation
        self.certain = certain
    }

    /// Whether an invoice dated `date` is taxed at this rate.
    public func applies(on date: CivilDate) -> Bool { from <= date && until.map { date < $0 } ?? true }
}

/// Every stored tax rate, asked by kind and date.
public struct TaxSchedule: Hashable, Sendable {
    public let rates: [TaxRate]

    public init(_ rates: [TaxRate]) { self.rates = rates.sorted { ($0.kind.rawValue, $0.from) < ($1.kind.rawValue, $1.from) } }

    /// The rate of `kind` for an invoice dated `date`, the latest starting one when two overlap;
    /// nil when none applies (no such tax then).
    public func rate(_ kind: TaxRate.Kind, on date: CivilDate) -> TaxRate? {
        rates.last { $0.kind == kind && $0.applies(on: date) }
    }
}

extension Ratio {
    /// `floor(amount × self)` for a non-negative amount and a share of at most one: taxes are
    /// rounded down to the whole Rupiah (e-Faktur practice; DOMAIN.md).
    public func floorOf(_ amount: Int64) -> Int64 {
        precondition(numerator >= 0 && numerator <= denominator, "a tax is a share of at most the whole")
        return ExactShare.floored(amount, times: numerator, over: denominator)!
    }
}
