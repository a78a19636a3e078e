import EstateDomain

/// A value bound to a statement. `date` is an ISO date: PostgreSQL binds it as `date`,
/// SQLite keeps the text (ISO dates sort as dates).
public enum SQLValue: Hashable, Sendable {
    case int(Int64)
    case text(String)
    case date(String)
    /// A JSON document (PostgreSQL `jsonb`, SQLite text checked with `json_valid`).
    case json(String)
    case null
}

/// One SQL statement in the dialect both engines read: `?` placeholders, in order. PostgreSQL
/// renders them as `$1::type`; SQLite uses them as they are.
public struct SQLStatement: Hashable, Sendable {
    public let sql: String
    public let values: [SQLValue]
    /// What the statement writes, for turning a constraint error into a message.
    public let subject: Subject

    public enum Subject: Hashable, Sendable {
        case lease(plot: String, nib: NIB, start: CivilDate, end: CivilDate?)
        case record(what: String, key: String)
        case none
    }

    public init(_ sql: String, _ values: [SQLValue] = [], subject: Subject = .none) {
        self.sql = sql
        self.values = values
        self.subject = subject
    }

    /// The SQL with PostgreSQL's numbered, typed placeholders.
    public var postgresSQL: String {
        var out = ""
        var index = 0
        for character in sql {
            guard character == "?" else {
                out.append(character)
                continue
            }
            let cast: String
            switch values[index] {
            case .int: cast = "::bigint"
            case .text: cast = "::text"
            case .date: cast = "::date"
            case .json: cast = "::jsonb"
            case .null: cast = ""
            }
            index += 1
            out += "$\(index)\(cast)"
        }
        return out
    }
}

extension SQLValue {
    static func optionalDate(_ date: CivilDate?) -> SQLValue { date.map { .date($0.iso) } ?? .null }
    static func optionalText(_ text: String?) -> SQLValue { text.map { .text($0) } ?? .null }
    static func optionalInt(_ value: Int?) -> SQLValue { value.map { .int(Int64($0)) } ?? .null }
    static func area(_ area: Area) -> SQLValue { .int(area.squareCentimetres) }
    static func rupiah(_ amount: Rupiah) -> SQLValue { .int(amount.amount) }
}

/// A fetched row, read by column position. Each engine adapts its own row type.
public protocol SQLRowReader {
    func int(_ column: Int) throws -> Int64?
    func text(_ column: Int) throws -> String?
}
