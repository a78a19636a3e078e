/// Decides whether tenants meet the rules in force on a date, with a trace of every rule.
public struct EligibilityEvaluator: Sendable {
    public let ruleBook: RuleBook

    public init(ruleBook: RuleBook) { self.ruleBook = ruleBook }

    /// The full decision: the rule-set version in force on `date`, the latest declaration filed
    /// on or before it, each rule's outcome and the size classes.
    public func evaluate(_ tenant: Tenant, asOf date: CivilDate) throws -> EligibilityDecision {
        evaluate(tenant, asOf: date, under: try ruleBook.ruleSet(asOf: date))
    }

    /// The decision under `set` whatever its effective date: a draft judged as if it were in
    /// force on `date` (`RuleSimulation`).
    public func evaluate(_ tenant: Tenant, asOf date: CivilDate, under set: RuleSet) -> EligibilityDecision {
        let declaration = tenant.declaration(asOf: date)
        let outcomes = set.rules.map { rule in outcome(of: rule, for: tenant, declaration: declaration) }
        let eligible = !outcomes.contains {
            $0.severity == .required && ($0.result == .failed || $0.result == .noData)
        }
        return EligibilityDecision(
            nib: tenant.nib, asOf: date, ruleSetVersion: set.version, fiscalYear: declaration?.fiscalYear,
            declarationVersion: declaration?.version, eligible: eligible, outcomes: outcomes,
            sizeClasses: declaration.map(set.sizeClasses.classify),
            overdue: set.parameters.declarationDue?.overdue(latestDeclared: declaration?.fiscalYear, asOf: date))
    }

    /// The same verdict as `evaluate(_:asOf:)` without building a trace, for bulk checks.
    public func isEligible(_ tenant: Tenant, asOf date: CivilDate) throws -> Bool {
        let set = try ruleBook.ruleSet(asOf: date)
        let declaration = tenant.declaration(asOf: date)
        for rule in set.rules where rule.enabled && rule.severity == .required {
            guard let passed = passes(rule.check, tenant: tenant, declaration: declaration), passed else {
                return false
            }
        }
        return true
    }

    /// Whether `check` passes; nil when it needs a declaration and there is none.
    func passes(_ check: RuleCheck, tenant: Tenant, declaration: Declaration?) -> Bool? {
        switch check {
        case .validNIB:
            return tenant.nib.digits.count == 13 && tenant.nib.digits.allSatisfy(\.isNumber)
        case .kbliDivisions(let divisions):
            return tenant.kbli.contains { divisions.contains($0.division) }
        case .turnoverAtMost(let max):
            return declaration.map { $0.turnover <= max }
        case .workersBetween(let min, let max):
            return declaration.map { $0.workers >= min && $0.workers <= max }
        case .localWorkerShareAtLeast(let percent):
            // local / workers ≥ percent / 100, compared without dividing; no workers fails.
            return declaration.map { $0.workers > 0 && $0.localWorkers * 100 >= percent * $0.workers }
        }
    }

    private func outcome(of rule: EligibilityRule, for tenant: Tenant, declaration: Declaration?) -> RuleOutcome {
        let (figure, threshold) = figures(rule.check, tenant: tenant, declaration: declaration)
        let result: RuleOutcome.Result
        if !rule.enabled {
            result = .switchedOff
        } else if let passed = passes(rule.check, tenant: tenant, declaration: declaration) {
            result = passed ? .passed : .failed
        } else {
            result = .noData
        }
        return RuleOutcome(
            ruleId: rule.id, severity: rule.severity, result: result, figure: figure, threshold: threshold,
            citation: rule.citation, message: rule.message)
    }

    private func figures(_ check: RuleCheck, tenant: Tenant, declaration: Declaration?) -> (RuleFigure?, RuleFigure) {
        switch check {
        case .validNIB:
            return (.text(tenant.nib.digits), .digits(13))
        case .kbliDivisions(let divisions):
            return (.codes(tenant.kbli.map(\.code)), .codes(divisions))
        case .turnoverAtMost(let max):
            return (declaration.map { .rupiah($0.turnover) }, .rupiah(max))
        case .workersBetween(let min, let max):
            return (declaration.map { .workers($0.workers) }, .workerRange(min: min, max: max))
        case .localWorkerShareAtLeast(let percent):
            return (declaration.map { .share(local: $0.localWorkers, total: $0.workers) }, .percent(percent))
        }
    }
}
