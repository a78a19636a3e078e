import Foundation
import Testing

/// `--output` and `estate export FILE` never destroy a store (issue 15: `report occupancy --format
/// csv --output estate.sqlite` replaced the live database with 303 bytes of CSV).
@Suite("estate: what --output refuses")
struct OutputSafetyTests {
    @Test("the store's own file, any SQLite database, and an existing file without --force are refused; nothing changes")
    func refusals() throws {
        let cli = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: cli.folder) }
        let store = cli.folder.appendingPathComponent("estate.sqlite").path
        let other = cli.folder.appendingPathComponent("other.sqlite").path
        #expect(try cli.estate(["seed", "--seeds", EndToEndTests.seeds, "--database", cli.database]).code == 0)
        #expect(try cli.estate(["seed", "--seeds", EndToEndTests.seeds, "--database", "sqlite:" + other]).code == 0)
        let size = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1 }
        let before = (size(store), size(other))
        let report = ["report", "occupancy", "--format", "csv", "--database", cli.database, "--as-of", "2026-11-22"]
        for (arguments, code, words) in [
            (report + ["--output", store], Int32(64), "the store's own database"),
            (report + ["--output", "estate.sqlite", "--force"], 64, "the store's own database"),  // relative, cwd = folder
            (report + ["--output", other, "--force"], 64, "is a SQLite database"),
            (["export", "tenants", store, "--database", cli.database], 64, "the store's own database"),
            (["export", "tenants", other, "--database", cli.database, "--force"], 64, "is a SQLite database"),
        ] {
            let result = try cli.estate(arguments)
            #expect(result.code == code && result.stderr.contains(words), "\(arguments): \(result.code) \(result.stderr)")
        }
        // A database's write-ahead log, and a pipe (which a header check would block on).
        let wal = other + "-wal"
        FileManager.default.createFile(atPath: wal, contents: Data("not yet checkpointed".utf8))
        let pipe = cli.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        for (target, words) in [(wal, "is a SQLite database or one of its files"), (pipe, "is not a regular file")] {
            let result = try cli.estate(report + ["--output", target, "--force"])
            #expect(result.code == 64 && result.stderr.contains(words), "\(target): \(result.code) \(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: wal) == Data("not yet checkpointed".utf8))
        #expect((size(store), size(other)) == before, "a database was touched")
        let nope = try cli.estate(["audit", "--estate", "NOPE", "--database", cli.database])
        #expect(nope.code == 66 && nope.stderr.contains("KAWASAN-1"), "\(nope.stderr)")
        // A file that is not a database: refused without --force, replaced with it.
        let csv = cli.folder.appendingPathComponent("occupancy.csv").path
        #expect(try cli.estate(report + ["--output", csv]).code == 0)
        let again = try cli.estate(report + ["--output", csv])
        #expect(again.code == 67 && again.stderr.contains("--force"), "\(again.stderr)")
        #expect(try cli.estate(report + ["--output", csv, "--force"]).code == 0)
        // The store still opens and holds its estate.
        let listed = try cli.estate(["estates", "list", "--database", cli.database])
        #expect(listed.code == 0 && listed.stdout.contains("KAWASAN-1"), "\(listed.stderr)")
    }
}

/// The CLI's audit actor (issue 15): `cli:` and the login of the process's user, read from the
/// user database, so that no variable makes an entry in another person's name.
@Suite("estate: an actor the environment cannot forge")
struct CLIActorTests {
    @Test("ESTATE_ACTOR, USER and LOGNAME set to another name change nothing: the entry says cli:<login>")
    func unforgeable() throws {
        let cli = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: cli.folder) }
        #expect(try cli.estate(["seed", "--seeds", EndToEndTests.seeds, "--database", cli.database]).code == 0)
        let forged = ["ESTATE_ACTOR": "mallory", "USER": "mallory", "LOGNAME": "mallory"]
        let withdraw = try cli.estate(
            [
                "applications", "withdraw", "9120477303879", "--reason", "pindah", "--as-of", "2026-11-22",
                "--database", cli.database,
            ], environment: forged)
        #expect(withdraw.code == 0, "\(withdraw.stderr)")
        let audit = try cli.estate(["audit", "--limit", "1", "--format", "json", "--database", cli.database])
        let object = try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any]
        let entry = try #require((object?["entries"] as? [[String: Any]])?.first)
        let login = String(cString: getpwuid(getuid())!.pointee.pw_name!)
        #expect(entry["actor"] as? String == "cli:\(login)")
        #expect(entry["action"] as? String == "withdraw application")
        #expect(!(audit.stdout.contains("mallory")))
    }
}
