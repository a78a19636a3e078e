import EstateSQL

/// A write's statements and the move of the store's version sent as one statement, so that a
/// small write costs one round trip to the database however many records it touches:
/// `WITH w0 AS (INSERT …), w1 AS (…) UPDATE estate_versions … RETURNING version`.
///
/// PostgreSQL runs the parts of such a statement on one snapshot and in an order it does not
/// promise: a part does not see the rows another part writes. Unique and exclusion checks and
/// row triggers run as each part runs; foreign keys and statement triggers at its end. So parts
/// are combined only when none reads (in a subquery, as an UPDATE's target, or through a table's
/// triggers) a table another part writes, and when the write has at most one audit entry (so
/// the audit log's order never depends on the path). A refusal of the combined statement makes
/// the store run the write again statement by statement, so that the message names the record.
enum VersionedWrite {
    /// The tables every estate shares (migration 0011): a write to one of them is a registry write.
    static let registryTables: Set<String> = ["estates", "tenants", "declarations", "partnerships", "rule_sets"]

    /// An estate's version as a reader sees it: the registry's counter plus the estate's own.
    static func version(estate: Int64) -> SQLStatement {
        SQLStatement("SELECT estate_version(CAST(? AS integer))", [.int(estate)])
    }

    /// Takes a write's locks (the estate's, then the registry's, exclusive when `registry`) and
    /// returns the estate's version read under them (migration 0011), in one round trip. Advisory
    /// locks keyed by the estate, held until the transaction ends, so that writes to one estate are
    /// decided one after the other and writes to different estates do not wait on each other. (A
    /// row lock on the version, `SELECT … FOR UPDATE`, alone would do the same but made 80
    /// concurrent writers 4.5 times slower here: every waiter re-reads the row's chain of versions;
    /// taken after the advisory lock, by one writer at a time, it is cheap.)
    static func begin(estate: Int64, registry: Bool) -> SQLStatement {
        SQLStatement(
            "SELECT estate_write_begin(CAST(? AS integer), \(registry ? "TRUE" : "FALSE"))", [.int(estate)])
    }

    /// Moves the counter of what the write changed (the registry's when `registry`, else the
    /// estate's own) once per transaction and returns the estate's version after it.
    static func moveVersion(estate: Int64, registry: Bool) -> SQLStatement {
        let move =
            "SET version = CASE WHEN moved_by IS DISTINCT FROM pg_current_xact_id() THEN version + 1 ELSE version END, "
            + "moved_by = pg_current_xact_id()"
        return registry
            ? SQLStatement(
                "UPDATE store_version \(move) WHERE id = 1 RETURNING CAST(version + COALESCE("
                    + "(SELECT version FROM estate_versions WHERE estate_id = ?), 0) AS BIGINT)", [.int(estate)])
            : SQLStatement(
                "UPDATE estate_versions \(move) WHERE estate_id = ? RETURNING CAST(version + "
                    + "(SELECT version FROM store_version WHERE id = 1) AS BIGINT)", [.int(estate)])
    }

    /// Whether any of the statements writes a table every estate shares.
    static func writesRegistry(_ statements: [SQLStatement]) -> Bool {
        statements.contains { writtenTable($0).map(registryTables.contains) ?? false }
    }

    /// What the triggers on a table read when a row of it is written (migrations 0005, 0006).
    private static let triggerReads: [String: Set<String>] = [
        "leases": ["plots"], "plots": ["plots", "phases", "leases"], "phases": ["plots"],
    ]

    /// The combined statement, or nil when these statements must run one by one.
    static func combined(_ statements: [SQLStatement], moving move: SQLStatement) -> SQLStatement? {
        guard !statements.isEmpty, statements.count < PostgresEstateStore.bulkThreshold,
            statements.filter({ writtenTable($0) == "audit_log" }).count <= 1
        else { return nil }
        var parts: [(writes: String, reads: Set<String>)] = []
        for statement in statements {
            guard let table = writtenTable(statement), table != "store_version", table != "estate_versions" else {
                return nil
            }
            parts.append((table, readTables(statement).union(triggerReads[table] ?? [])))
        }
        for (index, part) in parts.enumerated() {
            for (other, written) in parts.enumerated() where other != index && part.reads.contains(written.writes) {
                return nil
            }
        }
        let listed = statements.enumerated().map { "w\($0.offset) AS (\($0.element.sql))" }
        return SQLStatement(
            "WITH " + listed.joined(separator: ", ") + " " + move.sql, statements.flatMap(\.values) + move.values)
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
