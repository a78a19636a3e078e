import EstateDomain
import Foundation
import Testing

/// The built `estate` binary against a temporary embedded store, as an officer would use it:
/// seed, check, add a firm and its figures, apply, allocate, commit, report. Figures are
/// checked, not only exit codes.
@Suite("estate end to end")
struct EndToEndTests {
    let folder: URL
    let database: String

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("estate-e2e-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = "sqlite:" + folder.appendingPathComponent("estate.sqlite").path
    }

    @Test("seed → check → tenants add → declare → apply → allocate --commit → report")
    func officerDay() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let date = ["--as-of", "2026-11-22", "--database", database]
        // setup
        let seed = try estate(["seed", "--seeds", Self.seeds, "--database", database])
        #expect(seed.code == 0, "\(seed.stderr)")
        let before = try json(try estate(["report", "occupancy", "--format", "json"] + date).stdout)
        // act: checks
        let eligible = try estate(["check", "9120477303879", "--format", "json"] + date)
        let ineligible = try estate(["check", "9120477303879", "9120487452685", "--format", "json"] + date)
        // check
        #expect(eligible.code == 0)
        let verdicts = try #require(
            try JSONSerialization.jsonObject(with: Data(ineligible.stdout.utf8)) as? [[String: Any]])
        #expect(ineligible.code == 3)
        #expect(verdicts.map { $0["nib"] as? String } == ["9120477303879", "9120487452685"])
        #expect(verdicts.map { $0["eligible"] as? Bool } == [true, false])
        #expect((verdicts[1]["failed_rules"] as? [String])?.isEmpty == false)
        #expect((verdicts[0]["size_classes"] as? [String: String])?["pp7_2021_sales"] != nil)

        // act: a new firm joins and applies
        let nib = "9120999000013"
        let add = try estate(
            [
                "tenants", "add", "--nib", nib, "--name", "CV Uji Coba Setu", "--npwp", "01.234.567.8-901.000",
                "--kbli", "25920",
            ] + date)
        let declare = try estate(
            [
                "declare", nib, "--year", "2025", "--turnover", "Rp12.000.000.000", "--workers", "12",
                "--local-workers", "8", "--investment", "2 miliar", "--declared-on", "2026-01-15",
            ] + date)
        let apply = try estate(
            ["apply", nib, "--min-area", "100", "--max-area", "200", "--phase", "1", "--on", "2026-11-20"] + date)
        let check = try estate(["check", nib] + date)
        // check
        #expect(add.code == 0, "\(add.stderr)")
        #expect(declare.code == 0, "\(declare.stderr)")
        #expect(apply.code == 0, "\(apply.stderr)")
        #expect(check.code == 0, "\(check.stdout)")

        // act: allocate, first as a proposal, then committed
        let proposal = try json(try estate(["allocate", "--format", "json"] + date).stdout)
        let unchanged = try json(try estate(["report", "occupancy", "--format", "json"] + date).stdout)
        let commit = try estate(["allocate", "--commit", "--format", "json"] + date)
        let after = try json(try estate(["report", "occupancy", "--format", "json"] + date).stdout)
        // check
        let assignments = try #require(proposal["assignments"] as? [[String: Any]])
        #expect(!assignments.isEmpty)
        #expect(proposal["unassigned"] as? [[String: Any]] != nil)
        #expect(figure(unchanged, "plots_leased") == figure(before, "plots_leased"), "a proposal wrote something")
        #expect(commit.code == 0, "\(commit.stderr)")
        let committed = try json(commit.stdout)
        #expect(committed["committed"] as? Bool == true)
        let created = try #require(committed["leases_created"] as? [[String: Any]])
        #expect(created.map { $0["plot"] as? String } == assignments.map { $0["plot"] as? String })
        #expect(created.allSatisfy { $0["start"] as? String == "2026-11-22" })
        #expect(figure(after, "plots_leased") == figure(before, "plots_leased") + Double(assignments.count))
        let plots = try json(try estate(["plots", "list", "--format", "json"] + date).stdout, array: true)
        let assignedArea = assignments.compactMap { a in
            (plots["items"] as? [[String: Any]])?.first { $0["code"] as? String == a["plot"] as? String }?["area_m2"]
                as? String
        }.compactMap(Double.init).reduce(0, +)
        #expect(figure(after, "leased_m2") == figure(before, "leased_m2") + assignedArea)
        #expect(assignedArea > 0)

        let vacancy = try estate(
            ["report", "vacancy", "--format", "csv", "--lang", "id", "--separator", "semicolon"] + date)
        #expect(vacancy.code == 0)
        #expect(vacancy.stdout.hasPrefix("kavling;tahap;luas (m²)"))
        #expect(vacancy.stderr.isEmpty, "progress or noise on stderr when not a terminal: \(vacancy.stderr)")
    }

    @Test("errors are one line on stderr with a documented exit code, never a stack trace")
    func errors() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let date = ["--as-of", "2026-11-22", "--database", database]
        _ = try estate(["seed", "--seeds", Self.seeds, "--database", database])
        let cases: [([String], Int32, String)] = [
            (["check", "123"] + date, 64, "nib"),
            (["check", "9999999999999"] + date, 66, "no tenant has NIB 9999999999999"),
            (["plots", "withdraw", "A-05", "--on", "2026-12-01"] + date, 67, "estate lease end A-05"),
            (["lease", "end", "A-03", "--on", "2026-12-01"] + date, 67, "estate lease terminate A-03"),
            (
                [
                    "declare", "9120477303879", "--year", "2025", "--turnover", "lima puluh", "--workers", "12",
                    "--local-workers", "3", "--investment", "1",
                ] + date, 64, "--turnover"
            ),
            (["plots", "add", "A-01", "--phase", "1", "--area", "999"] + date, 67, "already exists"),
            (["report", "occupancy", "--database", "postgres://u:secret@127.0.0.1:1/none"], 69, "unavailable"),
        ]
        for (arguments, code, text) in cases {
            let result = try estate(arguments)
            #expect(result.code == code, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(text), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("secret"), "a password leaked: \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        }
    }

    @Test("estates list and show: the seeded store holds its default estate KAWASAN-1 and the sentra SENTRA-SETU; an unknown code lists the known")
    func estates() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try estate(["estates", "list", "--database", database, "--lang", "en"])
        #expect(empty.code == 0, "\(empty.stderr)")
        #expect(empty.stdout.contains("No estate yet"))
        _ = try estate(["seed", "--seeds", Self.seeds, "--database", database])
        let list = try json(try estate(["estates", "list", "--format", "json", "--database", database]).stdout)
        let estates = try #require(list["estates"] as? [[String: Any]])
        #expect(estates.compactMap { $0["code"] as? String } == ["KAWASAN-1", "SENTRA-SETU"])
        #expect(estates.compactMap { $0["default"] as? Bool } == [true, false])
        #expect(estates.compactMap { $0["plots"] as? Int } == [28, 8])
        let text = try estate(["estates", "--database", database, "--lang", "id"])
        #expect(text.code == 0)
        #expect(text.stdout.contains("kavling") && text.stdout.contains("KAWASAN-1"))
        let show = try estate(["estates", "show", "kawasan-1", "--database", database, "--lang", "en"])
        #expect(show.code == 0, "\(show.stderr)")
        #expect(show.stdout.contains("KAWASAN-1 (default)"))
        let unknown = try estate(["estates", "show", "SENTRA-9", "--database", database])
        #expect(unknown.code == 66)
        #expect(unknown.stderr.contains("SENTRA-9") && unknown.stderr.contains("KAWASAN-1"))
        let malformed = try estate(["estates", "show", "bad code!", "--database", database])
        #expect(malformed.code == 64 && malformed.stderr.contains("not an estate code"), "\(malformed.stderr)")
        let format = try estate(["estates", "list", "--format", "csv", "--database", database])
        #expect(format.code == 64 && format.stderr.contains("table or json"))
    }

    // MARK: - Running the binary

    struct Result {
        let code: Int32
        let stdout: String
        let stderr: String
    }

    /// The `estate` executable built beside this test bundle.
    static let binary: URL = {
        let beside = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("estate")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [beside, root.appendingPathComponent(".build/debug/estate")].compactMap { $0 }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }!
    }()

    func estate(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["ESTATE_DATABASE_URL"] = nil
        environment["ESTATE_LANG"] = nil
        environment.merge(extra) { _, given in given }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func json(_ text: String, array: Bool = false) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        if array { return ["items": object] }
        return try #require(object as? [String: Any], "not a JSON object: \(text.prefix(200))")
    }

    func figure(_ report: [String: Any], _ key: String) -> Double {
        ((report["total"] as? [String: Any])?[key] as? NSNumber)?.doubleValue ?? .nan
    }
}
