import EstateDomain
import EstateInterchange
import EstateReports
import Foundation
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite("The seed folder")
struct SeedDirectoryTests {
    let estate: Estate
    let today = try! CivilDate(parsing: "2026-11-22", field: "as_of")

    init() throws {
        estate = try SeedDirectory.load(path: repositoryRoot.appendingPathComponent("seeds").path)
    }

    @Test("loads whole and consistent: plots fill phase 1's leasable share, phase 2 planned")
    func consistent() throws {
        #expect(estate.problems(asOf: today).isEmpty)
        #expect(estate.tenants.count >= 25)
        #expect(estate.phases.map(\.grossArea) == [Area(squareMetres: 8000), Area(squareMetres: 25000)])
        #expect(estate.phases[1].opensOn == nil)
        let phase1 = estate.plots.filter { $0.phase == 1 }.reduce(Area.zero) { $0 + $1.area }
        #expect(phase1 <= estate.phases[0].leasableCapacity)
        #expect(phase1 > estate.phases[0].leasableCapacity.share(percent: 90))
    }

    @Test("covers every eligibility boundary")
    func boundaries() throws {
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        let declarations = estate.tenants.compactMap { $0.declaration(asOf: today) }
        for amount: Int64 in [
            50_000_000_000, 50_000_000_001, 2_000_000_000, 2_000_000_001, 15_000_000_000, 15_000_000_001,
        ] {
            #expect(declarations.contains { $0.turnover.amount == amount }, "no tenant with turnover \(amount)")
        }
        for workers in [9, 10, 15, 16] {
            #expect(declarations.contains { $0.workers == workers }, "no tenant with \(workers) workers")
        }
        let verdicts = try estate.tenants.map { try evaluator.evaluate($0, asOf: today) }
        #expect(verdicts.contains { $0.failedRules == ["metal-sector"] })
        #expect(verdicts.contains { $0.advisories == ["local-workers"] && $0.eligible })
        #expect(verdicts.contains { $0.fiscalYear == nil })
    }

    @Test("the occupancy report on the reference date")
    func occupancy() throws {
        let report = try OccupancyReport(estate: estate, asOf: today)
        #expect(report.phases[0].figures.plotsLeased == 18)
        #expect(report.phases[0].figures.plotsLeasable == 21)
        #expect(report.vacantPlots.map(\.code) == ["A-04", "A-10", "A-15"])
        #expect(report.tenantsOutOfRules.count == 1)
        #expect(report.expiringLeases.count == 2)
    }
}

@Suite("CSV rows: aliases, separators and errors")
struct RecordReaderTests {
    @Test("Indonesian headers, a BOM and ; separators are accepted")
    func aliases() throws {
        let text = "\u{FEFF}kode;tahap;luas_m2\nA-01;1;312,5\n"
        let plots = try RecordReaders.plots(file: "plots.csv", text: text)
        #expect(plots.map(\.value.code) == ["A-01"])
        #expect(plots[0].value.area == Area(squareCentimetres: 3_125_000))
        #expect(plots[0].origin == "plots.csv line 2")
    }

    @Test("every bad row is listed with its line and column, and nothing is returned")
    func errors() {
        let text = """
            nib,nama_perusahaan,npwp,kbli,tahun,omzet,jumlah_pekerja,pekerja_lokal,investasi
            9120983690060,CV Satu,01.234.567.8-431.000,25111,2025,50 miliar,12,6,1 M
            912098369006,CV Dua,01.234.567.8-431.000,25111,2025,50 miliar,12,6,1 M
            9120983690061,CV Tiga,01.234.567.8-431.000,25111,2025,lima puluh,12,6,1 M
            9120983690062,CV Empat,01.234.567.8-431.000,25111,2025,1 M,12,13,1 M
            """
        #expect {
            try RecordReaders.tenants(file: "tenants.csv", text: text)
        } throws: { error in
            guard let failure = error as? RowErrors else { return false }
            return failure.errors.map { "\($0.line):\($0.error.field)" } == ["3:nib", "4:turnover", "5:local_workers"]
                && failure.description.contains("tenants.csv line 4, column turnover: \"lima puluh\"")
        }
    }

    @Test("line numbers count the lines of quoted cells; a firm's rows must agree on KBLI")
    func physicalLines() {
        let plots = "code,phase,area_m2,polygon\nA-01,1,250,\"0 0;10 0;\n10 25;0 25\"\nA-02,x,250,\n"
        #expect {
            try RecordReaders.plots(file: "plots.csv", text: plots)
        } throws: { ($0 as? RowErrors)?.errors.map(\.line) == [4] }
        let tenants = """
            nib,name,npwp,kbli,fiscal_year,turnover,workers,local_workers,investment
            9120983690060,CV Satu,012345678431000,25111,2024,1 M,12,6,1 M
            9120983690060,CV Satu,012345678431000,10710,2025,1 M,12,6,1 M
            """
        #expect {
            try RecordReaders.tenants(file: "tenants.csv", text: tenants)
        } throws: { ($0 as? RowErrors)?.errors.map(\.line) == [3] }
    }

    @Test("a missing column is named with its aliases")
    func missingColumn() {
        #expect {
            try RecordReaders.plots(file: "plots.csv", text: "code,phase\nA-01,1\n")
        } throws: { error in
            (error as? RowErrors)?.description.contains("Add a column named area_m2 or luas_m2") == true
        }
    }
}

@Suite("JSON contracts that scripts depend on")
struct JSONContractTests {
    let estate = try! SeedDirectory.load(path: repositoryRoot.appendingPathComponent("seeds").path)
    let today = try! CivilDate(parsing: "2026-11-22", field: "as_of")

    func object(_ json: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(json.utf8)) }

    @Test("check: nib, eligible, failed_rules, size_classes")
    func check() throws {
        let tenant = try #require(estate.tenant(try NIB(parsing: "9120487452685")))
        let decision = try EligibilityEvaluator(ruleBook: estate.ruleBook).evaluate(tenant, asOf: today)
        let json = try JSONOutput.encode([
            EligibilityView(decision: decision, tenantName: tenant.legalName, language: .english)
        ])
        let first = try #require((try object(json) as? [[String: Any]])?.first)
        #expect(first["nib"] as? String == "9120487452685")
        #expect(first["eligible"] as? Bool == false)
        #expect(first["failed_rules"] as? [String] == ["turnover-max"])
        let classes = try #require(first["size_classes"] as? [String: String])
        #expect(classes["pp7_2021_sales"] == "besar")
        #expect(classes["permenperin_64_2016"] != nil)
    }

    @Test("occupancy: as_of, total and phases with the five figures")
    func occupancy() throws {
        let json = try JSONOutput.encode(OccupancyView(try OccupancyReport(estate: estate, asOf: today)))
        let root = try #require(try object(json) as? [String: Any])
        #expect(root["as_of"] as? String == "2026-11-22")
        let phases = try #require(root["phases"] as? [[String: Any]])
        for figures in [try #require(root["total"] as? [String: Any])] + phases {
            for key in ["leasable_m2", "leased_m2", "gross_m2", "plots", "plots_leased"] {
                #expect(figures[key] is NSNumber, "missing \(key)")
            }
        }
        #expect((phases[0]["gross_m2"] as? NSNumber)?.intValue == 8000)
        #expect(json.contains("\"leasable_m2\" : 5412.5"))
    }

    @Test("allocate: assignments with nib and plot, unassigned with nib and reason")
    func allocate() throws {
        let proposal = try Allocator(estate: estate).propose(policy: .optimal, asOf: today)
        let json = try JSONOutput.encode(AllocationView(proposal, names: { $0.digits }, language: .indonesian))
        let root = try #require(try object(json) as? [String: Any])
        let assignments = try #require(root["assignments"] as? [[String: Any]])
        let unassigned = try #require(root["unassigned"] as? [[String: Any]])
        #expect(!assignments.isEmpty && assignments.allSatisfy { $0["nib"] is String && $0["plot"] is String })
        #expect(!unassigned.isEmpty && unassigned.allSatisfy { $0["nib"] is String && $0["reason"] is String })
    }
}
