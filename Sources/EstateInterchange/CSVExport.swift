import EstateDomain
import Foundation

/// Writes the store's records in the same public CSV format the importer reads, so that an
/// export imports back unchanged.
public enum CSVExport {
    public static func text(_ kind: RecordKind, estate: Estate) -> String {
        var rows: [[String]]
        switch kind {
        case .plots:
            rows = [["code", "phase", "area_m2", "polygon", "withdrawn_on"]]
            rows += estate.plots.map {
                [
                    $0.code, String($0.phase), $0.area.squareMetresText, $0.outline?.text ?? "",
                    $0.withdrawnOn?.iso ?? "",
                ]
            }
        case .tenants:
            rows = [
                [
                    "nib", "name", "npwp", "kbli", "fiscal_year", "turnover", "workers", "local_workers", "investment",
                    "declared_on", "version", "correction_reason", "corrected_on", "address", "contact", "legal_form",
                ]
            ]
            for tenant in estate.tenants {
                if tenant.declarations.isEmpty {
                    // A firm not yet declared is kept: a row with empty declaration columns.
                    rows.append([
                        tenant.nib.digits, tenant.legalName, tenant.npwp.digits, tenant.kbli.map(\.code).joined(separator: ";"),
                        "", "", "", "", "", "", "", "", "", tenant.contact.address ?? "", tenant.contact.contact ?? "",
                        tenant.legalForm?.rawValue ?? "",
                    ])
                }
                // Every version of a year, oldest first: a corrected figure keeps the one it replaced.
                for d in tenant.declarations.sorted(by: { $0.fiscalYear < $1.fiscalYear }).flatMap(\.versions) {
                    rows.append([
                        tenant.nib.digits, tenant.legalName, tenant.npwp.digits,
                        tenant.kbli.map(\.code).joined(separator: ";"),
                        String(d.fiscalYear), String(d.turnover.amount), String(d.workers), String(d.localWorkers),
                        String(d.investment.amount), d.declaredOn?.iso ?? "", String(d.version),
                        d.correction?.reason ?? "", d.correction?.on.iso ?? "", tenant.contact.address ?? "",
                        tenant.contact.contact ?? "", tenant.legalForm?.rawValue ?? "",
                    ])
                }
            }
        case .applications:
            rows = [
                [
                    "nib", "min_area_m2", "max_area_m2", "phase", "submitted_on", "reconfirmed_on", "status", "closed_on",
                    "closed_detail",
                ]
            ]
            rows += estate.applications.map {
                [
                    $0.nib.digits, $0.minArea.squareMetresText, $0.maxArea.squareMetresText,
                    $0.phase.map(String.init) ?? "",
                    $0.submittedOn.iso, $0.reconfirmedOn?.iso ?? "",
                    $0.closing?.state.rawValue ?? ApplicationState.active.rawValue, $0.closing?.on.iso ?? "",
                    $0.closing?.detail ?? "",
                ]
            }
        case .leases:
            rows = [["plot", "nib", "start", "end", "status", "terminated_on", "termination_reason", "agreed_monthly_rent"]]
            rows += estate.leases.sorted { ($0.plotCode, $0.start) < ($1.plotCode, $1.start) }.map { lease in
                var on = "", reason = ""
                if case .terminated(let day, let why) = lease.state {
                    on = day.iso
                    reason = why
                }
                return [
                    lease.plotCode, lease.nib.digits, lease.start.iso, lease.end?.iso ?? "", lease.state.name, on,
                    reason, lease.agreedMonthlyRent.map { String($0.amount) } ?? "",
                ]
            }
        case .partnerships:
            rows = [["nib", "partner", "product", "since", "ended_on", "industry", "forum", "value_per_year", "jobs", "local_jobs"]]
            for tenant in estate.tenants {
                rows += tenant.partnerships.map {
                    let terms = $0.terms
                    return [
                        tenant.nib.digits, $0.partner, $0.product, $0.since.iso, $0.endedOn?.iso ?? "",
                        terms.industry?.digits ?? "", terms.forum ?? "", terms.valuePerYear.map { String($0.amount) } ?? "",
                        terms.jobs.map(String.init) ?? "", terms.localJobs.map(String.init) ?? "",
                    ]
                }
            }
        }
        return rows.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting: a field with a comma, quote, line break or tab is quoted, quotes
    /// doubled (a tab left bare splits the cell when a spreadsheet pastes the row).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" })
        else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
