/// The answer to "may this firm be a tenant on this date?", with everything needed to
/// reproduce and explain it.
public struct EligibilityDecision: Hashable, Sendable {
    public let nib: NIB
    public let asOf: CivilDate
    /// The rule-set version that applied.
    public let ruleSetVersion: String
    /// The fiscal year of the declaration used; nil when none was filed by `asOf`.
    public let fiscalYear: Int?
    /// The version of that declaration (1 as filed, more once corrected); nil without one.
    public var declarationVersion: Int? = nil
    /// True when every enabled required rule passed.
    public let eligible: Bool
    /// Every rule of the set, in order, with its outcome.
    public let outcomes: [RuleOutcome]
    /// Size classes from the same declaration; nil without one.
    public let sizeClasses: SizeClassification?
    /// The declaration overdue on `asOf` under the rule set's due date; nil when none is (or the
    /// rule set names no due date). A flag beside the verdict, never a failed rule.
    public var overdue: OverdueDeclaration? = nil

    /// Ids of the enabled required rules that did not pass.
    public var failedRules: [String] {
        outcomes.filter { $0.severity == .required && ($0.result == .failed || $0.result == .noData) }.map(\.ruleId)
    }

    /// Ids of the advisory rules that did not pass.
    public var advisories: [String] {
        outcomes.filter { $0.severity == .advisory && $0.result == .failed }.map(\.ruleId)
    }
}

/// One rule's outcome: the tenant's figure beside the threshold.
public struct RuleOutcome: Hashable, Sendable {
    public let ruleId: String
    public let severity: EligibilityRule.Severity
    public let result: Result
    /// The tenant's figure; nil when the declaration lacks it.
    public let figure: RuleFigure?
    public let threshold: RuleFigure
    public let citation: String
    public let message: LocalizedText

    public enum Result: String, Hashable, Sendable, Codable {
        case passed, failed
        /// No declaration was filed on or before the date, so the rule could not be checked.
        case noData = "no_data"
        /// The rule is in the set but switched off.
        case switchedOff = "switched_off"
    }

    /// The rule's message with the figure and threshold written for `language`.
    public func explanation(_ language: Language) -> String {
        let none = language == .indonesian ? "tidak ada data" : "no data"
        return message.text(language)
            .replacing("{figure}", with: figure?.format(language) ?? none)
            .replacing("{threshold}", with: threshold.format(language))
    }
}

/// A figure in a rule trace, kept typed so each language can write it its own way.
public enum RuleFigure: Hashable, Sendable {
    case rupiah(Rupiah)
    case workers(Int)
    case workerRange(min: Int, max: Int)
    /// `local` of `total` workers.
    case share(local: Int, total: Int)
    case percent(Int)
    case codes([String])
    /// A count of digits, e.g. the 13 of a NIB.
    case digits(Int)
    case text(String)

    public func format(_ language: Language) -> String {
        let id = language == .indonesian
        switch self {
        case .rupiah(let amount): return amount.format(language)
        case .workers(let count): return id ? "\(count) pekerja" : "\(count) workers"
        case .workerRange(let min, let max): return id ? "\(min)–\(max) pekerja" : "\(min)–\(max) workers"
        case .share(let local, let total):
            let percent = Ratio(local, total).percentText(language)
            return id ? "\(local) dari \(total) (\(percent))" : "\(local) of \(total) (\(percent))"
        case .percent(let value): return "\(value)%"
        case .codes(let codes): return codes.joined(separator: ", ")
        case .digits(let count): return id ? "\(count) digit angka" : "\(count) digits"
        case .text(let text): return text
        }
    }
}
