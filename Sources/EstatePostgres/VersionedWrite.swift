import EstateSQL
import PostgresNIO

/// A write's statements and the move of the store's version sent as one statement, so that a
/// write costs one round trip to the database however many records it touches:
/// `WITH w1 AS (INSERT …), w2 AS (…) UPDATE store_version … RETURNING version`.
///
/// PostgreSQL runs the parts of such a statement on one snapshot: a part does not see the rows
/// another part writes. So statements are combined only when none reads a table that another
/// writes (a lease inserted with its plot's id looked up, beside a new plot, is not); constraint
/// and trigger checks run at the end of the statement and see every part. A refusal of the
/// combined statement makes the store run the write again statement by statement, so that the
/// message names the record the database refused.
enum VersionedWrite {
    /// The combined statement, or nil when these statements must run one by one.
    static func combined(_ statements: [SQLStatement]) -> SQLStatement? {
        guard !statements.isEmpty, statements.count < PostgresEstateStore.bulkThreshold else { return nil }
        let written = Set(statements.compactMap(writtenTable))
        for statement in statements where statement.copy == nil {
            guard let table = writtenTable(statement), table != "store_version" else { return nil }
            if !readTables(statement).isDisjoint(with: written) { return nil }
        }
        let parts = statements.enumerated().map { "w\($0.offset) AS (\($0.element.sql))" }
        return SQLStatement(
            "WITH " + parts.joined(separator: ", ") + " " + WriteStatements.bumpVersion.sql,
            statements.flatMap(\.values))
    }

    /// The table an INSERT or UPDATE writes; nil for any other statement.
    static func writtenTable(_ statement: SQLStatement) -> String? {
        if let copy = statement.copy { return copy.table }
        let words = statement.sql.split(whereSeparator: \.isWhitespace)
        guard let first = words.first?.uppercased() else { return nil }
        if first == "INSERT", words.count > 2, words[1].uppercased() == "INTO" { return String(words[2]) }
        if first == "UPDATE", words.count > 1 { return String(words[1]) }
        return nil
    }

    /// The tables a statement reads in a subquery (each name after a FROM).
    static func readTables(_ statement: SQLStatement) -> Set<String> {
        let words = statement.sql.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" })
        var tables: Set<String> = []
        for (index, word) in words.enumerated() where word.uppercased() == "FROM" && index + 1 < words.count {
            tables.insert(String(words[index + 1]))
        }
        return tables
    }
}
