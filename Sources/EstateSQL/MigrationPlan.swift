import EstateStore

/// Which migration files a database still needs.
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
