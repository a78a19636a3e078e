import EstateDomain
import EstateInterchange
import EstateReports
import EstateStore
import Foundation

/// Rule-set versions as data: listing, showing and comparing the stored versions, adding new
/// ones (never changing a stored one), and simulating a draft against the estate's firms. The
/// one place `estate rules …`, `/api/v1/rules…` and the dashboard's rules page call.
extension EstateOperations {
    /// Every version the store holds (every book's), with the one the estate's book applies on
    /// `date` (nil before its first version).
    public func ruleVersions(asOf date: CivilDate) async throws -> (ruleBook: RuleBook, inForce: RuleSet?) {
        let book = try await stored().estate.ruleBook
        return (book, try? book.ruleSet(asOf: date))
    }

    /// The stored version named `version` (of any book).
    public func ruleVersion(_ version: String) async throws -> RuleSet {
        let name = version.trimmingCharacters(in: .whitespaces)
        guard let set = try await stored().estate.ruleBook.library.first(where: { $0.version == name }) else {
            throw StoreError.notFound(what: "rule-set version", key: name)
        }
        return set
    }

    /// The parameters whose values differ from version `from` to version `to`.
    public func ruleDifferences(from: String, to: String) async throws -> [RuleSetDifference] {
        try RuleSetDiff.between(try await ruleVersion(from), try await ruleVersion(to))
    }

    /// Adds the versions of the rule file `text` (validated whole first, every problem named),
    /// in one transaction: a version already stored with the same content is kept, one stored
    /// with any other content is refused (a version is never changed: add a new one).
    public func importRules(text: String, named name: String, actor: String, dryRun: Bool) async throws -> WriteSummary {
        var batch = EstateBatch()
        batch.ruleSets = try RuleSetFile.read(text, name: name)
        do {
            return try await store.write(batch, actor: actor, dryRun: dryRun)
        } catch let error as StoreError {
            // The transaction refused a changed version; say what differs, parameter by parameter.
            let stored = try await stored().estate.ruleBook.library
            throw error.explainingChangedVersions(given: batch.ruleSets, stored: stored)
        }
    }

    /// The firms whose verdict or size class the draft version in `text` would change, judged on
    /// `date` (default: `RuleSimulation.defaultDate`). Writes nothing; the draft need not be new.
    public func simulateRules(text: String, named name: String, asOf date: CivilDate?) async throws -> RuleSimulation {
        let sets = try RuleSetFile.read(text, name: name)
        guard sets.count == 1, let draft = sets.first else {
            throw InputError(
                field: "rule_sets", value: "\(sets.count) versions", problem: "holds more than one version",
                fix: "Simulate one draft at a time: put the version on its own in a file.")
        }
        let estate = try await stored().estate
        // A draft of another book would never apply to this estate's firms.
        guard draft.book == estate.ruleBook.book else {
            throw InputError(
                field: "book", value: draft.book ?? "(main)",
                problem: "is not the rule book this estate judges by (\(estate.ruleBook.book ?? "(main)"))",
                fix: "Simulate it for an estate that chooses that book (--estate), or name this estate's book in the draft.")
        }
        return try RuleSimulation(
            draft, on: estate, asOf: date ?? RuleSimulation.defaultDate(for: draft, today: .todayInBekasi))
    }
}

extension StoreError {
    /// The refusal with each changed rule-set version said as the parameters that differ.
    func explainingChangedVersions(given: [RuleSet], stored: [RuleSet]) -> StoreError {
        switch self {
        case .many(let errors):
            return .many(errors.map { $0.explainingChangedVersions(given: given, stored: stored) })
        case .exists("rule set", let version, _, _):
            guard let old = stored.first(where: { $0.version == version }),
                let new = given.first(where: { $0.version == version }),
                let differences = try? RuleSetDiff.between(old, new)
            else { return self }
            guard !differences.isEmpty else {
                return .refused(
                    "rule-set version \(version) is stored with the same parameters in another order; a stored version is never "
                        + "changed: import it with its rules in the stored order (`estate rules show \(version) --format json`)")
            }
            let said = differences.prefix(5).map { "\($0.parameter): \($0.from ?? "(absent)") → \($0.to ?? "(absent)")" }
            return .refused(
                "rule-set version \(version) is stored with other values (\(said.joined(separator: "; "))"
                    + (differences.count > 5 ? "; \(differences.count - 5) more" : "")
                    + "); a stored version is never changed: give the draft a version name of its own, e.g. \(version)-2")
        default:
            return self
        }
    }
}
