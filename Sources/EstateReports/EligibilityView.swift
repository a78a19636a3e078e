import EstateDomain

/// `estate check --format json`: one object per tenant. Keys `nib`, `eligible`,
/// `failed_rules` and `size_classes` (`pp7_2021_sales`, `permenperin_64_2016`) are a contract.
public struct EligibilityView: Encodable {
    let nib: String
    let name: String
    let asOf: String
    let ruleSetVersion: String
    let fiscalYear: Int?
    /// The version of that year's declaration used (1 as filed, more once corrected).
    let declarationVersion: Int?
    let eligible: Bool
    let failedRules: [String]
    let advisories: [String]
    let sizeClasses: SizeClassesView?
    /// The fiscal year whose declaration is overdue, and its last day; absent when none is.
    let declarationOverdue: OverdueView?
    let trace: [OutcomeView]

    struct OverdueView: Encodable {
        let fiscalYear: Int
        let dueOn: String
    }

    public init(decision: EligibilityDecision, tenantName: String, language: Language) {
        nib = decision.nib.digits
        name = tenantName
        asOf = decision.asOf.iso
        ruleSetVersion = decision.ruleSetVersion
        fiscalYear = decision.fiscalYear
        declarationVersion = decision.declarationVersion
        eligible = decision.eligible
        failedRules = decision.failedRules
        advisories = decision.advisories
        sizeClasses = decision.sizeClasses.map(SizeClassesView.init)
        declarationOverdue = decision.overdue.map { OverdueView(fiscalYear: $0.fiscalYear, dueOn: $0.dueOn.iso) }
        trace = decision.outcomes.map { OutcomeView(outcome: $0, language: language) }
    }

    struct SizeClassesView: Encodable {
        let pp7_2021Sales: String
        let pp7_2021Capital: String
        let permenperin64_2016: String

        init(_ classes: SizeClassification) {
            pp7_2021Sales = classes.pp7_2021Sales.rawValue
            pp7_2021Capital = classes.pp7_2021Capital.rawValue
            permenperin64_2016 = classes.permenperin64_2016.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case pp7_2021Sales = "pp7_2021_sales"
            case pp7_2021Capital = "pp7_2021_capital"
            case permenperin64_2016 = "permenperin_64_2016"
        }
    }

    struct OutcomeView: Encodable {
        let rule: String
        let severity: String
        let result: String
        let figure: String?
        let threshold: String
        let citation: String
        let explanation: String

        init(outcome: RuleOutcome, language: Language) {
            rule = outcome.ruleId
            severity = outcome.severity.rawValue
            result = outcome.result.rawValue
            figure = outcome.figure?.format(language)
            threshold = outcome.threshold.format(language)
            citation = outcome.citation
            explanation = outcome.explanation(language)
        }
    }
}
