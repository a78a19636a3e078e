import EstateDomain

/// Parsers with the `(text, field)` shape `CSVTable.Row` takes, one per kind of column.
enum FieldParsers {
    static func rupiah(_ text: String, _ field: String) throws -> Rupiah { try Rupiah(parsing: text, field: field) }
    static func area(_ text: String, _ field: String) throws -> Area { try Area(parsing: text, field: field) }
    static func date(_ text: String, _ field: String) throws -> CivilDate { try CivilDate(parsing: text, field: field) }
    static func nib(_ text: String, _ field: String) throws -> NIB { try NIB(parsing: text, field: field) }
    static func npwp(_ text: String, _ field: String) throws -> NPWP { try NPWP(parsing: text, field: field) }
    static func polygon(_ text: String, _ field: String) throws -> PlanPolygon {
        try PlanPolygon(parsing: text, field: field)
    }

    /// A whole number of people or a year: digits only, no separators.
    static func count(_ text: String, _ field: String) throws -> Int {
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
            throw InputError(
                field: field, value: text, problem: "is not a whole number", fix: "Write digits only, e.g. 12.")
        }
        return value
    }

    /// One or more KBLI codes separated by `;`.
    static func kbliList(_ text: String, _ field: String) throws -> [KBLI] {
        try text.split(separator: ";").map { try KBLI(parsing: String($0), field: field) }
    }
}
