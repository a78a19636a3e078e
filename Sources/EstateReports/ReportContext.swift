import EstateDomain

/// What every report is built from: the estate as loaded, the date, the language and the
/// store's name, with the occupancy figures computed once.
public struct ReportContext: Sendable {
    public let estate: Estate
    public let asOf: CivilDate
    public let language: Language
    public let store: String
    public let occupancy: OccupancyReport
    public let ruleSet: RuleSet
    /// Every estate of the store, for the regency report (nil for the reports of one estate).
    public let regency: RegencySummary?
    /// The estate's invoices and payments, for the arrears report (empty for the others).
    public let money: MoneyRecords

    /// The context of one estate's reports; with `regency`, also of the regency report (the
    /// estate then gives the rule set, which every estate of a store shares).
    public init(
        estate: Estate, asOf: CivilDate, language: Language, store: String, regency: RegencySummary? = nil,
        money: MoneyRecords = MoneyRecords()
    ) throws {
        self.regency = regency
        self.money = money
        self.estate = estate
        self.asOf = asOf
        self.language = language
        self.store = store
        occupancy = try OccupancyReport(estate: estate, asOf: asOf)
        ruleSet = try estate.ruleBook.ruleSet(asOf: asOf)
    }

    /// The text in the report's language.
    func t(_ indonesian: String, _ english: String) -> String {
        language == .indonesian ? indonesian : english
    }

    func document(_ kind: ReportKind, title: String) -> ReportDocument {
        ReportDocument(
            kind: kind, title: title, language: language, estateName: estate.name, asOf: asOf,
            ruleSetVersion: ruleSet.version, store: store)
    }

    /// Tenants holding a lease in force on the date, with their plots, by NIB.
    var occupants: [(tenant: Tenant, plots: [Plot])] {
        let plotsByCode = Dictionary(uniqueKeysWithValues: estate.plots.map { ($0.code, $0) })
        let held = Dictionary(grouping: estate.leases.filter { $0.isInForce(on: asOf) }, by: \.nib)
        return estate.tenants.compactMap { tenant in
            guard let leases = held[tenant.nib] else { return nil }
            return (tenant, leases.compactMap { plotsByCode[$0.plotCode] }.sorted { $0.code < $1.code })
        }
    }

    func name(of nib: NIB) -> String { estate.tenant(nib)?.legalName ?? nib.digits }

    func yesNo(_ value: Bool) -> String { value ? t("ya", "yes") : t("tidak", "no") }
}

/// Builds any report as a document; the renderers write it in the format asked for.
public enum ReportBuilder {
    public static func document(_ kind: ReportKind, context: ReportContext) throws -> ReportDocument {
        switch kind {
        case .occupancy: occupancy(context)
        case .employment: employment(context)
        case .expiring: expiring(context)
        case .vacancy: vacancy(context)
        case .eligibility: try eligibility(context)
        case .expansion: expansion(context)
        case .partnerships: partnerships(context)
        case .regency: try regency(context)
        case .arrears: arrears(context)
        }
    }
}
