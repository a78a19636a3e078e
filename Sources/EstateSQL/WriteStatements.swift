import EstateDomain
import EstateStore
import Foundation

/// The INSERT statement of each kind of record, in the dialect both engines read. Plain
/// one-row inserts are marked so that PostgreSQL can bulk-load them with COPY. The records of one
/// estate (phases, plots, applications, leases) are written for its id (`WriteStatements(estate:)`);
/// the firm registry's and the rule sets' are static.
package struct WriteStatements: Sendable {
    /// The estate these statements write to.
    package let estateID: Int64

    package init(estate: Int64) {
        estateID = estate
    }

    /// The store's first estate, its default (migration 0010 gives an existing one the same code).
    package static func firstEstate(name: String, regency: String?) -> SQLStatement {
        SQLStatement(
            "INSERT INTO estates (id, name, regency, code, is_default) VALUES (?, ?, ?, ?, TRUE)",
            [
                .int(StoreQueries.firstEstateID), .text(name), regency.map { .text($0) } ?? .null,
                .text(StoreQueries.defaultEstateCode),
            ])
    }

    package func phase(_ phase: Phase) -> SQLStatement {
        .insert(
            into: "phases",
            [
                "estate_id", "number", "name", "gross_cm2", "leasable_percent", "green_buffer_percent",
                "roads_utilities_percent", "opens_on", "boundary",
            ],
            [
                .int(estateID), .int(Int64(phase.id)), .text(phase.name), .area(phase.grossArea),
                .int(Int64(phase.landUse.leasablePercent)), .int(Int64(phase.landUse.greenBufferPercent)),
                .int(Int64(phase.landUse.roadsUtilitiesPercent)), .optionalDate(phase.opensOn),
                .optionalText(phase.boundary?.text),
            ], subject: .record(what: "phase", key: String(phase.id)))
    }

    package static func ruleSet(_ set: RuleSet) throws -> SQLStatement {
        .insert(
            into: "rule_sets", ["version", "effective_from", "document"],
            [.text(set.version), .date(set.effectiveFrom.iso), .text(try RuleSetDocument.encode(set))],
            subject: .record(what: "rule set", key: set.version))
    }

    package func plot(_ plot: Plot) -> SQLStatement {
        .insert(
            into: "plots", ["estate_id", "phase_number", "code", "area_cm2", "outline", "withdrawn_on"],
            [
                .int(estateID), .int(Int64(plot.phase)), .text(plot.code), .area(plot.area),
                .optionalText(plot.outline?.text), .optionalDate(plot.withdrawnOn),
            ], subject: .record(what: "plot", key: plot.code))
    }

    package static func tenant(_ tenant: Tenant) -> SQLStatement {
        .insert(
            into: "tenants", ["nib", "legal_name", "npwp", "kbli", "address", "contact", "legal_form"],
            [
                .text(tenant.nib.digits), .text(tenant.legalName), .text(tenant.npwp.digits),
                .text(tenant.kbli.map(\.code).joined(separator: ";")), .optionalText(tenant.contact.address),
                .optionalText(tenant.contact.contact), .optionalText(tenant.legalForm?.rawValue),
            ], subject: .record(what: "tenant", key: tenant.nib.digits))
    }

    /// Every version of a fiscal year's declaration, oldest first (an import into an empty store).
    package static func declaration(_ d: Declaration, of nib: NIB) -> [SQLStatement] {
        d.versions.map { declarationVersion($0, of: nib) }
    }

    /// One version's row; the rows of the versions before are not touched.
    package static func declarationVersion(_ d: Declaration, of nib: NIB) -> SQLStatement {
        .insert(
            into: "declarations",
            [
                "nib", "fiscal_year", "turnover", "workers", "local_workers", "investment", "declared_on", "version",
                "correction_reason", "corrected_on",
            ],
            [
                .text(nib.digits), .int(Int64(d.fiscalYear)), .rupiah(d.turnover), .int(Int64(d.workers)),
                .int(Int64(d.localWorkers)), .rupiah(d.investment), .optionalDate(d.declaredOn), .int(Int64(d.version)),
                .optionalText(d.correction?.reason), .optionalDate(d.correction?.on),
            ], subject: .record(what: "declaration", key: "\(nib) \(d.fiscalYear) version \(d.version)"))
    }

    package static func partnership(_ p: Partnership, of nib: NIB) -> SQLStatement {
        .insert(
            into: "partnerships",
            ["nib", "partner", "product", "since", "ended_on", "industry", "forum", "value_per_year", "jobs", "local_jobs"],
            [.text(nib.digits), .text(p.partner), .text(p.product), .date(p.since.iso), .optionalDate(p.endedOn)] + terms(p.terms),
            subject: .record(what: "partnership", key: "\(nib) \(p.partner)"))
    }

    /// A partnership's terms as the columns `industry, forum, value_per_year, jobs, local_jobs` hold them.
    static func terms(_ t: PartnershipTerms) -> [SQLValue] {
        [
            .optionalText(t.industry?.digits), .optionalText(t.forum), t.valuePerYear.map { .int($0.amount) } ?? .null,
            .optionalInt(t.jobs), .optionalInt(t.localJobs),
        ]
    }

    /// Stores a corrected or ended partnership in place of `old`, found by its firm, partner and product.
    package static func update(partnership old: Partnership, to new: Partnership, of nib: NIB) -> SQLStatement {
        SQLStatement(
            """
            UPDATE partnerships SET partner = ?, product = ?, since = ?, ended_on = ?, industry = ?, forum = ?, \
            value_per_year = ?, jobs = ?, local_jobs = ? WHERE nib = ? AND partner = ? AND product = ?
            """,
            [.text(new.partner), .text(new.product), .date(new.since.iso), .optionalDate(new.endedOn)] + terms(new.terms)
                + [.text(nib.digits), .text(old.partner), .text(old.product)], subject: .record(what: "partnership", key: "\(nib) \(new.partner)"))
    }

    package func application(_ a: Application) -> SQLStatement {
        .insert(
            into: "applications",
            [
                "estate_id", "nib", "min_area_cm2", "max_area_cm2", "phase_number", "submitted_on", "reconfirmed_on",
                "status", "closed_on", "closed_detail",
            ],
            [
                .int(estateID), .text(a.nib.digits), .area(a.minArea), .area(a.maxArea), .optionalInt(a.phase),
                .date(a.submittedOn.iso), .optionalDate(a.reconfirmedOn),
                .text(a.closing?.state.rawValue ?? ApplicationState.active.rawValue), .optionalDate(a.closing?.on),
                .optionalText(a.closing?.detail),
            ], subject: .record(what: "application", key: "\(a.nib) \(a.submittedOn.iso)"))
    }

    /// A lease names its plot by code; the plot's id is looked up in the same statement.
    package func lease(_ lease: Lease) -> SQLStatement {
        var terminatedOn: CivilDate?
        var reason: String?
        if case .terminated(let on, let why) = lease.state {
            terminatedOn = on
            reason = why
        }
        return SQLStatement(
            """
            INSERT INTO leases (plot_id, nib, start_on, end_on, status, terminated_on, termination_reason, agreed_monthly_rent)
            VALUES ((SELECT id FROM plots WHERE estate_id = ? AND code = ?), ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .int(estateID), .text(lease.plotCode), .text(lease.nib.digits), .date(lease.start.iso),
                .optionalDate(lease.end), .text(lease.state.name), .optionalDate(terminatedOn), .optionalText(reason),
                lease.agreedMonthlyRent.map { .int($0.amount) } ?? .null,
            ], subject: .lease(plot: lease.plotCode, nib: lease.nib, start: lease.start, end: lease.effectiveEnd))
    }

    /// An audit document `{"state": text}`: a changed record's words before or after.
    package static func stateDocument(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(["state": text])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// An audit document of named texts (`{"added":"3","origin":"tarif.csv"}`), keys sorted.
    package static func auditDocument(_ fields: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(fields)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// An audit entry about `record` (`AuditKeys`) in `estate` (nil: the store-wide registry).
    package static func audit(
        actor: String, action: String, subject: String, before: String? = nil, after: String, record: String? = nil,
        estate: Int64? = nil
    ) -> SQLStatement {
        .insert(
            into: "audit_log", ["actor", "action", "subject", "before", "after", "record", "estate_id"],
            [
                .text(actor), .text(action), .text(subject), before.map(SQLValue.json) ?? .null, .json(after),
                .optionalText(record), estate.map(SQLValue.int) ?? .null,
            ], subject: .none)
    }

    /// Marks the estate as changed; every write plan ends with it (see `EstateRepository.version`).
    /// Moves the store's version after a write and reads it back, in one statement: the engine
    /// runs it last in every write transaction that changed something (triggers move it too, for
    /// changes made by hand; see migration 0006).
    package static let bumpVersion = SQLStatement(
        "UPDATE store_version SET version = version + 1 WHERE id = 1 RETURNING CAST(version AS BIGINT)")

    // MARK: Changes to stored records

    /// Stores a firm's corrected name, NPWP and KBLI codes, found by its NIB.
    package static func update(tenant: Tenant) -> SQLStatement {
        SQLStatement(
            "UPDATE tenants SET legal_name = ?, npwp = ?, kbli = ?, address = ?, contact = ?, legal_form = ? WHERE nib = ?",
            [
                .text(tenant.legalName), .text(tenant.npwp.digits), .text(tenant.kbli.map(\.code).joined(separator: ";")),
                .optionalText(tenant.contact.address), .optionalText(tenant.contact.contact),
                .optionalText(tenant.legalForm?.rawValue), .text(tenant.nib.digits),
            ], subject: .record(what: "tenant", key: tenant.nib.digits))
    }

    /// Moves a lease not yet started to its new dates, found by its plot and old start.
    package func reschedule(_ old: Lease, to new: Lease) -> SQLStatement {
        SQLStatement(
            """
            UPDATE leases SET start_on = ?, end_on = ?
            WHERE plot_id = (SELECT id FROM plots WHERE estate_id = ? AND code = ?) AND start_on = ?
            """,
            [.date(new.start.iso), .optionalDate(new.end), .int(estateID), .text(old.plotCode), .date(old.start.iso)],
            subject: .record(what: "lease", key: "\(old.plotCode) \(old.start.iso)"))
    }

    /// Stores what may change of a plot: its area, outline and withdrawal date.
    package func update(plot: Plot) -> SQLStatement {
        SQLStatement(
            "UPDATE plots SET area_cm2 = ?, outline = ?, withdrawn_on = ? WHERE estate_id = ? AND code = ?",
            [
                .area(plot.area), .optionalText(plot.outline?.text), .optionalDate(plot.withdrawnOn), .int(estateID),
                .text(plot.code),
            ],
            subject: .record(what: "plot", key: plot.code))
    }

    /// Stores an application's reconfirmation and closing, found by its firm and submission day.
    package func update(application a: Application) -> SQLStatement {
        SQLStatement(
            """
            UPDATE applications SET reconfirmed_on = ?, status = ?, closed_on = ?, closed_detail = ?
            WHERE estate_id = ? AND nib = ? AND submitted_on = ?
            """,
            [
                .optionalDate(a.reconfirmedOn), .text(a.closing?.state.rawValue ?? ApplicationState.active.rawValue),
                .optionalDate(a.closing?.on), .optionalText(a.closing?.detail), .int(estateID), .text(a.nib.digits),
                .date(a.submittedOn.iso),
            ],
            subject: .record(what: "application", key: "\(a.nib) \(a.submittedOn.iso)"))
    }

    /// Sets a stored lease's end, status and termination, found by its plot and start.
    package func update(lease: Lease) -> SQLStatement {
        var terminatedOn: CivilDate?
        var reason: String?
        if case .terminated(let on, let why) = lease.state {
            terminatedOn = on
            reason = why
        }
        return SQLStatement(
            """
            UPDATE leases SET end_on = ?, status = ?, terminated_on = ?, termination_reason = ?
            WHERE plot_id = (SELECT id FROM plots WHERE estate_id = ? AND code = ?) AND start_on = ?
            """,
            [
                .optionalDate(lease.end), .text(lease.state.name), .optionalDate(terminatedOn), .optionalText(reason),
                .int(estateID), .text(lease.plotCode), .date(lease.start.iso),
            ], subject: .lease(plot: lease.plotCode, nib: lease.nib, start: lease.start, end: lease.effectiveEnd))
    }
}
