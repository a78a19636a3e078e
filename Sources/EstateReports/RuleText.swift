import EstateDomain

/// `estate rules list|show|diff|simulate` as text for a terminal, in the reader's language.
public enum RuleText {
    public static func versions(_ library: [RuleSet], inForce: String?, language: Language) -> String {
        let id = language == .indonesian
        var table = TextTable(
            header: id
                ? ["versi", "buku", "berlaku mulai", "aturan", "berlaku", "judul"]
                : ["version", "book", "effective from", "rules", "in force", "title"])
        table.rightAligned = [3]
        for set in library {
            table.add([
                set.version, set.book ?? (id ? "(utama)" : "(main)"), set.effectiveFrom.format(language),
                String(set.rules.count), set.version == inForce ? (id ? "ya" : "yes") : "", set.title.text(language),
            ])
        }
        return table.rendered
    }

    public static func show(_ set: RuleSet, language: Language) throws -> String {
        let id = language == .indonesian
        var table = TextTable(header: id ? ["parameter", "nilai"] : ["parameter", "value"])
        for (parameter, value) in try RuleSetParameterList.of(set) { table.add([parameter, value]) }
        return table.rendered
    }

    public static func diff(_ differences: [RuleSetDifference], from: String, to: String, language: Language) -> String {
        let id = language == .indonesian
        guard !differences.isEmpty else {
            return id ? "Versi \(from) dan \(to) tidak berbeda." : "Versions \(from) and \(to) do not differ."
        }
        var table = TextTable(header: ["parameter", from, to])
        let none = id ? "(tidak ada)" : "(absent)"
        for difference in differences { table.add([difference.parameter, difference.from ?? none, difference.to ?? none]) }
        return table.rendered
    }

    /// The simulation's first line: how many firms of how many the draft judges otherwise.
    public static func summary(_ s: RuleSimulation, language: Language) -> String {
        let date = s.asOf.format(language)
        return language == .indonesian
            ? "Per \(date): \(s.changes.count) dari \(s.judged) perusahaan dinilai lain oleh draf \(s.draft) daripada versi \(s.inForce) yang berlaku. Tidak ada yang ditulis."
            : "As of \(date): the draft \(s.draft) judges \(s.changes.count) of \(s.judged) firms otherwise than version \(s.inForce) in force. Nothing was written."
    }

    public static func simulation(_ s: RuleSimulation, language: Language) -> String {
        let id = language == .indonesian
        var lines = [summary(s, language: language)]
        for change in s.changes {
            let standing = [
                change.inOccupation ? (id ? "menempati kavling" : "in occupation") : nil,
                change.onWaitlist ? (id ? "dalam daftar tunggu" : "on the waitlist") : nil,
            ].compactMap { $0 }
            lines.append("")
            lines.append(
                "\(change.name) (NIB \(change.nib))" + (standing.isEmpty ? "" : ", " + standing.joined(separator: ", ")))
            if change.verdictChanges {
                lines.append("  " + (id ? "putusan: " : "verdict: ") + verdict(change.before, language) + " → " + verdict(change.after, language))
            }
            if change.sizeClassChanges {
                lines.append("  " + (id ? "kelas usaha (PP 7/2021 / Permenperin 64/2016): " : "size class (PP 7/2021 / Permenperin 64/2016): ")
                    + classes(change.before) + " → " + classes(change.after))
            }
            var table = TextTable(header: id ? ["aturan", "hasil", "keterangan"] : ["rule", "result", "explanation"])
            for outcome in change.after.outcomes {
                table.add([outcome.ruleId, outcome.result.rawValue, outcome.explanation(language)])
            }
            lines += table.rendered.split(separator: "\n").map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// A verdict in a word or three: `eligible`, `tidak memenuhi syarat`.
    public static func verdict(_ decision: EligibilityDecision, _ language: Language) -> String {
        let id = language == .indonesian
        return decision.eligible ? (id ? "memenuhi syarat" : "eligible") : (id ? "tidak memenuhi syarat" : "not eligible")
    }

    /// The PP 7/2021 sales class and the Permenperin 64/2016 class, `menengah/kecil`; `–` without a declaration.
    public static func classes(_ decision: EligibilityDecision) -> String {
        decision.sizeClasses.map { "\($0.pp7_2021Sales.rawValue)/\($0.permenperin64_2016.rawValue)" } ?? "–"
    }
}
