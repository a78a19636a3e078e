import EstateDomain
import EstateInterchange
import EstateReports
import Foundation

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The sample cluster of `seeds/`, loaded once.
let seedEstate: Estate = try! SeedDirectory.load(path: repositoryRoot.appendingPathComponent("seeds").path)

/// The seeds' further estate, the sentra IKM of `seeds/estates/SENTRA-SETU`.
let sentraEstate: Estate = try! SeedDirectory.load(
    path: repositoryRoot.appendingPathComponent("seeds/estates/SENTRA-SETU").path, ruleBook: seedEstate.ruleBook)

/// The seeds' reference date.
let referenceDate = CivilDate(year: 2026, month: 11, day: 22)!

func context(
    _ language: Language = .english, asOf: CivilDate = referenceDate, estate: Estate = seedEstate
) throws -> ReportContext {
    try ReportContext(
        estate: estate, asOf: asOf, language: language, store: "sqlite:estate.sqlite",
        regency: try RegencySummary(estates: [("KAWASAN-1", estate), ("SENTRA-SETU", sentraEstate)], asOf: asOf))
}

func document(_ kind: ReportKind, _ language: Language = .english, asOf: CivilDate = referenceDate) throws
    -> ReportDocument
{
    try ReportBuilder.document(kind, context: try context(language, asOf: asOf))
}

extension ReportDocument {
    func section(_ key: String) -> ReportSection? { sections.first { $0.key == key } }
}

extension ReportSection {
    /// The cells of column `key`.
    func column(_ key: String) -> [ReportValue] {
        guard let index = columns.firstIndex(where: { $0.key == key }) else { return [] }
        return rows.map { $0[index] }
    }
}
