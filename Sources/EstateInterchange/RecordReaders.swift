import EstateDomain
import EstateStore

/// Turns the rows of each public CSV format into domain values, collecting every bad row.
public enum RecordReaders {
    typealias P = FieldParsers

    /// `plots.csv`: code, phase, area_m2, polygon, withdrawn_on.
    public static func plots(file: String, text: String) throws -> [Sourced<Plot>] {
        try CSVTable(file: file, text: text, columns: ColumnNames.plots, required: ["code", "phase", "area_m2"]).sourced
        {
            row in
            try Plot(
                code: try row.required("code"), phase: try row.required("phase", P.count),
                area: try row.required("area_m2", P.area), outline: try row.optional("polygon", P.polygon),
                withdrawnOn: try row.optional("withdrawn_on", P.date))
        }
    }

    /// `tenants.csv`, one row per declaration: rows of one NIB must agree on name, NPWP and KBLI.
    /// A firm without a declaration is one row whose declaration columns are all empty.
    public static func tenants(file: String, text: String) throws -> [Sourced<Tenant>] {
        let table = try CSVTable(
            file: file, text: text, columns: ColumnNames.tenants,
            required: [
                "nib", "name", "npwp", "kbli", "fiscal_year", "turnover", "workers", "local_workers", "investment",
            ])
        let rows = try table.map { row in
            let tenant = try Tenant(
                nib: try row.required("nib", P.nib), legalName: try row.required("name"),
                npwp: try row.required("npwp", P.npwp), kbli: try row.required("kbli", P.kbliList),
                contact: try TenantContact(address: row.text("address"), contact: row.text("contact")),
                legalForm: try row.optional("legal_form") { try LegalForm(parsing: $0, field: $1) })
            let figures = [
                "fiscal_year", "turnover", "workers", "local_workers", "investment", "declared_on", "version",
                "correction_reason", "corrected_on",
            ]
            guard figures.contains(where: { row.text($0) != nil }) else {
                return (row.line, tenant, nil as Declaration?, 1, nil as DeclarationCorrection?)
            }
            // The row's own figures; a version after 1 is chained onto the rows before it below.
            let declaration = try Declaration(
                fiscalYear: try row.required("fiscal_year", P.count), turnover: try row.required("turnover", P.rupiah),
                workers: try row.required("workers", P.count), localWorkers: try row.required("local_workers", P.count),
                investment: try row.required("investment", P.rupiah), declaredOn: try row.optional("declared_on", P.date))
            let correction = try row.text("correction_reason").map { reason in
                try DeclarationCorrection(
                    reason: reason, on: try row.required("corrected_on", P.date), field: "correction_reason")
            }
            let version = try row.optional("version", P.count) ?? 1
            if correction == nil, let on = row.text("corrected_on") {
                throw InputError(
                    field: "correction_reason", value: "", problem: "is empty while corrected_on is \(on)",
                    fix: "Give the reason of the correction, or leave corrected_on empty on a version as filed.")
            }
            if version == 1, let correction {
                throw InputError(
                    field: "correction_reason", value: correction.reason, problem: "is given on version 1, the figures as filed",
                    fix: "Leave correction_reason and corrected_on empty on version 1; a correction is version 2 or later.")
            }
            return (row.line, tenant, Optional(declaration), version, correction)
        }
        var tenants: [NIB: Tenant] = [:]
        var lines: [NIB: [Int]] = [:]
        var errors: [RowError] = []
        for (line, tenant, declaration, version, correction) in rows {
            lines[tenant.nib, default: []].append(line)
            var merged = tenants[tenant.nib] ?? tenant
            if merged.legalName != tenant.legalName || merged.npwp != tenant.npwp || merged.kbli != tenant.kbli
                || merged.contact != tenant.contact || merged.legalForm != tenant.legalForm
            {
                errors.append(
                    RowError(
                        file: file, line: line,
                        error: InputError(
                            field: "name", value: tenant.legalName,
                            problem:
                                "differs from an earlier row of NIB \(tenant.nib) (\(merged.legalName), NPWP \(merged.npwp), "
                                + "KBLI \(merged.kbli.map(\.code).joined(separator: ";")))",
                            fix: "Give every declaration row of one firm the same name, NPWP, KBLI codes, legal form, address and contact.")))
            }
            guard let declaration else {
                tenants[tenant.nib] = merged
                continue
            }
            let at = merged.declarations.firstIndex { $0.fiscalYear == declaration.fiscalYear }
            if let at, version != merged.declarations[at].version + 1 {
                let earlier = merged.declarations[at].version
                let error =
                    version > earlier + 1
                    ? InputError(
                        field: "version", value: String(version),
                        problem: "comes after version \(earlier) of \(declaration.fiscalYear) for NIB \(tenant.nib); "
                            + "version \(earlier + 1) is missing",
                        fix: "Give every version of the year, 1, 2, 3 …, each on the row after the one it corrects.")
                    : InputError(
                        field: "fiscal_year", value: String(declaration.fiscalYear),
                        problem: "is declared twice for NIB \(tenant.nib) (version \(version) after version \(earlier))",
                        fix: "Keep one row per firm and fiscal year, or number its corrections 2, 3 … "
                            + "on the rows after it, each with its correction_reason and corrected_on.")
                errors.append(RowError(file: file, line: line, error: error))
                continue
            }
            do {
                // A later version of the year comes on the row after the version it corrects.
                let versioned = try Declaration(
                    fiscalYear: declaration.fiscalYear, turnover: declaration.turnover, workers: declaration.workers,
                    localWorkers: declaration.localWorkers, investment: declaration.investment,
                    declaredOn: declaration.declaredOn, version: version, correction: correction,
                    superseded: at.map { merged.declarations[$0].versions } ?? [])
                if let at { merged.declarations[at] = versioned } else { merged.declarations.append(versioned) }
            } catch let error as InputError {
                errors.append(RowError(file: file, line: line, error: error))
            }
            tenants[tenant.nib] = merged
        }
        guard errors.isEmpty else { throw RowErrors(errors: errors) }
        return tenants.values.sorted { $0.nib < $1.nib }.map { tenant in
            let numbers = lines[tenant.nib] ?? []
            return Sourced(
                tenant,
                origin:
                    "\(file) line\(numbers.count > 1 ? "s" : "") \(numbers.map(String.init).joined(separator: ", "))")
        }
    }

    /// `applications.csv`: nib, min_area_m2, max_area_m2, phase, submitted_on, reconfirmed_on, and
    /// optionally status (active, housed, withdrawn, refused; active when empty), closed_on and
    /// closed_detail (the plot housed on, the firm's reason, or the refusing rules) for a closed one.
    public static func applications(file: String, text: String) throws -> [Sourced<Application>] {
        try CSVTable(
            file: file, text: text, columns: ColumnNames.applications,
            required: ["nib", "min_area_m2", "max_area_m2", "submitted_on"]
        ).sourced { row in
            try Application(
                nib: try row.required("nib", P.nib), minArea: try row.required("min_area_m2", P.area),
                maxArea: try row.required("max_area_m2", P.area), phase: try row.optional("phase", P.count),
                submittedOn: try row.required("submitted_on", P.date),
                reconfirmedOn: try row.optional("reconfirmed_on", P.date), closing: try closing(row))
        }
    }

    /// The closing a row of `applications.csv` states, or nil for an active application.
    private static func closing(_ row: CSVTable.Row) throws -> ApplicationClosing? {
        let status = row.text("status")?.lowercased() ?? "active"
        if status == "active" || status == "aktif" {
            for column in ["closed_on", "closed_detail"] where row.text(column) != nil {
                throw InputError(
                    field: column, value: row.text(column) ?? "", problem: "is filled in for an active application",
                    fix: "Give the row its status (housed, withdrawn or refused), or leave closed_on and closed_detail empty.")
            }
            return nil
        }
        let on = try row.required("closed_on", P.date)
        let detail = try row.required("closed_detail")
        switch status {
        case "housed", "mendapat_kavling": return .housed(on: on, plot: try Plot.normalise(code: detail, field: "closed_detail"))
        case "withdrawn", "ditarik":
            return .withdrawn(
                on: on,
                reason: try FreeText.checked(detail, field: "closed_detail", limit: 500, example: "pindah ke Karawang"))
        case "refused", "ditolak":
            let ids = detail.split(separator: ";", omittingEmptySubsequences: false)
            guard detail.count <= 500, !ids.isEmpty,
                ids.allSatisfy({ id in !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } })
            else {
                throw InputError(
                    field: "closed_detail", value: String(detail.prefix(80)), problem: "is not a list of rule ids",
                    fix: "Give the ids of the rules that refused it, separated by ';', e.g. turnover-max;workforce-range.")
            }
            return .refused(on: on, rules: detail)
        default:
            throw InputError(
                field: "status", value: status, problem: "is not an application state",
                fix: "Use active, housed, withdrawn or refused (lapsing is read off the dates), or leave it empty.")
        }
    }

    /// `leases.csv`: plot, nib, start, end, status, terminated_on, termination_reason and, for a lease
    /// with its own rent, agreed_monthly_rent.
    public static func leases(file: String, text: String) throws -> [Sourced<Lease>] {
        try CSVTable(file: file, text: text, columns: ColumnNames.leases, required: ["plot", "nib", "start"]).sourced {
            row in
            let state: Lease.State
            switch row.text("status")?.lowercased() ?? "signed" {
            case "signed", "aktif": state = .signed
            case "ended", "selesai": state = .ended
            case "terminated", "diakhiri":
                state = .terminated(
                    on: try row.required("terminated_on", P.date), reason: try row.required("termination_reason"))
            case let other:
                throw InputError(
                    field: "status", value: other, problem: "is not a lease status",
                    fix: "Write signed, ended or terminated (with terminated_on and termination_reason).")
            }
            return try Lease(
                plotCode: try row.required("plot"), nib: try row.required("nib", P.nib),
                start: try row.required("start", P.date), end: try row.optional("end", P.date), state: state,
                agreedMonthlyRent: try row.optional("agreed_monthly_rent", P.rupiah))
        }
    }

    /// `partnerships.csv`: nib, partner, product, since and, once it ended, ended_on (the first
    /// day it is no longer in force); and, when known, its terms (issue 18): the registered
    /// industry's NIB, the forum it followed, value_per_year, jobs and local_jobs. With each
    /// row's line.
    public static func partnerships(file: String, text: String) throws -> [(line: Int, nib: NIB, Partnership)] {
        try CSVTable(
            file: file, text: text, columns: ColumnNames.partnerships, required: ["nib", "partner", "product", "since"]
        ).map { row in
            (
                row.line, try row.required("nib", P.nib),
                try Partnership(
                    partner: try row.required("partner"), product: try row.required("product"),
                    since: try row.required("since", P.date), endedOn: try row.optional("ended_on", P.date),
                    terms: try PartnershipTerms(
                        industry: try row.optional("industry", P.nib), forum: row.text("forum"),
                        valuePerYear: try row.optional("value_per_year", P.rupiah), jobs: try row.optional("jobs", P.count),
                        localJobs: try row.optional("local_jobs", P.count)))
            )
        }
    }
}
