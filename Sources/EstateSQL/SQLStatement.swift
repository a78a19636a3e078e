import EstateDomain
import EstateStore

/// A value bound to a statement. `date` is an ISO date: PostgreSQL binds it as `date`,
/// SQLite keeps the text (ISO dates sort as dates).
public enum SQLValue: Hashable, Sendable {
    case int(Int64)
    case text(String)
    case date(String)
    /// A JSON document (PostgreSQL `jsonb`, SQLite text checked with `json_valid`).
    case json(String)
    /// A file's bytes (PostgreSQL `bytea`, SQLite BLOB).
    case bytes([UInt8])
    case null
}

/// One SQL statement in the dialect both engines read: `?` placeholders, in order. PostgreSQL
/// renders them as `$1::type`; SQLite uses them as they are.
public struct SQLStatement: Hashable, Sendable {
    public let sql: String
    public let values: [SQLValue]
    /// What the statement writes, for turning a constraint error into a message.
    public let subject: Subject
    /// For a plain one-row INSERT, its table and columns (the values are `values`), so that an
    /// engine may send many such rows at once (PostgreSQL COPY).
    public let copy: CopyTarget?

    /// A table and its columns, as a bulk load names them.
    public struct CopyTarget: Hashable, Sendable {
        public let table: String
        public let columns: [String]
    }

    public enum Subject: Hashable, Sendable {
        case lease(plot: String, nib: NIB, start: CivilDate, end: CivilDate?)
        case record(what: String, key: String)
        case none
    }

    public init(_ sql: String, _ values: [SQLValue] = [], subject: Subject = .none, copy: CopyTarget? = nil) {
        self.sql = sql
        self.values = values
        self.subject = subject
        self.copy = copy
    }

    /// `INSERT INTO table (columns) VALUES (?, ...)`, which an engine may bulk-load.
    public static func insert(
        into table: String, _ columns: [String], _ values: [SQLValue], subject: Subject
    ) -> SQLStatement {
        SQLStatement(
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            values, subject: subject, copy: CopyTarget(table: table, columns: columns))
    }

    /// The values as one line of PostgreSQL's COPY text format (tab-separated, `\N` for null).
    public var copyLine: String {
        values.map { value in
            guard let text = value.postgresText else { return "\\N" }
            var escaped = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped
        }.joined(separator: "\t") + "\n"
    }

    /// The SQL with PostgreSQL's numbered, typed placeholders.
    public var postgresSQL: String {
        var index = 0
        return replacingPlaceholders { value in
            index += 1
            return "$\(index)" + (value.postgresType.map { "::" + $0 } ?? "")
        }
    }

    /// The SQL with each `?`, in order, replaced by what `placeholder` makes of its value.
    public func replacingPlaceholders(_ placeholder: (SQLValue) -> String) -> String {
        var out = ""
        var index = 0
        for character in sql {
            guard character == "?" else {
                out.append(character)
                continue
            }
            out += placeholder(values[index])
            index += 1
        }
        return out
    }
}

extension SQLValue {
    /// The PostgreSQL type the value is bound as; nil for null, which takes its type from where
    /// it stands.
    public var postgresType: String? {
        switch self {
        case .int: "bigint"
        case .text: "text"
        case .date: "date"
        case .json: "jsonb"
        case .bytes: "bytea"
        case .null: nil
        }
    }

    /// The value as PostgreSQL reads it in text form (an ISO date, a JSON document, digits); nil
    /// for null.
    public var postgresText: String? {
        switch self {
        case .int(let int): String(int)
        case .text(let text), .date(let text), .json(let text): text
        case .bytes(let bytes): "\\x" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case .null: nil
        }
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
    /// A BLOB or `bytea` column's bytes.
    func bytes(_ column: Int) throws -> [UInt8]?
}
