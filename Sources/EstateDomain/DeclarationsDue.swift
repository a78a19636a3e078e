/// When a fiscal year's declaration is due (issue 15): a day of the next year, a rule-set
/// parameter (`declaration_due`, e.g. 30 April), so that a firm judged on old figures is flagged.
public struct DeclarationDue: Hashable, Sendable, Codable {
    /// The month and day of the year after the fiscal year by which it must be declared.
    public let month: Int
    public let day: Int
    public let citation: String

    /// The last day to declare `fiscalYear` (28 February when the day does not exist that year).
    public func dueOn(fiscalYear: Int) -> CivilDate {
        CivilDate(year: fiscalYear + 1, month: month, day: day)
            ?? CivilDate(year: fiscalYear + 1, month: month, day: 28)
            ?? CivilDate(daysSinceEpoch: 0)
    }

    /// The latest fiscal year whose declaration is overdue on `date` (its last day has passed)
    /// when the firm's latest declaration known then is older, else nil.
    public func overdue(latestDeclared: Int?, asOf date: CivilDate) -> OverdueDeclaration? {
        let year = date > dueOn(fiscalYear: date.year - 1) ? date.year - 1 : date.year - 2
        guard (latestDeclared ?? Int.min) < year else { return nil }
        return OverdueDeclaration(fiscalYear: year, dueOn: dueOn(fiscalYear: year))
    }
}

/// A fiscal year's declaration not filed by its last day.
public struct OverdueDeclaration: Hashable, Sendable {
    public let fiscalYear: Int
    public let dueOn: CivilDate

    /// The flag in the reader's language, e.g. "FY2025 declaration overdue since 2026-05-01".
    public func text(_ language: Language) -> String {
        language == .indonesian
            ? "laporan tahun buku \(fiscalYear) terlambat (batas \(dueOn.format(language)))"
            : "fiscal year \(fiscalYear) declaration overdue (due \(dueOn.format(language)))"
    }
}
