import EstateDomain

/// One explained match as the CLI's JSON and the API show it (issue 18, item 3): the need, the
/// large industry's NIB, the IKM firm's NIB, the score and the trace, each part in both
/// languages; `excluded` (empty for a match) says why a pair is no match.
public struct MatchView: Encodable, Hashable, Sendable {
    public let need: Int64
    public let industry: String
    public let industryName: String?
    public let nib: String
    public let name: String?
    public let score: Int
    public let match: Bool
    public let trace: [MatchPartView]
    public let excluded: [LocalizedText]
    public let ruleVersion: String

    public init(_ match: ForumMatch, names: [NIB: String]) {
        need = match.need
        industry = match.industry.digits
        industryName = names[match.industry]
        nib = match.nib.digits
        name = names[match.nib]
        score = match.score
        self.match = match.isMatch
        trace = match.trace.map(MatchPartView.init)
        excluded = match.exclusions
        ruleVersion = match.ruleVersion
    }
}

/// One part of a match's score: the figure (both languages), the weight and the points.
public struct MatchPartView: Encodable, Hashable, Sendable {
    public let part: String
    public let figure: LocalizedText
    public let weight: Int
    public let points: Int

    public init(_ part: MatchPart) {
        self.part = part.part.rawValue
        figure = part.figure
        weight = part.weight
        points = part.points
    }
}

/// The JSON of `estate match`: `matches`, and the day, the rule version and any record left out.
public struct MatchesDocument: Encodable, Sendable {
    public let asOf: String
    public let ruleVersion: String
    public let matches: [MatchView]
    public let problems: [String]

    public init(_ report: ForumMatchReport) {
        asOf = report.asOf.iso
        ruleVersion = report.ruleVersion
        matches = report.matches.map { MatchView($0, names: report.names) }
        problems = report.problems
    }

    /// Each open need with its firms best first, each with its trace, in `language`.
    public func text(language: Language) -> String {
        let id = language == .indonesian
        var lines = [
            id ? "Pencocokan forum bisnis per \(asOf) (aturan \(ruleVersion))" : "Business forum matches as of \(asOf) (rules \(ruleVersion))"
        ]
        if matches.isEmpty { lines.append(id ? "Tidak ada pasangan yang cocok." : "No pair matches.") }
        var lastNeed: Int64?
        for match in matches {
            if match.need != lastNeed {
                lines.append("")
                lines.append((id ? "Kebutuhan \(match.need) — " : "Need \(match.need) — ") + (match.industryName ?? match.industry))
                lastNeed = match.need
            }
            let verdict = match.match ? (id ? "cocok" : "match") : (id ? "tidak cocok" : "no match")
            lines.append("  \(match.nib) \(match.name ?? ""): \(match.score) (\(verdict))")
            for part in match.trace {
                lines.append("    \(part.part): \(part.points)/\(part.weight) — \(part.figure.text(language))")
            }
            for reason in match.excluded { lines.append("    ✗ \(reason.text(language))") }
        }
        for problem in problems { lines.append((id ? "Catatan: " : "Note: ") + problem) }
        return lines.joined(separator: "\n")
    }
}
