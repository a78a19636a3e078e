import EstatePostgres
import Foundation
import Logging
import PostgresNIO

/// psql's \copy of the generated files, timed as a whole (one psql process, one transaction).
enum PSQL {
    static func copy(settings: PostgresSettings, url: String, workdir: URL) throws -> Double {
        var components = URLComponents(string: url)!
        components.path = "/" + settings.database
        let target = components.string!
        let script = """
            BEGIN;
            \\copy tenants (nib, legal_name, npwp, kbli) FROM '\(workdir.path)/tenants.csv' WITH (FORMAT csv)
            \\copy declarations (nib, fiscal_year, turnover, workers, local_workers, investment) FROM '\(workdir.path)/declarations.csv' WITH (FORMAT csv)
            COMMIT;
            """
        let scriptURL = workdir.appendingPathComponent("copy.sql")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        let process = Process()
        let local = "/usr/lib/postgresql/15/bin/psql"
        process.executableURL = URL(
            fileURLWithPath: FileManager.default.isExecutableFile(atPath: local) ? local : "/usr/bin/psql")
        process.arguments = [target, "-q", "-v", "ON_ERROR_STOP=1", "-f", scriptURL.path]
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return (ContinuousClock.now - start).seconds
    }
}
