import EstateDomain
import EstateStore

/// The statements both engines run to read an estate: those about one estate's records are
/// made for its id (`StoreQueries(estate:)`), those about the firm registry and the rule sets,
/// which every estate shares, are static. Dates are read as ISO text and integers as 64-bit, the
/// same on PostgreSQL and SQLite.
package struct StoreQueries: Sendable {
    /// The id of the estate a store's first write creates (a fresh store's default estate).
    package static let firstEstateID: Int64 = 1
    /// The code of the store's first estate: `KAWASAN-` and its id, as migration 0010 names it.
    package static let defaultEstateCode = "KAWASAN-\(firstEstateID)"

    /// The estate these statements are about.
    package let estateID: Int64

    package init(estate: Int64) {
        estateID = estate
    }

    package var estate: SQLStatement { SQLStatement("SELECT name, regency, rule_book FROM estates WHERE id = ?", [.int(estateID)]) }
    package var phases: SQLStatement {
        SQLStatement(
        """
        SELECT CAST(number AS BIGINT), name, gross_cm2, CAST(leasable_percent AS BIGINT),
               CAST(green_buffer_percent AS BIGINT), CAST(roads_utilities_percent AS BIGINT),
               CAST(opens_on AS TEXT), boundary
        FROM phases WHERE estate_id = ? ORDER BY number
        """, [.int(estateID)])
    }
    package var plots: SQLStatement {
        SQLStatement(
        """
        SELECT code, CAST(phase_number AS BIGINT), area_cm2, outline, CAST(withdrawn_on AS TEXT)
        FROM plots WHERE estate_id = ? ORDER BY code
        """, [.int(estateID)])
    }
    package static let tenants = SQLStatement("SELECT nib, legal_name, npwp, kbli, address, contact, legal_form FROM tenants ORDER BY nib")
    package static let declarations = SQLStatement(
        """
        SELECT nib, CAST(fiscal_year AS BIGINT), turnover, CAST(workers AS BIGINT), CAST(local_workers AS BIGINT),
               investment, CAST(declared_on AS TEXT), CAST(version AS BIGINT), correction_reason,
               CAST(corrected_on AS TEXT)
        FROM declarations ORDER BY nib, fiscal_year, version
        """)
    package static let partnerships = SQLStatement(
        """
        SELECT nib, partner, product, CAST(since AS TEXT), CAST(ended_on AS TEXT), industry, forum, value_per_year, jobs, \
        local_jobs FROM partnerships ORDER BY nib, partner, product
        """)
    package var applications: SQLStatement {
        SQLStatement(
        """
        SELECT nib, min_area_cm2, max_area_cm2, CAST(phase_number AS BIGINT), CAST(submitted_on AS TEXT),
               CAST(reconfirmed_on AS TEXT), status, CAST(closed_on AS TEXT), closed_detail
        FROM applications WHERE estate_id = ? ORDER BY submitted_on, nib
        """, [.int(estateID)])
    }
    package var leases: SQLStatement {
        SQLStatement(
        """
        SELECT p.code, l.nib, CAST(l.start_on AS TEXT), CAST(l.end_on AS TEXT), l.status,
               CAST(l.terminated_on AS TEXT), l.termination_reason, l.agreed_monthly_rent
        FROM leases l JOIN plots p ON p.id = l.plot_id
        WHERE p.estate_id = ? ORDER BY p.code, l.start_on
        """, [.int(estateID)])
    }
    package static let ruleSets = SQLStatement("SELECT document FROM rule_sets ORDER BY effective_from, version")

    /// The embedded store's version: one for every estate (SQLite lets one writer at a time, so a
    /// version per estate would gain nothing; PostgreSQL's is per estate, see migration 0011).
    package static let version = SQLStatement("SELECT CAST(version AS BIGINT) FROM store_version WHERE id = 1")

    /// Every read of a snapshot, in the order `SnapshotReader` expects.
    package var snapshot: [SQLStatement] {
        [
            estate, phases, plots, Self.tenants, Self.declarations, Self.partnerships, applications, leases,
            Self.ruleSets,
        ]
    }

    /// How many statements a snapshot reads.
    package static let snapshotStatements = 9

    /// The leases on a plot overlapping a period, to explain a refused lease.
    package func overlapping(plot: String, start: String, end: String?) -> SQLStatement {
        SQLStatement(
            """
            SELECT t.legal_name, CAST(l.start_on AS TEXT), CAST(COALESCE(l.terminated_on, l.end_on) AS TEXT)
            FROM leases l JOIN plots p ON p.id = l.plot_id JOIN tenants t ON t.nib = l.nib
            WHERE p.estate_id = ? AND p.code = ?
              AND l.start_on < ? AND ? < COALESCE(l.terminated_on, l.end_on, '9999-12-31')
            ORDER BY l.start_on
            """, [.int(estateID), .text(plot), .date(end ?? "9999-12-31"), .date(start)])
    }

    /// Plots per phase and status on a date, with their area: the status rule of
    /// `Estate.status(of:on:)` (withdrawn, then leased, then planned, else vacant) in SQL.
    package func statusFigures(asOf date: CivilDate) -> SQLStatement {
        let day = SQLValue.date(date.iso)
        return SQLStatement(
            """
            SELECT CAST(phase AS BIGINT), status, CAST(count(*) AS BIGINT), CAST(COALESCE(sum(area), 0) AS BIGINT)
            FROM (
                SELECT p.phase_number AS phase, p.area_cm2 AS area,
                       CASE
                           WHEN p.withdrawn_on IS NOT NULL AND p.withdrawn_on <= ? THEN 'withdrawn'
                           WHEN in_force.plot_id IS NOT NULL THEN 'leased'
                           WHEN ph.opens_on IS NULL OR ph.opens_on > ? THEN 'planned'
                           ELSE 'vacant'
                       END AS status
                FROM plots p
                JOIN phases ph ON ph.estate_id = p.estate_id AND ph.number = p.phase_number
                LEFT JOIN (
                    SELECT DISTINCT plot_id FROM leases
                    WHERE start_on <= ? AND ? < COALESCE(terminated_on, end_on, '9999-12-31')
                ) AS in_force ON in_force.plot_id = p.id
                WHERE p.estate_id = ?
            ) AS plot_status
            GROUP BY phase, status ORDER BY phase, status
            """, [day, day, day, day, .int(estateID)])
    }

    /// A row of `overlapping(plot:start:end:)`: who holds the plot, from when, until when.
    package static func holder(_ row: any SQLRowReader) throws -> (String, CivilDate, CivilDate?) {
        (
            try row.text(0) ?? "", try CivilDate(parsing: try row.text(1) ?? "", field: "start"),
            try row.text(2).map { try CivilDate(parsing: $0, field: "end") }
        )
    }

    /// The audit entries `query` asks for, newest first. `utcAt` is the engine's expression of an
    /// entry's time as ISO 8601 UTC text (`2026-11-22T03:04:05.678Z`), so that both engines read
    /// and compare times alike.
    package static func audit(_ query: AuditQuery, utcAt: String) -> SQLStatement {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let record = query.record {
            let (exact, under) = AuditQuery.prefixes(of: record)
            conditions.append("(a.record = ?" + String(repeating: " OR a.record LIKE ?", count: under.count) + ")")
            values += [.text(exact)] + under.map { .text($0 + "%") }
        }
        if let estate = query.estate {
            conditions.append("(a.estate_id IS NULL OR e.code = ?)")
            values.append(.text(estate))
        }
        if let actor = query.actor {
            conditions.append("a.actor = ?")
            values.append(.text(actor))
        }
        if let since = query.since {
            // 00:00 in Kabupaten Bekasi (UTC+7) is 17:00 UTC the day before.
            conditions.append("\(utcAt) >= ?")
            values.append(.text(since.adding(days: -1).iso + "T17:00:00.000Z"))
        }
        values.append(.int(Int64(query.limit)))
        return SQLStatement(
            """
            SELECT a.id, \(utcAt), a.actor, a.action, a.subject, CAST(a.before AS TEXT), CAST(a.after AS TEXT),
                   a.record, e.code
            FROM audit_log a LEFT JOIN estates e ON e.id = a.estate_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY a.id DESC LIMIT ?
            """, values)
    }

    /// One row of `audit(_:utcAt:)`.
    package static func auditEntry(_ row: any SQLRowReader) throws -> AuditEntry {
        AuditEntry(
            id: try row.int(0) ?? 0, at: try row.text(1) ?? "", actor: try row.text(2) ?? "",
            action: try row.text(3) ?? "", subject: try row.text(4) ?? "", before: try row.text(5),
            after: try row.text(6), record: try row.text(7), estate: try row.text(8))
    }
}
