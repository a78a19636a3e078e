/// A member firm (IKM) that leases or applies for a plot.
public struct Tenant: Hashable, Sendable, Identifiable {
    public let nib: NIB
    public let legalName: String
    public let npwp: NPWP
    /// KBLI 2020 codes, the main activity first; never empty.
    public let kbli: [KBLI]
    public var declarations: [Declaration]
    public var partnerships: [Partnership]

    public var id: NIB { nib }

    public init(
        nib: NIB, legalName: String, npwp: NPWP, kbli: [KBLI], declarations: [Declaration] = [],
        partnerships: [Partnership] = []
    ) throws {
        let name = try FreeText.checked(legalName, field: "name", limit: 200, example: "CV Baja Mandiri")
        guard (1...10).contains(kbli.count) else {
            throw InputError(
                field: "kbli", value: kbli.map(\.code).joined(separator: ";"), problem: "is not 1 to 10 codes",
                fix: "Give the firm's 5-digit KBLI 2020 codes, the main activity first, at most 10.")
        }
        self.nib = nib
        self.legalName = name
        self.npwp = npwp
        self.kbli = kbli
        self.declarations = declarations
        self.partnerships = partnerships
    }

    /// The declaration in force on `date`: the highest fiscal year among those filed on or
    /// before that day.
    public func declaration(asOf date: CivilDate) -> Declaration? {
        declarations.filter { $0.effectiveFrom <= date }
            .max { ($0.fiscalYear, $0.effectiveFrom) < ($1.fiscalYear, $1.effectiveFrom) }
    }

    /// The KBLI division of the main activity, e.g. `25`.
    public var mainDivision: String { kbli[0].division }
}

/// A tenant's supply relationship with a large industry in Bekasi, which the regency's business
/// forum encourages.
public struct Partnership: Hashable, Sendable, Codable {
    public let partner: String
    public let product: String
    public let since: CivilDate

    /// A partnership naming its partner and product in 1 to 200 characters each.
    public init(partner: String, product: String, since: CivilDate) throws {
        self.partner = try FreeText.checked(partner, field: "partner", limit: 200, example: "PT Astra Honda Motor")
        self.product = try FreeText.checked(product, field: "product", limit: 200, example: "braket knalpot")
        self.since = since
    }
}
