import Foundation
import Testing

/// `estate export plots --format geojson` read back by GDAL (issue 18, item 6), as a GIS user of
/// the Dinas would open it: `ogrinfo` finds the layer `plots` with one feature per plot, and the
/// areas GDAL measures on the WGS 84 ellipsoid from the exported outlines equal the stored areas
/// within 0.5 %. Without a georeference the export is refused with the command that sets one.
@Suite("estate export plots --format geojson, read by GDAL")
struct GeoJSONExportTests {
    static let ogrinfo = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func ogr(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ogrinfo))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(
        "ogrinfo counts every plot and measures each stored area within 0.5 %",
        .enabled(if: ogrinfo != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GDAL is not installed (apt-get install gdal-bin)"))
    func readByGDAL() throws {
        _ = try #require(Self.ogrinfo, "CI=true but ogrinfo is missing: .ci/run must install gdal-bin")
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", EndToEndTests.seeds] + db).code == 0)
        for (estate, count) in [("KAWASAN-1", 28), ("SENTRA-SETU", 8)] {
            let file = run.folder.appendingPathComponent("\(estate).geojson")
            let exported = try run.estate(
                ["export", "plots", file.path, "--format", "geojson", "--as-of", "2026-11-22", "--estate", estate] + db)
            #expect(exported.code == 0, "\(exported.stderr)")
            let summary = try Self.ogr(["-so", "-ro", file.path, "plots"])
            #expect(summary.contains("Feature Count: \(count)") && summary.contains("WGS 84"), "\(summary)")
            let measured = try Self.ogr([
                "-q", "-ro", "-dialect", "SQLite", "-sql", "SELECT code, area_m2, ST_Area(geometry, 1) AS measured FROM plots", file.path,
            ])
            var rows: [(code: String, stored: Double, measured: Double)] = []
            var code = ""
            var stored = 0.0
            for line in measured.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                let value = line.split(separator: "=", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if line.hasPrefix("code (String)") { code = value }
                if line.hasPrefix("area_m2 (String)") { stored = Double(value) ?? -1 }
                if line.hasPrefix("measured (Real)") { rows.append((code, stored, Double(value) ?? -1)) }
            }
            #expect(rows.count == count, "\(measured.prefix(500))")
            for row in rows {
                #expect(abs(row.measured - row.stored) <= row.stored * 0.005, "\(estate) \(row.code): stored \(row.stored) m², measured \(row.measured) m²")
            }
        }
    }

    @Test("an estate without a georeference is refused, naming the command that sets one; nothing is written")
    func withoutGeoreference() throws {
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let seeds = run.folder.appendingPathComponent("seeds")
        try FileManager.default.copyItem(atPath: EndToEndTests.seeds, toPath: seeds.path)
        try FileManager.default.removeItem(at: seeds.appendingPathComponent("georeference.json"))
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", seeds.path] + db).code == 0)
        let file = run.folder.appendingPathComponent("plots.geojson")
        let refused = try run.estate(["export", "plots", file.path, "--format", "geojson"] + db)
        #expect(refused.code != 0 && refused.stderr.contains("estate estates georeference"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let tenants = try run.estate(["export", "tenants", "--format", "geojson"] + db)
        #expect(tenants.code == 64 && tenants.stderr.contains("plots only"), "\(tenants.stderr)")
        let set = try run.estate(["estates", "georeference", "--longitude", "107.1391", "--latitude", "-6.2987"] + db)
        #expect(set.code == 0, "\(set.stderr)")
        #expect(try run.estate(["export", "plots", file.path, "--format", "geojson"] + db).code == 0)
        // Moving the origin keeps the rotation already set.
        #expect(try run.estate(["estates", "georeference", "--longitude", "107.1391", "--latitude", "-6.2987", "--rotation", "12.5"] + db).code == 0)
        #expect(try run.estate(["estates", "georeference", "--longitude", "107.1392", "--latitude", "-6.2987"] + db).code == 0)
        let shown = try run.estate(["estates", "georeference"] + db)
        #expect(shown.stdout.contains("107.1392") && shown.stdout.contains("rotation 12.5"), "\(shown.stdout)")
        let badLatitude = try run.estate(["estates", "georeference", "--longitude", "107.1", "--latitude", "-6,3"] + db)
        #expect(badLatitude.code == 64 && badLatitude.stderr.contains("latitude") && badLatitude.stderr.contains("-6,3"), "\(badLatitude.stderr)")
    }
}
