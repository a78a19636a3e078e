import Foundation
import Testing

/// `estate outbox` against a real SMTP server on loopback (issue 17, item 4): aiosmtpd (PyPI),
/// run as reliability/smtp_sink.py. Skipped where aiosmtpd is missing, except under CI
/// (`CI=true`), where `.ci/run` installs it and a missing one is a failure.
@Suite("estate outbox, over SMTP")
struct OutboxCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var aiosmtpd: Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import aiosmtpd"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    @Test("addresses, opt-out, planning once, delivery in each firm's language; a bad relay URL is refused in words")
    func delivery() async throws {
        guard Self.aiosmtpd else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "aiosmtpd is missing under CI")
            return
        }
        let run = try EndToEndTests()
        defer { try? FileManager.default.removeItem(at: run.folder) }
        let db = ["--database", run.database]
        #expect(try run.estate(["seed", "--seeds", EndToEndTests.seeds] + db).code == 0)
        let tariffs = run.folder.appendingPathComponent("tariffs.csv")
        try Data(
            ("phase,effective_from,rent_per_m2_month,service_charge_per_m2_month,deposit_months,due_days\n"
                + "1,2020-01-01,Rp25.000,Rp5.000,3,14\n").utf8
        ).write(to: tariffs)
        #expect(try run.estate(["import", "tariffs", tariffs.path] + db).code == 0)
        #expect(try run.estate(["billing", "profile", "--name", "Asosiasi IKM Logam", "--pkp-from", "2025-01-01"] + db).code == 0)
        #expect(try run.estate(["invoices", "run", "--period", "2026-11"] + db).code == 0)
        let english = try run.estate(["outbox", "recipient", "9120983690060", "--email", "keuangan@baja.example", "--language", "en"] + db)
        #expect(english.code == 0, "\(english.stderr)")
        let optOut = ["--email", "admin@indomur.example", "--opt-out", "invoice_overdue"]
        #expect(try run.estate(["outbox", "recipient", "9120838829624"] + optOut + db).code == 0)
        let bad = try run.estate(["outbox", "recipient", "9120838829624", "--email", "admin@indomur"] + db)
        #expect(bad.code == 64 && bad.stderr.contains("email"), "\(bad.stderr)")
        // 10 November: the invoices of 1 November are announced (A's one, B's two); 20 November:
        // they are overdue, which B opted out of; planning again adds nothing.
        let announced = try run.estate(["outbox", "plan", "--as-of", "2026-11-10"] + db)
        #expect(announced.stdout.contains("3 added"), "\(announced.stdout)")
        let overdue = try run.estate(["outbox", "plan", "--as-of", "2026-11-20"] + db)
        #expect(overdue.stdout.contains("1 added to the outbox, 2 opted out"), "\(overdue.stdout)")
        #expect(try run.estate(["outbox", "plan", "--as-of", "2026-11-20"] + db).stdout.contains("0 added"))

        let port = Int.random(in: 20_000..<40_000)
        let out = run.folder.appendingPathComponent("mail.jsonl")
        let sink = Process()
        sink.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sink.arguments = [
            "python3", Self.repository.appendingPathComponent("reliability/smtp_sink.py").path, "--port", "\(port)",
            "--out", out.path,
        ]
        sink.standardOutput = Pipe()
        try sink.run()
        defer { sink.terminate() }
        try await Task.sleep(for: .seconds(1.5))
        let refused = try run.estate(["outbox", "deliver", "--smtp", "smtps://user:pw@127.0.0.1:\(port)"] + db)
        #expect(refused.code == 64 && refused.stderr.contains("scheme"), "\(refused.stderr)")
        let sent = try run.estate(["outbox", "deliver", "--smtp", "smtp://127.0.0.1:\(port)?from=pengingat@ikmlogam.example"] + db)
        #expect(sent.code == 0 && sent.stdout.contains("4 sent"), "\(sent.stdout)\(sent.stderr)")
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        let languages = lines.map { "\(($0["to"] as? [String])?.first ?? "") \($0["language"] ?? "") \($0["subject"] ?? "")" }.sorted()
        #expect(languages == [
            "admin@indomur.example id Tagihan INV/KAWASAN-1/2026/00014 terbit",
            "admin@indomur.example id Tagihan INV/KAWASAN-1/2026/00015 terbit",
            "keuangan@baja.example en Invoice INV/KAWASAN-1/2026/00001 is overdue",
            "keuangan@baja.example en Invoice INV/KAWASAN-1/2026/00001 issued",
        ], "\(languages)")
        let listed = try run.estate(["outbox", "list", "--state", "sent"] + db)
        #expect(listed.stdout.components(separatedBy: "\n").filter { $0.contains(" sent ") }.count == 4, "\(listed.stdout)")
    }
}
