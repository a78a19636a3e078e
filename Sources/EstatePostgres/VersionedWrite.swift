import EstateSQL

/// A write's statements and the move of the store's version sent as one statement, so that a
/// small write costs one round trip to the database however many records it touches:
/// `WITH w0 AS (INSERT …), w1 AS (…) UPDATE store_version … RETURNING version`.
///
/// PostgreSQL runs the parts of such a statement on one snapshot and in an order it does not
/// promise: a part does not see the rows another part writes. Unique and exclusion checks and
/// row triggers run as each part runs; foreign keys and statement triggers at its end. So parts
/// are combined only when none reads (in a subquery, as an UPDATE's target, or through a table's
/// triggers) a table another part writes, and when the write has at most one audit entry (so
/// the audit log's order never depends on the path). A refusal of the combined statement makes
/// the store run the write again statement by statement, so that the message names the record.
enum VersionedWrite {
    /// Moves the version once per transaction (migration 0008) and returns it, whether a trigger
    /// of this transaction moved it already or not.
    static let moveVersion = SQLStatement(
        """
        UPDATE store_version SET version = CASE WHEN moved_by IS DISTINCT FROM pg_current_xact_id() \
        THEN version + 1 ELSE version END, moved_by = pg_current_xact_id() WHERE id = 1 \
        RETURNING CAST(version AS BIGINT)
        """)

    /// What the triggers on a table read when a row of it is written (migrations 0005, 0006).
    private static let triggerReads: [String: Set<String>] = [
        "leases": ["plots"], "plots": ["plots", "phases", "leases"], "phases": ["plots"],
    ]

    /// The combined statement, or nil when these statements must run one by one.
    static func combined(_ statements: [SQLStatement]) -> SQLStatement? {
        guard !statements.isEmpty, statements.count < PostgresEstateStore.bulkThreshold,
            statements.filter({ writtenTable($0) == "audit_log" }).count <= 1
        else { return nil }
        var parts: [(writes: String, reads: Set<String>)] = []
        for statement in statements {
            guard let table = writtenTable(statement), table != "store_version" else { return nil }
            parts.append((table, readTables(statement).union(triggerReads[table] ?? [])))
        }
        for (index, part) in parts.enumerated() {
            for (other, written) in parts.enumerated() where other != index && part.reads.contains(written.writes) {
                return nil
            }
        }
        let listed = statements.enumerated().map { "w\($0.offset) AS (\($0.element.sql))" }
        return SQLStatement(
            "WITH " + listed.joined(separator: ", ") + " " + moveVersion.sql, statements.flatMap(\.values))
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

    /// The tables a statement reads: each name after a FROM or JOIN, and an UPDATE's own target.
    static func readTables(_ statement: SQLStatement) -> Set<String> {
        let words = statement.sql.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" })
        var tables: Set<String> = []
        for (index, word) in words.enumerated() where index + 1 < words.count {
            if ["FROM", "JOIN"].contains(word.uppercased()) { tables.insert(String(words[index + 1])) }
        }
        if words.first?.uppercased() == "UPDATE", let target = writtenTable(statement) { tables.insert(target) }
        return tables
    }
}
