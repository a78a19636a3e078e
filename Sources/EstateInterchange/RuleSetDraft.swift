import EstateDomain
import Foundation

/// One version as the file holds it, each part decoded apart, then checked for what decoding
/// alone cannot see (names, duplicates, empty texts, figures out of range).
struct DraftSet: Decodable {
    let version: Checked<String>?
    let book: Checked<String>?
    let effectiveFrom: Checked<CivilDate>?
    let title: Checked<LocalizedText>?
    let source: Checked<String>?
    let parameters: Checked<RuleSetParameters>?
    let rules: Checked<[Checked<EligibilityRule>]>?
    let sizeClasses: Checked<SizeClassSchemes>?

    static let layout = "Compare it with a version of seeds/rules/eligibility.json."

    /// The version, or nil with every problem noted under `path`.
    func checked(at path: String, into problems: inout Problems) -> RuleSet? {
        let before = problems.errors.count
        func required<T>(_ part: Checked<T>?, _ key: String, fix: String = DraftSet.layout) -> T? {
            guard let part else {
                problems.add(at(key), "is missing", fix: fix)
                return nil
            }
            return part.value(at: at(key), into: &problems, fix: fix)
        }
        func at(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        let version = required(version, "version", fix: "Name the version, e.g. 2027.1.")
        if let version, !Self.isVersionName(version) {
            problems.add(at("version"), "is not a version name", value: version,
                fix: "Use 1 to 32 letters, digits, dots and dashes, starting with a letter or digit, e.g. 2027.1.")
        }
        var bookName: String?
        if let text = book?.value(at: at("book"), into: &problems, fix: "Name the book, e.g. SENTRA-SETU.") {
            do { bookName = try RuleBook.name(text, field: "book") } catch { problems.add(at("book"), error, fix: "") }
            if let bookName, bookName != text {
                problems.add(at("book"), "is not in upper case", value: text, fix: "Write it as estates name it: \(bookName).")
            }
        }
        let effective = required(effectiveFrom, "effective_from", fix: "Give the first day in force, e.g. 2027-01-01.")
        let title = required(title, "title", fix: "Give {\"id\": …, \"en\": …}.")
        if let title, title.indonesian.trimmed.isEmpty || title.english.trimmed.isEmpty {
            problems.add(at("title"), "is empty in a language", fix: "Give the title in Bahasa Indonesia (id) and English (en).")
        }
        let source = required(source, "source", fix: "Say who decided the version and where it is written down.")
        if let source, source.trimmed.isEmpty {
            problems.add(at("source"), "is empty", fix: "Say who decided the version and where it is written down.")
        }
        let parameters = required(parameters, "parameters")
        if let parameters { Self.check(parameters, at: at("parameters"), into: &problems) }
        let sizeClasses = required(sizeClasses, "size_classes")
        // Each rule keeps its place in the file, so that a problem names the rule the person sees.
        let rules = required(rules, "rules").map { list in
            if list.isEmpty { problems.add(at("rules"), "is empty", fix: "Give at least one rule; switch a rule off with \"enabled\": false.") }
            return list.enumerated().compactMap { item in
                item.element.value(at: at("rules[\(item.offset)]"), into: &problems, fix: Self.layout).map { (item.offset, $0) }
            }
        }
        if let rules { Self.check(rules, at: at("rules"), into: &problems) }
        guard problems.errors.count == before, let version, let effective, let title, let source, let parameters,
            let sizeClasses, let rules
        else { return nil }
        return RuleSet(
            version: version, book: bookName, effectiveFrom: effective, title: title, source: source,
            parameters: parameters, rules: rules.map(\.1), sizeClasses: sizeClasses)
    }

    static func isVersionName(_ text: String) -> Bool {
        let allowed = text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-") }
        return (1...32).contains(text.count) && allowed && text.first.map { $0 != "." && $0 != "-" } == true
    }

    static func check(_ p: RuleSetParameters, at path: String, into problems: inout Problems) {
        let figures: [(String, Int?, Int)] = [
            ("max_plots_per_tenant", p.maxPlotsPerTenant, 1), ("waitlist_stale_after_days", p.waitlistStaleAfterDays, 1),
            ("waitlist_lapse_grace_days", p.waitlistLapseGraceDays, 0), ("expiring_within_days", p.expiringWithinDays, 0),
            ("scoring.local_share_points", p.scoring.localSharePoints, 0), ("scoring.metal_sector_points", p.scoring.metalSectorPoints, 0),
            ("scoring.partnership_points", p.scoring.partnershipPoints, 0),
        ]
        // Day counts up to ten years and points up to 1000: larger figures are typing mistakes, and
        // the date arithmetic of the waitlist must not overflow.
        for (key, value, least) in figures {
            guard let value else { continue }
            let most = key.hasPrefix("scoring.") ? 1000 : 3650
            guard value < least || value > most else { continue }
            problems.add(
                "\(path).\(key)", "is not between \(least) and \(most)", value: String(value),
                fix: key.hasPrefix("scoring.") ? "Give points from \(least) to \(most)." : "Give a number of days from \(least) to \(most).")
        }
        if let due = p.declarationDue {
            // Checked on a leap year's calendar, so that 29 February stands (`dueOn` falls back to
            // the 28th in other years).
            if !(1...12).contains(due.month) {
                problems.add("\(path).declaration_due.month", "is not a month", value: String(due.month), fix: "Give a month from 1 to 12, e.g. 4 for April.")
            } else if CivilDate(year: 2024, month: due.month, day: due.day) == nil {
                problems.add(
                    "\(path).declaration_due.day", "is not a day of month \(due.month)", value: String(due.day),
                    fix: "Give a day that month has, e.g. 30.")
            }
        }
    }

    static func check(_ rules: [(Int, EligibilityRule)], at path: String, into problems: inout Problems) {
        var seen = Set<String>()
        for (index, rule) in rules {
            let at = "\(path)[\(index)]"
            if rule.id.trimmed.isEmpty {
                problems.add(at + ".id", "is empty", fix: "Name the rule, e.g. turnover-max.")
            } else if !seen.insert(rule.id).inserted {
                problems.add(at + ".id", "appears twice in the version", value: rule.id, fix: "Give each rule its own id.")
            }
            if rule.citation.trimmed.isEmpty {
                problems.add(at + ".citation", "is empty", fix: "Cite where the rule is decided, e.g. the founders' agreement.")
            }
            if rule.message.indonesian.trimmed.isEmpty || rule.message.english.trimmed.isEmpty {
                problems.add(at + ".message", "is empty in a language", fix: "Give the message in id and en; {figure} and {threshold} are filled in.")
            }
            if case .turnoverAtMost(let max) = rule.check, max.amount < 0 {
                problems.add(at + ".max_rupiah", "is negative", value: String(max.amount), fix: "Give the limit in whole Rupiah, e.g. 50000000000.")
            }
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
