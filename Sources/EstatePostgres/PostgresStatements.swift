import EstateDomain
import EstateSQL
import EstateStore
import Logging
import PostgresNIO

/// Running the shared statements on a PostgreSQL connection: binding values, bulk loading runs
/// of inserts with COPY, classifying refusals.
extension PostgresEstateStore {

    func execute(_ connection: PostgresConnection, _ statement: SQLStatement) async throws {
        do {
            _ = try await connection.query(Self.query(statement), logger: logger).collect()
        } catch let error as PSQLError {
            guard let violation = Self.violation(error) else { throw error }
            throw Refused(violation: violation, statement: statement)
        }
    }

    /// Runs statements in order; a run of at least `bulkThreshold` plain inserts into one table
    /// goes as a single COPY.
    func executeAll(_ connection: PostgresConnection, _ statements: [SQLStatement]) async throws {
        var index = 0
        while index < statements.count {
            let first = statements[index]
            var end = index + 1
            if let target = first.copy {
                while end < statements.count, statements[end].copy == target { end += 1 }
            }
            if let target = first.copy, end - index >= Self.bulkThreshold {
                try await copy(connection, target, statements[index..<end])
            } else {
                for statement in statements[index..<end] { try await execute(connection, statement) }
            }
            index = end
        }
    }

    static let bulkThreshold = 64

    fileprivate func copy(
        _ connection: PostgresConnection, _ target: SQLStatement.CopyTarget, _ rows: ArraySlice<SQLStatement>
    ) async throws {
        do {
            try await connection.copyFrom(table: target.table, columns: target.columns, logger: logger) { writer in
                var buffer = ByteBuffer()
                for row in rows {
                    buffer.writeString(row.copyLine)
                    if buffer.readableBytes > 1 << 20 {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
        } catch let error as PSQLError {
            guard let violation = Self.violation(error) else { throw error }
            let subject = SQLStatement.Subject.record(
                what: "\(target.table) (bulk load of \(rows.count) rows)", key: "")
            throw Refused(violation: violation, statement: SQLStatement("COPY", subject: subject))
        }
    }

    func run(_ connection: PostgresConnection, _ sql: String) async throws {
        _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
    }

    func rows(_ connection: PostgresConnection, _ statement: SQLStatement) async throws -> [PostgresRowReader] {
        try await connection.query(Self.query(statement), logger: logger).collect().map(PostgresRowReader.init)
    }

    /// The rows of a write that returns what it wrote (`INSERT … RETURNING id`), a refusal by the
    /// database classified as `execute` classifies it (a conflict, a missing record), not left as
    /// the driver's error.
    func writtenRows(_ connection: PostgresConnection, _ statement: SQLStatement) async throws -> [PostgresRowReader] {
        do {
            return try await rows(connection, statement)
        } catch let error as PSQLError {
            guard let violation = Self.violation(error) else { throw error }
            throw Refused(violation: violation, statement: statement)
        }
    }

    /// The rows of each statement, run in turn on `connection`.
    func rows(_ connection: PostgresConnection, _ statements: [SQLStatement]) async throws -> [[any SQLRowReader]] {
        var rows: [[any SQLRowReader]] = []
        for statement in statements { rows.append(try await self.rows(connection, statement)) }
        return rows
    }

    func snapshot(_ connection: PostgresConnection) async throws -> Estate? {
        try SnapshotReader.estate(from: try await rows(connection, queries.snapshot))
    }

    func applied(_ connection: PostgresConnection) async throws -> [AppliedMigration] {
        try await rows(
            connection,
            SQLStatement("SELECT CAST(version AS BIGINT), name, checksum FROM schema_migrations ORDER BY version")
        ).map {
            AppliedMigration(
                version: Int(try $0.int(0) ?? 0), name: try $0.text(1) ?? "", checksum: try $0.text(2) ?? "")
        }
    }

    static func query(_ statement: SQLStatement) -> PostgresQuery {
        var binds = PostgresBindings()
        for value in statement.values {
            switch value {
            case .int(let int): binds.append(int)
            case .date(let text):
                if let date = try? CivilDate(parsing: text, field: "date") {
                    binds.append(PostgresDate(date: date))
                } else {
                    binds.append(text)
                }
            case .text(let text), .json(let text): binds.append(text)
            case .bytes(let bytes): binds.append(ByteBuffer(bytes: bytes))
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: statement.postgresSQL, binds: binds)
    }
}

/// A PostgreSQL row read by position.
struct PostgresRowReader: SQLRowReader {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func int(_ column: Int) throws -> Int64? { try row[column].decode(Int64?.self) }
    func text(_ column: Int) throws -> String? { try row[column].decode(String?.self) }
    func bytes(_ column: Int) throws -> [UInt8]? {
        try row[column].decode(ByteBuffer?.self).map { Array($0.readableBytesView) }
    }
}

