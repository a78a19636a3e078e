import EstateDomain
import EstatePostgres
import EstateStore
import EstateStores
import Foundation
import Logging
import PostgresNIO

/// An invoice run over 100,000 leases (500 phases of 200 plots, each leased for the whole month
/// to a CV) through the store, beside the same invoices and claims computed and inserted by one
/// `INSERT … SELECT` each in PostgreSQL on an identical database (the ceiling), same run.
enum InvoiceBenchmark {
    static let period = "2026-12"

    static func run(admin: PostgresSettings) async throws {
        let ours = "estate_bench_invoices_\(getpid())"
        let ceiling = "estate_bench_invoices_sql_\(getpid())"
        var seconds: [Double] = []
        for database in [ours, ceiling] {
            try await admin.executeAlone("CREATE DATABASE \(database)")
            let settings = admin.with(database: database)
            let opened = try await StoreLocation(settings.url).open(migrate: true)
            var setup = EstateBatch()
            setup.estateName = "Nasional (generated)"
            _ = try await opened.store.write(setup, actor: "bench")
            for statement in generationSQL { try await settings.executeAlone(statement) }
            let clock = ContinuousClock()
            if database == ours {
                var issued = 0
                let took = try await clock.measure {
                    issued = try await opened.store.runInvoices(
                        try BillingPeriod(parsing: period), actor: "bench", dryRun: false
                    ).issued.count
                }
                print(String(format: "invoices: ours, estate invoices run   %8.3f s  (%d invoices)", took.seconds, issued))
                seconds.append(took.seconds)
            } else {
                let took = try await clock.measure { for sql in ceilingSQL { try await settings.executeAlone(sql) } }
                print(String(format: "invoices: one INSERT … SELECT each    %8.3f s", took.seconds))
                seconds.append(took.seconds)
            }
            await opened.close()
        }
        let totals = try await [ours, ceiling].asyncMap { try await Self.totals(admin.with(database: $0)) }
        print(String(format: "invoices: ours / ceiling speed ratio  %.2f (goal ≥ 0.5)", seconds[1] / seconds[0]))
        print("invoices: count, amount due, VAT, withheld, numbers: \(totals[0] == totals[1] ? "identical" : "DIFFERENT") \(totals[0])")
        for database in [ours, ceiling] { try await admin.executeAlone("DROP DATABASE \(database)") }
    }

    /// What both sides issued: count, sums of amount due, VAT and withholding, and a checksum of
    /// which lease got which number.
    static func totals(_ settings: PostgresSettings) async throws -> [Int64] {
        let connection = try await PostgresConnection.connect(
            configuration: settings.connectionConfiguration, id: 3, logger: Logger(label: "estate.bench"))
        defer { Task { try? await connection.close() } }
        let sql = """
            SELECT count(*)::bigint, sum(amount_due)::bigint, sum(ppn)::bigint, sum(withheld)::bigint,
                   sum(seq::bigint * (lease_id % 997))::bigint,
                   (SELECT count(*) FROM invoice_claims)::bigint
            FROM invoices
            """
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "b"))
            .decode((Int64, Int64, Int64, Int64, Int64, Int64).self)
        {
            return [row.0, row.1, row.2, row.3, row.4, row.5]
        }
        return []
    }

    static let generationSQL = [
        """
        INSERT INTO phases (estate_id, number, name, gross_cm2, leasable_percent, green_buffer_percent,
                            roads_utilities_percent, opens_on)
        SELECT 1, n, 'Kluster ' || n, 714300000, 70, 10, 20, DATE '2015-01-01' FROM generate_series(1, 500) n
        """,
        """
        INSERT INTO plots (estate_id, phase_number, code, area_cm2)
        SELECT 1, 1 + (i - 1) / 200, 'P-' || i, (100 + i % 9) * 10000 + i % 7 * 2500 FROM generate_series(1, 100000) i
        """,
        """
        INSERT INTO tenants (nib, legal_name, npwp, kbli)
        SELECT (9100000000000 + i)::text, 'CV Generated ' || i, (1100000000000000 + i)::text, '25111'
        FROM generate_series(1, 50000) i
        """,
        """
        INSERT INTO leases (plot_id, nib, start_on, end_on, status)
        SELECT p.id, (9100000000001 + p.id % 50000)::text, DATE '2020-01-01', NULL, 'signed' FROM plots p
        """,
        """
        INSERT INTO tariffs (estate_id, phase_number, effective_from, rent_per_m2_month, service_charge_per_m2_month,
                             deposit_months, due_days)
        SELECT 1, n, DATE '2024-01-01', 25000 + n, 5000, 3, 14 FROM generate_series(1, 500) n
        """,
        "INSERT INTO billing_profiles (estate_id, name) VALUES (1, 'Asosiasi IKM Logam')",
        "INSERT INTO pkp_changes (estate_id, from_on, is_pkp) VALUES (1, DATE '2025-01-01', 1)",
        "ANALYZE",
    ]

    /// The same invoices as the store issues for December 2026 (every lease runs the whole month;
    /// a CV withholds), hand-written with the rates of that date.
    static let ceilingSQL = [
        """
        INSERT INTO invoices (estate_id, series, year, seq, number, kind, lease_id, nib, tenant_name, legal_form,
            plot_code, period_start, period_end, issued_on, due_on, lines, subtotal, dpp, ppn, pph_4_2, withheld,
            total, amount_due)
        SELECT 1, 'INV', 2026, seq, 'INV/KAWASAN-1/2026/' || CASE WHEN seq < 100000 THEN lpad(seq::text, 5, '0') ELSE seq::text END, 'periodic', lease_id, nib,
               legal_name, 'CV', code, DATE '2026-12-01', DATE '2026-12-31', DATE '2026-12-01',
               DATE '2026-12-01' + due_days,
               jsonb_build_array(jsonb_build_object('amount', rent, 'days', 31, 'kind', 'rent'),
                                 jsonb_build_object('amount', service, 'days', 31, 'kind', 'service_charge')),
               rent + service, (rent + service) * 11 / 12, (rent + service) * 11 / 12 * 12 / 100, rent / 10,
               rent / 10 + service * 2 / 100, rent + service + (rent + service) * 11 / 12 * 12 / 100,
               rent + service + (rent + service) * 11 / 12 * 12 / 100 - rent / 10 - service * 2 / 100
        FROM (
            SELECT l.id AS lease_id, l.nib, t.legal_name, p.code, tf.due_days,
                   (tf.rent_per_m2_month * p.area_cm2 + 5000) / 10000 AS rent,
                   (tf.service_charge_per_m2_month * p.area_cm2 + 5000) / 10000 AS service,
                   row_number() OVER (ORDER BY p.code COLLATE "C", l.start_on) AS seq
            FROM leases l JOIN plots p ON p.id = l.plot_id JOIN tenants t ON t.nib = l.nib
            JOIN tariffs tf ON tf.estate_id = p.estate_id AND tf.phase_number = p.phase_number
        ) figures
        """,
        """
        INSERT INTO invoice_claims (lease_id, claim, number)
        SELECT lease_id, 'periodic:2026-12', number FROM invoices WHERE estate_id = 1 AND year = 2026
        """,
    ]
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async throws -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
