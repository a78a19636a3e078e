import EstateDomain
import EstateOperations
import EstateSQL
import EstateStore
import EstateStores
import Foundation
import Testing

@testable import EstatePostgres
@testable import EstateSQLite

/// Migration 0032 turns the free-text partnerships into the forum's partnership records (issue 18,
/// item 5) with nothing lost, on both engines: every partnership keeps its partner, product and
/// dates; a partner that is the name of exactly one registered industry (case and outer spaces
/// aside) is linked to it, an unknown or ambiguous one is not; the partnerships 0031 kept as forum
/// outcomes move whole (value, jobs, local jobs, dates) into partnerships, one whose names are
/// taken keeping its forum, start and number in the product; MoUs stay outcomes.
@Suite("Migration 0032: partnerships become outcome records, nothing lost")
struct PartnershipMigrationTests {
    static let before32 = 31
    static let firmA = try! NIB(parsing: "9120983690060")
    static let firmB = try! NIB(parsing: "9120510758287")
    static let otomotif = try! NIB(parsing: "8100000000001")
    static func date(_ text: String) -> CivilDate { try! CivilDate(parsing: text, field: "d") }

    /// The sample cluster as version 31 wrote it (partnerships without the terms' columns), three
    /// industries (one named like the sample's partner in other case, two sharing a name), a forum
    /// with one saved meeting and its outcomes: two partnerships and an MoU.
    static func records() throws -> [SQLStatement] {
        let planned = try BatchPlanner.plan(
            EstateBatch(estate: seedEstate),
            on: WriteBase(estate: nil, estateID: 1, version: 0, today: referenceDate, cache: SnapshotCache()), actor: "v31")
        func old(_ statement: SQLStatement) -> SQLStatement {
            guard let copy = statement.copy, copy.table == "partnerships", let at = copy.columns.firstIndex(of: "industry")
            else { return statement }
            return .insert(into: copy.table, Array(copy.columns[..<at]), Array(statement.values[..<at]), subject: statement.subject)
        }
        let a = firmA.digits
        let b = firmB.digits
        return [SQLStatement("INSERT INTO estates (id, name, code, is_default) VALUES (1, 'Kluster', 'KAWASAN-1', TRUE)")]
            + planned.statements.filter { !$0.sql.hasPrefix("INSERT INTO estates") }.map(old)
            + [
                """
                INSERT INTO large_industries (nib, name, kbli, location, regency) VALUES
                ('8100000000001', 'pt otomotif nusantara jaya (FIKTIF)', '29300', 'Cikarang', 'Kabupaten Bekasi'),
                ('8100000000002', 'PT Kembar', '25920', 'MM2100', 'Kabupaten Bekasi'),
                ('8100000000003', 'pt kembar', '25920', 'Jababeka', 'Kabupaten Bekasi')
                """,
                """
                INSERT INTO industry_needs (id, industry, item, process, unit, certifications, opened_on)
                VALUES (1, '8100000000001', 'braket knalpot', 'stamping', 'pcs', '[]', '2027-01-01')
                """,
                "INSERT INTO forums (code, held_on, venue, added_by) VALUES ('F-1', '2027-03-10', 'Aula', 'v31')",
                "INSERT INTO forum_meetings (forum, slot, industry, firm, score, need) VALUES ('F-1', 1, '8100000000001', '\(b)', 80, 1)",
                """
                INSERT INTO partnerships (nib, partner, product, since, ended_on) VALUES
                ('\(a)', 'PT Kembar', 'mur', '2023-02-01', NULL),
                ('\(a)', 'PT Tak Terdaftar', 'baut', '2020-01-01', '2024-06-30'),
                ('\(b)', 'pt otomotif nusantara jaya (FIKTIF)', 'braket knalpot', '2025-01-01', NULL)
                """,
                """
                INSERT INTO forum_outcomes (id, forum, industry, firm, kind, on_date, value_rupiah, ends_on, jobs, local_jobs, recorded_by)
                VALUES
                (1, 'F-1', '8100000000001', '\(b)', 'partnership', '2027-03-20', 600000000, '2029-03-20', 6, 5, 'v31'),
                (2, 'F-1', '8100000000001', '\(b)', 'mou', '2027-03-15', NULL, NULL, NULL, NULL, 'v31'),
                (3, 'F-1', '8100000000001', '\(b)', 'partnership', '2027-05-01', NULL, NULL, NULL, NULL, 'v31')
                """,
            ].map { SQLStatement($0) }
    }

    static func expectNothingLost(_ store: any StoreService) async throws {
        let estate = try #require(try await store.loadEstate())
        func names(_ p: Partnership) -> String {
            "\(p.partner) | \(p.product) | \(p.since.iso) | \(p.endedOn?.iso ?? "-")"
        }
        // Every partnership of the sample is there with its names and dates; the sample's partner
        // named like industry 8100000000001 (in other case) is linked to it.
        for firm in seedEstate.tenants {
            let stored = try #require(estate.tenant(firm.nib))
            for partnership in firm.partnerships {
                let found = try #require(stored.partnerships.first { names($0) == names(partnership) })
                let linked = partnership.partner == "PT Otomotif Nusantara Jaya (fiktif)"
                #expect(found.terms == (linked ? try PartnershipTerms(industry: Self.otomotif) : .none), "\(names(partnership))")
            }
        }
        let a = try #require(estate.tenant(Self.firmA)).partnerships
        #expect(try #require(a.first { $0.partner == "PT Kembar" }).terms == .none, "two industries have that name")
        let ended = try #require(a.first { $0.partner == "PT Tak Terdaftar" })
        #expect(names(ended) == "PT Tak Terdaftar | baut | 2020-01-01 | 2024-06-30" && ended.terms == .none)
        let b = try #require(estate.tenant(Self.firmB)).partnerships
        #expect(b.count == seedEstate.tenant(Self.firmB)!.partnerships.count + 3)
        let listed = try #require(b.first { $0.product == "braket knalpot" })
        #expect(names(listed) == "pt otomotif nusantara jaya (FIKTIF) | braket knalpot | 2025-01-01 | -")
        #expect(listed.terms == (try PartnershipTerms(industry: Self.otomotif)))
        let partner = "pt otomotif nusantara jaya (FIKTIF)"
        let first = try #require(b.first { $0.product == "braket knalpot (F-1, 2027-03-20, #1)" })
        #expect(names(first) == "\(partner) | braket knalpot (F-1, 2027-03-20, #1) | 2027-03-20 | 2029-03-20")
        #expect(
            first.terms
                == (try PartnershipTerms(
                    industry: Self.otomotif, forum: "F-1", valuePerYear: Rupiah(600_000_000), jobs: 6, localJobs: 5)))
        let second = try #require(b.first { $0.product == "braket knalpot (F-1, 2027-05-01, #3)" })
        #expect(names(second) == "\(partner) | braket knalpot (F-1, 2027-05-01, #3) | 2027-05-01 | -")
        #expect(second.terms == (try PartnershipTerms(industry: Self.otomotif, forum: "F-1")))
        // The MoU stays an outcome; the forum's partnerships are read from their records.
        let outcomes = try await store.outcomes()
        #expect(outcomes.map(\.kind) == [.mou, .partnership, .partnership], "by day: 03-15, 03-20, 05-01")
        #expect(outcomes.filter { $0.kind == .partnership }.map(\.value) == [Rupiah(600_000_000), nil])
        let report = try await EstateOperations(store: store).forumReport(year: 2027)
        #expect(report.total.meetings == 1 && report.total.mous == 1 && report.total.partnershipsFromForums == 2)
        #expect(report.total.partnershipValuePerYear == Rupiah(600_000_000) && report.total.jobs == 6 && report.total.localJobs == 5)
        // The schedule, once its meeting has partnerships, is kept.
        await #expect(throws: StoreError.self) {
            try await store.saveSchedule([], forum: "F-1", actor: "test")
        }
    }

    @Test("SQLite: every partnership kept, linked where its partner is one registered industry, forum ones moved whole")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await EstateMigrationTests.oldSQLite(at: path, upTo: Self.before32, records: try Self.records())
        let opened = try await StoreLocation("sqlite:" + path).open(migrate: true)
        try await Self.expectNothingLost(opened.store)
        await opened.close()
    }

    @Test("PostgreSQL: every partnership kept, linked where its partner is one registered industry, forum ones moved whole")
    func postgres() async throws {
        let settings = try await PostgresTestDatabases.shared.empty()
        try await EstateMigrationTests.oldPostgres(settings, upTo: Self.before32, records: try Self.records())
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        try await Self.expectNothingLost(opened.store)
        await opened.close()
    }
}
