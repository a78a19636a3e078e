import EstateDomain
import EstateStore
import EstateStores
import Foundation
import Testing

/// `estate submissions list|accept|refuse` as an officer runs them (issue 17, item 1): a firm's
/// submission (sent here through the store, as the server would) is listed waiting, accepted
/// once, and a bad id or reason is refused with the exit code and message the README names.
@Suite("estate submissions")
struct SubmissionsCommandTests {
    @Test("list shows the waiting submission; accept records it once; refuse needs a readable reason")
    func officerDecides() async throws {
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", EndToEndTests.seeds] + db).code == 0)
        #expect(try run.estate(["submissions"] + db).stdout.contains("No submission."))
        for nib in ["9120983690060", "9120838829624"] {
            let store = try await StoreLocation(run.database).open().store
            _ = try await store.submitDeclaration(
                try Declaration(
                    fiscalYear: 2026, turnover: Rupiah(24_000_000_000), workers: 14, localWorkers: 10,
                    investment: Rupiah(3_900_000_000), declaredOn: .todayInBekasi),
                for: try NIB(parsing: nib), actor: "token:firm")
        }
        let list = try run.estate(["submissions", "list", "--state", "submitted", "--lang", "en"] + db)
        #expect(list.code == 0 && list.stdout.contains("CV Baja Mandiri Sentosa"), "\(list.stdout)\(list.stderr)")
        #expect(list.stdout.contains("waiting for an officer"))
        let accepted = try run.estate(["submissions", "accept", "1"] + db)
        #expect(accepted.code == 0 && accepted.stdout.contains("2026 declaration is recorded"), "\(accepted.stderr)")
        let again = try run.estate(["submissions", "accept", "1"] + db)
        #expect(again.code == 67 && again.stderr.contains("already accepted"), "\(again.code) \(again.stderr)")
        let unknown = try run.estate(["submissions", "accept", "99"] + db)
        #expect(unknown.code == 66, "\(unknown.code) \(unknown.stderr)")
        let formula = try run.estate(["submissions", "refuse", "2", "--reason", "=1+1"] + db)
        #expect(formula.code == 64 && formula.stderr.contains("reason"), "\(formula.stderr)")
        let refused = try run.estate(["submissions", "refuse", "2", "--reason", "angka belum diaudit"] + db)
        #expect(refused.code == 0, "\(refused.stderr)")
        let json = try run.json(try run.estate(["submissions", "--format", "json"] + db).stdout, array: true)
        let states = (json["items"] as? [[String: Any]])?.map { "\($0["id"] ?? "") \($0["state"] ?? "")" }
        #expect(states == ["2 refused", "1 accepted"], "\(String(describing: states))")
        let shown = try run.estate(["tenants", "show", "9120983690060", "--format", "json"] + db)
        #expect(shown.stdout.contains("24000000000"), "the accepted figures are the firm's declaration")
    }
}
