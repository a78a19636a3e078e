import Foundation
import Testing

@testable import EstateStore

/// Every record name a `StoreError.notFound` or `RecordChangeRefusal.missing` is thrown with in the sources has its Bahasa
/// Indonesia name, so that an Indonesian refusal carries no English noun.
@Suite("StoreError: Indonesian names of the records not found")
struct StoreErrorNounTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The `what:` texts of `notFound(what: "…"` and `missing(what: "…"` in every Swift source,
    /// interpolations kept.
    static func thrownNames() throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #"(?:notFound|missing)\(\s*what: "((?:[^"\\]|\\.|\\\([^)]*\))*)""#)
        var names: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return names
    }

    @Test("each name thrown is translated")
    func everyNameTranslated() throws {
        let names = try Self.thrownNames()
        #expect(names.count >= 20, "the scan found \(names.count) names: \(names.sorted())")
        for name in names {
            // An interpolated name is checked with a sample value in place of `\(…)`.
            let sample = name.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "9120983690060", options: .regularExpression)
            let translated = sample == name ? StoreError.indonesianNouns[name] != nil : StoreError.indonesianNoun(sample) != sample
            #expect(translated, "no Indonesian name for \"\(name)\"")
        }
    }

    @Test("a name not listed is shown as it is; the built ones keep their record")
    func fallbacks() {
        #expect(StoreError.indonesianNoun("widget") == "widget")
        #expect(StoreError.indonesianNoun("declaration submission of NIB 9120983690060") == "kiriman laporan tahunan milik NIB 9120983690060")
        #expect(StoreError.indonesianNoun("a record referenced by tenant 9120983690060") == "data yang dirujuk oleh tenant 9120983690060")
    }
}
