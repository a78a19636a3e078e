import Foundation

/// The numbered migration files of `sql/postgres` and `sql/sqlite`, which SwiftPM bundles as
/// this target's resources: a built `estate` finds them in `ClusterEstate_EstateMigrationFiles.resources`
/// beside it (install that folder with the binary; see deploy/README.md). Only this file is
/// Swift; the SQL stays SQL.
public enum MigrationFolder {
    /// A file in an engine's folder that is not named `NNNN_name.sql`, or that cannot be read.
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Each `NNNN_name.sql` of `sql/<engine>/`, in version order, with its exact text.
    public static func files(engine: String) throws -> [(version: Int, name: String, text: String)] {
        guard let folder = Bundle.module.url(forResource: engine, withExtension: nil) else {
            throw Unreadable(description: "the migration folder \(engine) is not in the resource bundle")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { name in
            guard let (version, title) = parse(name) else {
                throw Unreadable(description: "sql/\(engine)/\(name) is not named NNNN_name.sql")
            }
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            guard let text = String(data: data, encoding: .utf8) else {
                throw Unreadable(description: "sql/\(engine)/\(name) is not UTF-8 text")
            }
            return (version, title, text)
        }
    }

    /// `0004_store_version.sql` → (4, "store_version").
    static func parse(_ fileName: String) -> (Int, String)? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        let digits = stem.prefix(4)
        let rest = stem.dropFirst(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let version = Int(digits), rest.first == "_",
            rest.count > 1,
            rest.dropFirst().allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        else { return nil }
        return (version, String(rest.dropFirst()))
    }
}
