import Foundation
import Testing

/// `estate token create --role tenant --nib …` (issue 17, item 1), run as the binary: a firm's
/// token names registered firms; a tenant token without a firm, a staff token with one, and a
/// NIB no firm has are refused with a message naming the option, and nothing is stored.
@Suite("estate token create for a firm's account")
struct TenantTokenCommandTests {
    @Test("a tenant token names its firms; bad uses are refused, naming --nib, and store nothing")
    func tenantTokens() throws {
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", EndToEndTests.seeds] + db).code == 0)
        let created = try run.estate(
            ["token", "create", "--role", "tenant", "--nib", "9120.983.690.060", "--nib", "9120838829624", "--name", "Grup Baja"]
                + db)
        #expect(created.code == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("ce_"))
        #expect(created.stderr.contains("acting for NIB 9120838829624, 9120983690060"), "\(created.stderr)")
        let refusals: [([String], Int32, String)] = [
            (["--role", "tenant", "--name", "tanpa NIB"], 64, "--nib"),
            (["--role", "viewer", "--nib", "9120983690060", "--name", "staf"], 64, "--nib is for --role tenant"),
            (["--role", "tenant", "--nib", "9120000000000", "--name", "tak dikenal"], 66, "9120000000000"),
            (["--role", "tenant", "--nib", "91209836", "--name", "pendek"], 64, "not a NIB"),
        ]
        for (arguments, code, message) in refusals {
            let refused = try run.estate(["token", "create"] + arguments + db)
            #expect(refused.code == code, "\(arguments): \(refused.code) \(refused.stderr)")
            #expect(refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
            #expect(refused.stdout.isEmpty, "\(arguments) printed a token")
        }
        let list = try run.estate(["token", "list"] + db)
        #expect(list.stdout.contains("9120838829624, 9120983690060"), "\(list.stdout)")
        #expect(list.stdout.components(separatedBy: "\n").filter { $0.contains(" tenant ") }.count == 1, "\(list.stdout)")
    }
}
