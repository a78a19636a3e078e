import EstateDomain
import EstateInterchange
import Foundation
import Testing

/// `estate rules import|simulate` read a rule file whole, naming every problem at its JSON path
/// (issue 15: "validated, refused whole with every problem named").
@Suite("Rule files")
struct RuleSetFileTests {
    static let seedFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/rules/eligibility.json")

    static var seedText: String { try! String(contentsOf: seedFile, encoding: .utf8) }

    /// The seed file's first version as a JSON object, to damage.
    static func version() throws -> [String: Any] {
        let file = try #require(try JSONSerialization.jsonObject(with: Data(seedText.utf8)) as? [String: Any])
        return try #require((file["rule_sets"] as? [[String: Any]])?.first)
    }

    static func text(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// The paths of the problems `text` is refused with; [] when it reads.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try RuleSetFile.read(text, name: "draft.json")
            return []
        } catch let errors as RowErrors {
            return errors.errors.map(\.error.field)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test("the published rule book reads as the seed loader reads it; one version reads on its own")
    func control() throws {
        let sets = try RuleSetFile.read(Self.seedText, name: "eligibility.json")
        #expect(sets == (try SeedDirectory.loadRuleBook(at: Self.seedFile)).ruleSets)
        let one = try RuleSetFile.read(try Self.text(try Self.version()), name: "one.json")
        #expect(one == sets)
    }

    @Test("every problem of every version is named at once, at its path")
    func everyProblem() throws {
        var first = try Self.version()
        first["version"] = ""
        first.removeValue(forKey: "source")
        var parameters = try #require(first["parameters"] as? [String: Any])
        parameters["max_plots_per_tenant"] = 0
        first["parameters"] = parameters
        var rules = try #require(first["rules"] as? [[String: Any]])
        rules[1]["min"] = 16
        rules[2]["id"] = rules[0]["id"]
        rules[3]["kind"] = "turnover_below"
        first["rules"] = rules
        let second: [String: Any] = ["version": "2027.1", "effective_from": "2027-02-30"]
        let found = Self.problems(try Self.text(["rule_sets": [first, second]]))
        #expect(found == [
            "rule_sets[0].version", "rule_sets[0].source", "rule_sets[0].parameters.max_plots_per_tenant",
            "rule_sets[0].rules[1].min", "rule_sets[0].rules[3].kind", "rule_sets[0].rules[2].id",
            "rule_sets[1].effective_from", "rule_sets[1].title", "rule_sets[1].source", "rule_sets[1].parameters",
            "rule_sets[1].size_classes", "rule_sets[1].rules",
        ])
    }

    @Test("a version named twice in one file, or a book not in upper case, is refused")
    func names() throws {
        let one = try Self.version()
        #expect(Self.problems(try Self.text(["rule_sets": [one, one]])) == ["rule_sets[1].version"])
        var lower = one
        lower["book"] = "sentra-setu"
        #expect(Self.problems(try Self.text(lower)) == ["book"])
    }

    @Test("what is not a rule file is one problem with a fix", arguments: ["{", "[]", "\"rules\"", "{\"rule_sets\": []}"])
    func notARuleFile(text: String) {
        #expect(Self.problems(text).count >= 1)
    }

    @Test("a problem reads as the file, the path, the value, the problem and the fix")
    func wording() throws {
        var one = try Self.version()
        one["version"] = "2027 draft"
        do {
            _ = try RuleSetFile.read(try Self.text(one), name: "draft.json")
            Issue.record("a bad version name was read")
        } catch let errors as RowErrors {
            #expect(errors.description == "draft.json, version: \"2027 draft\" is not a version name. Use 1 to 32 letters, digits, dots and dashes, starting with a letter or digit, e.g. 2027.1.")
        }
    }

    @Test(
        "day counts up to ten years, a due date that exists (boundary rows)",
        arguments: [
            ("waitlist_stale_after_days", 3650, nil, true), ("waitlist_stale_after_days", 3651, nil, false),
            ("waitlist_stale_after_days", 9_223_372_036_854_775_807, nil, false), ("expiring_within_days", 0, nil, true),
            ("expiring_within_days", -1, nil, false), ("declaration_due", 2, 29, true), ("declaration_due", 4, 31, false),
            ("declaration_due", 13, 1, false), ("declaration_due", 0, 1, false),
        ] as [(String, Int, Int?, Bool)])
    func figures(key: String, value: Int, day: Int?, reads: Bool) throws {
        var one = try Self.version()
        var parameters = try #require(one["parameters"] as? [String: Any])
        if let day {
            parameters[key] = ["month": value, "day": day, "citation": "test"]
        } else {
            parameters[key] = value
        }
        one["parameters"] = parameters
        let found = Self.problems(try Self.text(one))
        #expect(found.isEmpty == reads, "\(found)")
        if !reads { #expect(found.count == 1 && found[0].hasPrefix("parameters.\(key)"), "\(found)") }
    }
}
