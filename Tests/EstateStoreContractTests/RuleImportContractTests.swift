import EstateDomain
import EstateInterchange
import EstateOperations
import EstateStore
import Foundation
import Testing

/// `estate rules import` on both engines: a new version is added with its audit entry, the same
/// version again is kept, a changed one is refused naming what differs, a malformed file writes
/// nothing (issue 15: "rules import refusing a malformed or changed version").
@Suite("Storage contract: rule-set versions as data")
struct RuleImportContractTests {
    static let seeds = RuleBookChoiceContractTests.seeds

    /// The founding version renamed 2027.1, from 2027-01-01, with the turnover limit at `limit`.
    static func draft(limit: Int64 = 40_000_000_000) throws -> String {
        let url = URL(fileURLWithPath: seeds).appendingPathComponent("rules/eligibility.json")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var version = try #require((file["rule_sets"] as? [[String: Any]])?.first)
        version["version"] = "2027.1"
        version["effective_from"] = "2027-01-01"
        var rules = try #require(version["rules"] as? [[String: Any]])
        rules[0]["max_rupiah"] = limit
        version["rules"] = rules
        return String(decoding: try JSONSerialization.data(withJSONObject: version), as: UTF8.self)
    }

    @Test("added once with its audit entry, kept when the same, refused when changed", arguments: StoreKind.allCases)
    func importVersions(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let operations = EstateOperations(store: store)
            _ = try await operations.loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "seed")
            let dry = try await operations.importRules(text: try Self.draft(), named: "d.json", actor: "cli:sari", dryRun: true)
            #expect(dry.inserted["rule set"] == 1)
            #expect(try await operations.ruleVersions(asOf: referenceDate).ruleBook.library.map(\.version) == ["2021.1", "SETU-2023.1"])
            let added = try await operations.importRules(text: try Self.draft(), named: "d.json", actor: "cli:sari", dryRun: false)
            #expect(added.inserted["rule set"] == 1)
            let entries = try await store.auditLog(AuditQuery(record: "rules:2027.1"))
            #expect(entries.map(\.actor) == ["cli:sari"])
            #expect(try await operations.ruleVersions(asOf: CivilDate(parsing: "2027-01-01", field: "d")).inForce?.version == "2027.1")
            #expect(try await operations.ruleVersions(asOf: CivilDate(parsing: "2026-12-31", field: "d")).inForce?.version == "2021.1")
            let again = try await operations.importRules(text: try Self.draft(), named: "d.json", actor: "cli:sari", dryRun: false)
            #expect(again.inserted.isEmpty && again.unchanged["rule set"] == 1)
            do {
                _ = try await operations.importRules(
                    text: try Self.draft(limit: 41_000_000_000), named: "d.json", actor: "cli:sari", dryRun: false)
                Issue.record("a changed version was written")
            } catch let error as StoreError {
                #expect(error.category == .conflict)
                #expect(error.description.contains("rules[turnover-max].max_rupiah: 40000000000 → 41000000000"))
            }
            #expect(try await operations.ruleVersion("2027.1").rules[0].check == .turnoverAtMost(Rupiah(40_000_000_000)))
            let differences = try await operations.ruleDifferences(from: "2021.1", to: "2027.1")
            #expect(differences.map(\.parameter) == ["effective_from", "rules[turnover-max].max_rupiah", "version"])
            #expect(try await store.auditLog(AuditQuery(record: "rules:2027.1")).count == 1)
        }
    }

    @Test("a malformed file is refused whole and writes nothing", arguments: StoreKind.allCases)
    func malformed(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let operations = EstateOperations(store: store)
            _ = try await operations.loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "seed")
            let version = try await store.version()
            let good = try Self.draft()
            let broken = good.replacingOccurrences(of: "\"max_plots_per_tenant\":2", with: "\"max_plots_per_tenant\":0")
            #expect(broken != good)
            await #expect(throws: RowErrors.self) {
                _ = try await operations.importRules(text: "{\"rule_sets\": [\(good), \(broken)]}", named: "d.json", actor: "t", dryRun: false)
            }
            #expect(try await store.version() == version)
            #expect(try await operations.ruleVersions(asOf: referenceDate).ruleBook.library.count == 2)
        }
    }

    @Test("a simulated draft names the sample firms above the new limit and writes nothing", arguments: StoreKind.allCases)
    func simulate(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let operations = EstateOperations(store: store)
            _ = try await operations.loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "seed")
            let version = try await store.version()
            let simulation = try await operations.simulateRules(text: try Self.draft(), named: "d.json", asOf: referenceDate)
            #expect(simulation.inForce == "2021.1" && simulation.draft == "2027.1")
            // Expected, read off the stored figures: eligible today and above Rp40 miliar.
            let estate = try #require(try await store.loadEstate())
            let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
            let expected = try estate.tenants.filter { tenant in
                try evaluator.evaluate(tenant, asOf: referenceDate).eligible
                    && (tenant.declaration(asOf: referenceDate)?.turnover.amount ?? 0) > 40_000_000_000
            }.map(\.nib).sorted { $0.digits < $1.digits }
            #expect(!expected.isEmpty)
            #expect(simulation.changes.map(\.nib) == expected)
            #expect(simulation.changes.allSatisfy { $0.verdictChanges && $0.after.failedRules == ["turnover-max"] })
            #expect(try await store.version() == version)
            // A draft of the sentra's book would never judge the cluster's firms.
            let other = try Self.draft().replacingOccurrences(of: "\"version\":\"2027.1\"", with: "\"version\":\"2027.1\",\"book\":\"SENTRA-SETU\"")
            #expect(other.contains("SENTRA-SETU"))
            await #expect(throws: InputError.self) {
                _ = try await operations.simulateRules(text: other, named: "d.json", asOf: referenceDate)
            }
        }
    }
}
