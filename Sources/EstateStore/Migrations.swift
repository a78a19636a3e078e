import Crypto

/// A numbered, add-only migration file from `sql/<engine>/` (see `BundledMigrations`).
public struct MigrationFile: Hashable, Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// SHA-256 of the file's text, recorded when applied.
    public var checksum: String {
        SHA256.hash(data: Array(sql.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}

/// A migration recorded in `schema_migrations`.
public struct AppliedMigration: Hashable, Sendable {
    public let version: Int
    public let name: String
    public let checksum: String

    public init(version: Int, name: String, checksum: String) {
        self.version = version
        self.name = name
        self.checksum = checksum
    }
}

public enum MigrationPlan {
    /// The files still to apply, in order; throws when an applied file has changed or vanished.
    public static func pending(files: [MigrationFile], applied: [AppliedMigration]) throws -> [MigrationFile] {
        let byVersion = Dictionary(uniqueKeysWithValues: files.map { ($0.version, $0) })
        for record in applied {
            guard let file = byVersion[record.version], file.checksum == record.checksum else {
                throw StoreError.migrationChanged(version: record.version, name: record.name)
            }
        }
        let done = Set(applied.map(\.version))
        return files.filter { !done.contains($0.version) }.sorted { $0.version < $1.version }
    }
}
