import EstateDomain
import EstateInterchange
import EstatePostgres
import EstateStore
import EstateStores
import Foundation
import Logging
import PostgresNIO

/// The occupancy report on a generated national-scale dataset (500 clusters as 500 phases of
/// one store, 100,000 plots, 50,000 firms, 1,000,000 leases in history), against the single
/// SQL aggregate that computes the same area and count figures.
enum ReportBenchmark {
    static let asOf = "2026-11-22"

    static func run(admin: PostgresSettings, rules: RuleBook) async throws {
        let database = "estate_bench_report_\(getpid())"
        try await admin.executeAlone("CREATE DATABASE \(database)")
        let settings = admin.with(database: database)
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        let store = opened.store
        var setup = EstateBatch()
        setup.estateName = "Nasional (generated)"
        setup.ruleSets = rules.ruleSets
        _ = try await store.write(setup, actor: "bench")
        let clock = ContinuousClock()
        let generation = try await clock.measure {
            for statement in generationSQL { try await settings.executeAlone(statement) }
        }
        print(
            String(
                format: "report: generated 500 clusters, 100,000 plots, 1,000,000 leases in %.1f s", generation.seconds)
        )

        let date = try CivilDate(parsing: asOf, field: "as_of")
        var report: OccupancyReport?
        var loaded: Estate?
        var figures: OccupancyFigures?
        // Best of three for both sides, so neither pays for a cold cache alone.
        var counted = Duration.seconds(1_000)
        for _ in 0..<3 {
            let once = try await clock.measure { figures = try await store.occupancyFigures(asOf: date) }
            counted = min(counted, once)
        }
        let load = try await clock.measure { loaded = try await store.loadEstate() }
        let compute = try clock.measure {
            report = try OccupancyReport(estate: loaded!, asOf: try CivilDate(parsing: asOf, field: "as_of"))
        }
        await opened.close()
        var aggregate: (plots: Int64, leased: Int64, area: Int64, leasedArea: Int64) = (0, 0, 0, 0)
        var raw = Duration.seconds(1_000)
        for _ in 0..<3 { raw = min(raw, try await clock.measure { aggregate = try await rawAggregate(settings) }) }
        guard let report, let figures else { return }
        let same =
            report.total.plots == Int(aggregate.plots) && report.total.plotsLeased == Int(aggregate.leased)
            && report.total.leasable.squareCentimetres == aggregate.area
            && report.total.leased.squareCentimetres == aggregate.leasedArea
        let ours = load.seconds + compute.seconds
        print(String(format: "report: raw SQL aggregate                     %8.3f s", raw.seconds))
        print(
            String(
                format: "report: ours, figures counted by the store    %8.3f s   ratio to aggregate %.2f",
                counted.seconds, counted.seconds / raw.seconds))
        print(
            String(
                format: "report: ours (load snapshot + compute)        %8.3f s   ratio to aggregate %.1f", ours,
                ours / raw.seconds))
        print(String(format: "report:   of which load (PostgresNIO)         %8.3f s", load.seconds))
        print(String(format: "report:   of which compute (domain)           %8.3f s", compute.seconds))
        print(
            "report: figures \(same && figures.total == report.total ? "identical" : "DIFFERENT"): \(aggregate.leased) of \(aggregate.plots) plots leased"
        )
        if CommandLine.arguments.contains("--keep") {
            print("report: kept database \(database)")
        } else {
            try await admin.executeAlone("DROP DATABASE \(database)")
        }
    }

    /// The same figures (plots and area per phase and status), hand-written for PostgreSQL with
    /// its range containment on the lease period; totals summed from its rows for the check.
    static func rawAggregate(_ settings: PostgresSettings) async throws -> (Int64, Int64, Int64, Int64) {
        let logger = Logger(label: "estate.bench")
        let connection = try await PostgresConnection.connect(
            configuration: settings.connectionConfiguration, id: 2, logger: logger)
        let sql = """
            SELECT p.phase_number, CASE
                       WHEN p.withdrawn_on <= DATE '\(asOf)' THEN 'withdrawn'
                       WHEN f.plot_id IS NOT NULL THEN 'leased'
                       WHEN ph.opens_on IS NULL OR ph.opens_on > DATE '\(asOf)' THEN 'planned'
                       ELSE 'vacant' END AS status,
                   count(*)::bigint, sum(p.area_cm2)::bigint
            FROM plots p
            JOIN phases ph ON ph.estate_id = p.estate_id AND ph.number = p.phase_number
            LEFT JOIN (SELECT DISTINCT plot_id FROM leases WHERE period @> DATE '\(asOf)') f ON f.plot_id = p.id
            WHERE p.estate_id = 1
            GROUP BY 1, 2
            """
        var result: (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
        for try await (_, status, count, area) in try await connection.query(
            PostgresQuery(unsafeSQL: sql), logger: logger
        )
        .decode((Int32, String, Int64, Int64).self) {
            result.0 += count
            if status == "leased" || status == "vacant" { result.2 += area }
            if status == "leased" {
                result.1 += count
                result.3 += area
            }
        }
        try await connection.close()
        return result
    }

    static let generationSQL = [
        """
        INSERT INTO phases (estate_id, number, name, gross_cm2, leasable_percent, green_buffer_percent,
                            roads_utilities_percent, opens_on)
        SELECT 1, n, 'Kluster ' || n, 714300000, 70, 10, 20, DATE '2015-01-01' FROM generate_series(1, 500) n
        """,
        """
        INSERT INTO plots (estate_id, phase_number, code, area_cm2)
        SELECT 1, 1 + (i - 1) / 200, 'P-' || i, (100 + i % 9) * 10000 FROM generate_series(1, 100000) i
        """,
        """
        INSERT INTO tenants (nib, legal_name, npwp, kbli)
        SELECT (9100000000000 + i)::text, 'CV Generated ' || i, (1100000000000000 + i)::text, '25111'
        FROM generate_series(1, 50000) i
        """,
        """
        INSERT INTO declarations (nib, fiscal_year, turnover, workers, local_workers, investment)
        SELECT nib, 2025, 5000000000, 12, 6, 900000000 FROM tenants
        """,
        """
        INSERT INTO leases (plot_id, nib, start_on, end_on, status)
        SELECT p.id, (9100000000001 + (p.id * 7 + k) % 50000)::text,
               DATE '2017-01-01' + k * 365,
               DATE '2017-01-01' + (k + 1) * 365 - CASE WHEN (p.id + k) % 5 = 0 THEN 200 ELSE 0 END,
               'signed'
        FROM plots p, generate_series(0, 9) k
        """,
        "ANALYZE",
    ]
}
