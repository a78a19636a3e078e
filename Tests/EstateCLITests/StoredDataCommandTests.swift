import Foundation
import GRDB
import Testing

/// The command line on a store whose data breaks an invariant (edited by hand): reads answer
/// and warn, `estate validate` lists the problems and exits 65, a write that adds no problem
/// goes through.
@Suite("estate on stored data that breaks the rules")
struct StoredDataCommandTests {
    @Test("reads warn and answer; validate lists the problems (exit 65); an unrelated write is allowed")
    func readsSurvive() throws {
        // setup: the sample cluster, then A-02 given A-01's outline behind the store's back
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let seed = try run.estate(["seed", "--seeds", EndToEndTests.seeds, "--database", run.database])
        try #require(seed.code == 0, "\(seed.stderr)")
        let queue = try DatabaseQueue(path: String(run.database.dropFirst("sqlite:".count)))
        try queue.write { db in
            try db.execute(
                sql: "UPDATE plots SET outline = (SELECT outline FROM plots WHERE code = 'A-01') WHERE code = 'A-02'")
        }
        try queue.close()
        let date = ["--as-of", "2026-11-22", "--database", run.database]
        // act
        let validate = try run.estate(["validate"] + date)
        let report = try run.estate(["report", "occupancy", "--format", "json"] + date)
        let add = try run.estate(
            [
                "tenants", "add", "--nib", "9120999000013", "--name", "CV Uji Coba Setu", "--npwp",
                "01.234.567.8-901.000", "--kbli", "25920",
            ] + date)
        // check
        #expect(validate.code == 65)
        #expect(validate.stdout.contains("plot A-01: its outline overlaps plot A-02"))
        #expect(validate.stderr.contains("2 problem(s)"))
        #expect(report.code == 0, "\(report.stderr)")
        #expect(report.stderr.contains("warning: the stored estate"))
        #expect(try run.json(report.stdout)["as_of"] as? String == "2026-11-22")
        #expect(add.code == 0, "\(add.stderr)")
    }
}
