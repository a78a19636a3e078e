import EstateDomain
import EstateStore
import Foundation

/// Builds an `Estate` from the rows of `StoreQueries.snapshot`, so that both engines read the
/// same way. Values the database holds were checked on the way in; a value that no longer
/// parses is reported, not trusted.
package enum SnapshotReader {
    package static func estate(from results: [[any SQLRowReader]]) throws -> Estate? {
        guard results.count == StoreQueries.snapshotStatements, let name = try results[0].first?.text(0) else { return nil }
        var unreadable: [EstateProblem] = []
        let phases = try phases(results[1], unreadable: &unreadable)
        let plots = try results[2].map { row in
            let code = try row.text(0) ?? ""
            return try Plot(
                code: code, phase: Int(try row.int(1) ?? 0), area: Area(squareCentimetres: try row.int(2) ?? 0),
                outline: polygon(try row.text(3), of: "plot \(code)", "outline", into: &unreadable),
                withdrawnOn: try date(row.text(4)))
        }
        var tenants = try results[3].map { row in
            try Tenant(
                nib: try NIB(parsing: try row.text(0) ?? ""), legalName: try row.text(1) ?? "",
                npwp: try NPWP(parsing: try row.text(2) ?? ""),
                kbli: try (try row.text(3) ?? "").split(separator: ";").map { try KBLI(parsing: String($0)) },
                contact: try TenantContact(address: try row.text(4), contact: try row.text(5)),
                legalForm: try row.text(6).flatMap(LegalForm.init(rawValue:)))
        }
        let index = Dictionary(uniqueKeysWithValues: tenants.enumerated().map { ($1.nib, $0) })
        // Rows come by firm, year and version: a later version of a year supersedes the one before.
        for row in results[4] {
            guard let position = index[try NIB(parsing: try row.text(0) ?? "")] else { continue }
            let year = Int(try row.int(1) ?? 0)
            let version = Int(try row.int(7) ?? 1)
            var declarations = tenants[position].declarations
            let earlier = declarations.last?.fiscalYear == year ? declarations.removeLast() : nil
            let figures = try Declaration(
                fiscalYear: year, turnover: Rupiah(try row.int(2) ?? 0), workers: Int(try row.int(3) ?? 0),
                localWorkers: Int(try row.int(4) ?? 0), investment: Rupiah(try row.int(5) ?? 0),
                declaredOn: try date(row.text(6)))
            let correction = try row.text(8).map {
                try DeclarationCorrection(reason: $0, on: try date(row.text(9)) ?? CivilDate(daysSinceEpoch: 0))
            }
            declarations.append(
                try versioned(figures, version: version, correction: correction, after: earlier, of: row, into: &unreadable))
            tenants[position].declarations = declarations
        }
        for row in results[5] {
            guard let position = index[try NIB(parsing: try row.text(0) ?? "")], let since = try date(row.text(3))
            else { continue }
            tenants[position].partnerships.append(
                try Partnership(
                    partner: try row.text(1) ?? "", product: try row.text(2) ?? "", since: since,
                    endedOn: try date(row.text(4)),
                    terms: try PartnershipTerms(
                        industry: try row.text(5).map { try NIB(parsing: $0) }, forum: try row.text(6),
                        valuePerYear: try row.int(7).map(Rupiah.init), jobs: try row.int(8).map { Int($0) },
                        localJobs: try row.int(9).map { Int($0) })))
        }
        let applications = try results[6].map { row in
            try Application(
                nib: try NIB(parsing: try row.text(0) ?? ""), minArea: Area(squareCentimetres: try row.int(1) ?? 0),
                maxArea: Area(squareCentimetres: try row.int(2) ?? 0), phase: try row.int(3).map { Int($0) },
                submittedOn: try date(row.text(4)) ?? CivilDate(daysSinceEpoch: 0),
                reconfirmedOn: try date(row.text(5)),
                closing: try closing(status: try row.text(6), on: try date(row.text(7)), detail: try row.text(8)))
        }
        let leases = try results[7].map { row in
            let state: Lease.State
            switch try row.text(4) {
            case "ended": state = .ended
            case "terminated":
                state = .terminated(
                    on: try date(row.text(5)) ?? CivilDate(daysSinceEpoch: 0), reason: try row.text(6) ?? "")
            default: state = .signed
            }
            return try Lease(
                plotCode: try row.text(0) ?? "", nib: try NIB(parsing: try row.text(1) ?? ""),
                start: try date(row.text(2)) ?? CivilDate(daysSinceEpoch: 0), end: try date(row.text(3)), state: state,
                agreedMonthlyRent: try row.int(7).map(Rupiah.init))
        }
        let ruleSets = try results[8].map { try RuleSetDocument.decode(try $0.text(0) ?? "") }
        let book = try results[0].first?.text(2)
        let ruleBook = try RuleBook(library: ruleSets, choosing: book)
        if let book, ruleBook.ruleSets.isEmpty {
            unreadable.append(
                EstateProblem(
                    subject: "rule book \(book)",
                    problem: "the estate chose it, and the store holds no version of it; no verdict can be given "
                        + "until a version of it is loaded"))
        }
        return Estate(
            name: name, regency: try results[0].first?.text(1), phases: phases, plots: plots, tenants: tenants, leases: leases, applications: applications,
            ruleBook: ruleBook, unreadable: unreadable)
    }

    /// A stored outline or boundary, or nil with the reason in `unreadable` when it no longer
    /// parses: the rest of the estate stays readable.
    private static func polygon(
        _ text: String?, of subject: String, _ what: String, into unreadable: inout [EstateProblem]
    ) -> PlanPolygon? {
        guard let text else { return nil }
        do {
            return try PlanPolygon(parsing: text)
        } catch {
            let reason = (error as? InputError)?.problem ?? "is not a polygon"
            unreadable.append(
                EstateProblem(
                    subject: subject,
                    problem: "its stored \(what) \"\(text.prefix(80))\" \(reason); it is read as having none until "
                        + "it is written again"))
            return nil
        }
    }

    /// Phases from the rows of `StoreQueries.phases`.
    package static func phases(_ rows: [any SQLRowReader]) throws -> [Phase] {
        var unreadable: [EstateProblem] = []
        return try phases(rows, unreadable: &unreadable)
    }

    static func phases(_ rows: [any SQLRowReader], unreadable: inout [EstateProblem]) throws -> [Phase] {
        try rows.map { row in
            Phase(
                id: Int(try row.int(0) ?? 0), name: try row.text(1) ?? "",
                grossArea: Area(squareCentimetres: try row.int(2) ?? 0),
                landUse: try LandUseSplit(
                    leasablePercent: Int(try row.int(3) ?? 0), greenBufferPercent: Int(try row.int(4) ?? 0),
                    roadsUtilitiesPercent: Int(try row.int(5) ?? 0)),
                opensOn: try date(row.text(6)),
                boundary: polygon(try row.text(7), of: "phase \(try row.int(0) ?? 0)", "boundary", into: &unreadable))
        }
    }

    /// An application's stored closing (`status`, `closed_on`, `closed_detail`, migration 0014);
    /// the schema's checks keep the three whole.
    static func closing(status: String?, on: CivilDate?, detail: String?) throws -> ApplicationClosing? {
        guard let on, let detail else { return nil }
        switch status {
        case "housed": return .housed(on: on, plot: detail)
        case "withdrawn": return .withdrawn(on: on, reason: detail)
        case "refused": return .refused(on: on, rules: detail)
        default: return nil
        }
    }

    private static func date(_ text: String?) throws -> CivilDate? {
        try text.map { try CivilDate(parsing: $0, field: "date") }
    }
    /// The stored version of a declaration after the versions read before it. A row that breaks
    /// the versions' rules (a version missing, figures or filing day not following) is still
    /// read, as the year's figures that count, and named among the estate's unreadable records.
    static func versioned(
        _ figures: Declaration, version: Int, correction: DeclarationCorrection?, after earlier: Declaration?,
        of row: any SQLRowReader, into unreadable: inout [EstateProblem]
    ) throws -> Declaration {
        do {
            return try Declaration(
                fiscalYear: figures.fiscalYear, turnover: figures.turnover, workers: figures.workers,
                localWorkers: figures.localWorkers, investment: figures.investment, declaredOn: figures.declaredOn,
                version: version, correction: correction, superseded: earlier?.versions ?? [])
        } catch let error as InputError {
            unreadable.append(
                EstateProblem(
                    subject: "the \(figures.fiscalYear) declaration of NIB \(try row.text(0) ?? "")",
                    problem: "version \(version) is stored out of order (\(error.description)); it is read as the figures "
                        + "that count, without the versions before it"))
            return figures
        }
    }

}

/// A rule-set version as the JSON document stored in `rule_sets.document`: the same layout as
/// `seeds/rules/eligibility.json`.
public enum RuleSetDocument {
    public static func encode(_ set: RuleSet) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(set), as: UTF8.self)
    }

    public static func decode(_ text: String) throws -> RuleSet {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RuleSet.self, from: Data(text.utf8))
    }
}
