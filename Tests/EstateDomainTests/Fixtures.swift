import EstateDomain
import Foundation

/// The repository's rule book and small builders shared by the domain tests.
enum Fixtures {
    /// `seeds/rules/eligibility.json`, the founding rule set the association publishes.
    static let ruleBook: RuleBook = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/rules/eligibility.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(RuleBook.self, from: Data(contentsOf: url))
    }()

    static let today = date("2026-11-22")

    static func date(_ text: String) -> CivilDate { try! CivilDate(parsing: text, field: "date") }
    static func nib(_ n: Int) -> NIB { try! NIB(parsing: String(9_120_000_000_000 + n)) }
    static func m2(_ value: Int64) -> Area { Area(squareMetres: value) }

    /// A metal-sector tenant that meets every founding rule unless told otherwise.
    static func tenant(
        _ n: Int = 1, turnover: Int64 = 20_000_000_000, workers: Int = 12, local: Int = 6,
        investment: Int64 = 2_000_000_000, kbli: String = "25111", year: Int = 2025, declaredOn: String? = nil
    ) -> Tenant {
        let declaration = try! Declaration(
            fiscalYear: year, turnover: Rupiah(turnover), workers: workers, localWorkers: local,
            investment: Rupiah(investment), declaredOn: declaredOn.map(date))
        return try! Tenant(
            nib: nib(n), legalName: "CV Uji \(n)", npwp: try! NPWP(parsing: "012345678431000"),
            kbli: [try! KBLI(parsing: kbli)], declarations: [declaration])
    }

    static func plot(_ code: String, _ area: Int64, phase: Int = 1, outline: String? = nil, withdrawn: String? = nil)
        -> Plot
    {
        try! Plot(
            code: code, phase: phase, area: m2(area), outline: outline.map { try! PlanPolygon(parsing: $0) },
            withdrawnOn: withdrawn.map(date))
    }

    static func phase(_ id: Int, gross: Int64, opensOn: String?, boundary: String? = nil) -> Phase {
        Phase(
            id: id, name: "Tahap \(id)", grossArea: m2(gross),
            landUse: try! LandUseSplit(leasablePercent: 70, greenBufferPercent: 10, roadsUtilitiesPercent: 20),
            opensOn: opensOn.map(date), boundary: boundary.map { try! PlanPolygon(parsing: $0) })
    }

    static func lease(
        _ plot: String, _ tenant: Int, _ start: String, _ end: String? = nil, state: Lease.State = .signed
    ) -> Lease {
        try! Lease(plotCode: plot, nib: nib(tenant), start: date(start), end: end.map(date), state: state)
    }

    static func estate(
        phases: [Phase] = [phase(1, gross: 8000, opensOn: "2021-03-01"), phase(2, gross: 25000, opensOn: nil)],
        plots: [Plot], tenants: [Tenant] = [], leases: [Lease] = [], applications: [Application] = []
    ) -> Estate {
        Estate(
            name: "Uji", phases: phases, plots: plots, tenants: tenants, leases: leases, applications: applications,
            ruleBook: ruleBook)
    }
}
