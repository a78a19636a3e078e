import EstateMigrationFiles
import EstateStore

/// The migrations of `sql/<engine>/`, read from the files SwiftPM bundles with the binary
/// (`EstateMigrationFiles`), so that a deployed binary needs no checkout and no SQL lives in
/// Swift source.
public enum BundledMigrations {
    /// The engine's migration files in order; `StoreError.unavailable` when they cannot be read
    /// (the resource folder was not installed beside the binary).
    public static func files(_ engine: Engine) throws -> [MigrationFile] {
        do {
            return try MigrationFolder.files(engine: engine.rawValue).map {
                MigrationFile(version: $0.version, name: $0.name, sql: $0.text)
            }
        } catch {
            throw StoreError.unavailable("cannot read the migration files (\(error)); install the "
                + "ClusterEstate_EstateMigrationFiles.resources folder beside the estate binary")
        }
    }

    /// The two storage engines, named as their folders in `sql/`.
    public enum Engine: String, Sendable {
        case postgres
        case sqlite
    }
}
