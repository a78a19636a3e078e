import EstateDomain

/// `estate report regency --format json`. `estates`, each with `code` and the occupancy report's
/// `leasable_m2`, `leased_m2`, `plots`, `plots_leased` (and the rest of its figures), and `total`
/// are a contract: the total's area and count figures are the sums of the estates'.
public struct RegencyView: Encodable {
    let report = "regency"
    let store: String?
    let asOf: String
    let ruleSetVersion: String
    let estates: [Line]
    let total: Line

    public init(_ summary: RegencySummary, ruleSetVersion: String, store: String? = nil) {
        self.store = store
        asOf = summary.asOf.iso
        self.ruleSetVersion = ruleSetVersion
        estates = summary.estates.map(Line.init)
        total = Line(summary.total, named: false)
    }

    struct Line: Encodable {
        let code: String?
        let name: String?
        let figures: OccupancyView.Figures
        let employment: OccupancyView.EmploymentView
        let vacantPlots: Int
        let vacantM2: ExactNumber
        let activeApplications: Int
        let demandMinM2: ExactNumber
        let demandMaxM2: ExactNumber

        init(_ line: RegencySummary.Line) { self.init(line, named: true) }

        init(_ line: RegencySummary.Line, named: Bool) {
            code = named ? line.code : nil
            name = named ? line.name : nil
            figures = OccupancyView.Figures(line.figures)
            let e = line.employment
            employment = OccupancyView.EmploymentView(
                tenants: e.tenants, tenantsWithoutDeclaration: e.tenantsWithoutDeclaration, workers: e.workers,
                localWorkers: e.localWorkers, localShare: ExactNumber(text: e.localShare.fractionText))
            vacantPlots = line.vacantPlots
            vacantM2 = m2(line.vacantArea)
            activeApplications = line.activeApplications
            demandMinM2 = m2(line.demandMin)
            demandMaxM2 = m2(line.demandMax)
        }

        enum CodingKeys: String, CodingKey {
            case code, name, employment, vacantPlots, vacantM2, activeApplications, demandMinM2, demandMaxM2
        }

        /// The occupancy figures flat beside the code, as in the occupancy report's `total`.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            if let code { try c.encode(code, forKey: .code) }
            if let name { try c.encode(name, forKey: .name) }
            try figures.encode(to: encoder)
            try c.encode(employment, forKey: .employment)
            try c.encode(vacantPlots, forKey: .vacantPlots)
            try c.encode(vacantM2, forKey: .vacantM2)
            try c.encode(activeApplications, forKey: .activeApplications)
            try c.encode(demandMinM2, forKey: .demandMinM2)
            try c.encode(demandMaxM2, forKey: .demandMaxM2)
        }
    }
}
