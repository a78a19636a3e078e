import EstateDomain
import EstateInterchange
import EstatePostgres
import EstateSQLite
import EstateStore
import EstateStores
import Foundation

// Storage benchmarks, run on purpose (never as tests):
//   swift run -c release estate-store-bench --postgres URL [--rows 100000]
//   swift run -c release estate-store-bench --postgres URL --report [--keep]
//   swift run -c release estate-store-bench --postgres URL --invoices
// URL is a local server's admin URL (deploy/postgres-local.sh start prints one); fresh
// databases are created on it and dropped after. The first prints CSV import of N tenant rows
// on both stores, side by side with psql's \copy of the very same rows into the same tables;
// the second the occupancy report on a generated national-scale dataset beside the raw SQL
// aggregate of the same figures (see ReportBenchmark).

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let rows = Int(option("--rows") ?? "") ?? 100_000
guard let url = option("--postgres") else {
    FileHandle.standardError.write(
        Data("estate-store-bench: pass --postgres URL (bash deploy/postgres-local.sh start)\n".utf8))
    exit(64)
}
let admin = try PostgresSettings(url: url)
let workdir = FileManager.default.temporaryDirectory.appendingPathComponent("estate-store-bench-\(getpid())")
try FileManager.default.createDirectory(at: workdir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: workdir) }

print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; rows: \(rows) tenants, one declaration each")
let csv = TenantFile.csv(rows: rows)
try TenantFile.copyFiles(rows: rows, into: workdir)

// Ours: parse + validate + plan + write, on each store.
func importInto(_ store: any EstateRepository) async throws -> (parse: Double, write: Double) {
    var setup = EstateBatch()
    setup.estateName = "bench"
    _ = try await store.write(setup, actor: "bench")
    let clock = ContinuousClock()
    var batch = EstateBatch()
    let parse = try clock.measure { batch = try CSVImport.batch(.tenants, file: "tenants.csv", text: csv) }
    let start = clock.now
    let summary = try await store.write(batch, actor: "bench")
    let write = clock.now - start
    precondition(summary.inserted["tenant"] == rows && summary.inserted["declaration"] == rows)
    return (parse.seconds, write.seconds)
}

// The ceiling of benchmarks/writes.sh: bare one-row INSERTs into a migrated database
// (`--bare-insert N --database NAME` on PostgreSQL, `--bare-insert N --sqlite PATH`).
if let count = option("--bare-insert").flatMap(Int.init) {
    let rate: Double
    if let path = option("--sqlite") {
        rate = try await BareInsertCeiling.sqlite(path: path, rows: count)
    } else {
        rate = try await BareInsertCeiling.postgres(
            settings: admin.with(database: option("--database") ?? admin.database), rows: count)
    }
    print(String(format: "bare INSERT of a tenant row: %.0f rows/s", rate))
    exit(0)
}

if let count = option("--query-memory").flatMap(Int.init) {
    try await QueryMemoryProbe.run(
        settings: admin, count: count, pause: option("--pause").flatMap(Int.init).map { .seconds($0) })
    exit(0)
}

if arguments.contains("--invoices") {
    try await InvoiceBenchmark.run(admin: admin)
    exit(0)
}

if arguments.contains("--report") {
    let rules = try SeedDirectory.loadRuleBook(
        at: URL(fileURLWithPath: option("--rules") ?? "seeds/rules/eligibility.json"))
    try await ReportBenchmark.run(admin: admin, rules: rules)
    exit(0)
}
let sqlite = try await importInto(
    try await StoreLocation("sqlite:" + workdir.appendingPathComponent("bench.sqlite").path).open().store)
let ourDatabase = "estate_bench_\(getpid())"
try await admin.executeAlone("CREATE DATABASE \(ourDatabase)")
let postgresStore = try await StoreLocation(admin.with(database: ourDatabase).url).open(migrate: true)
let postgres = try await importInto(postgresStore.store)
await postgresStore.close()

// Peer: psql \copy of the same rows into the same tables of a freshly migrated database.
let peerDatabase = "estate_bench_copy_\(getpid())"
try await admin.executeAlone("CREATE DATABASE \(peerDatabase)")
await (try await StoreLocation(admin.with(database: peerDatabase).url).open(migrate: true)).close()
let copySeconds = try PSQL.copy(settings: admin.with(database: peerDatabase), url: url, workdir: workdir)

func line(_ name: String, _ seconds: Double, _ peer: Double?) -> String {
    let rate = Double(rows) / seconds
    let ratio = peer.map { String(format: "%.2f", (Double(rows) / seconds) / (Double(rows) / $0)) } ?? "–"
    return name.padding(toLength: 44, withPad: " ", startingAt: 0)
        + String(format: "%9.3f s %12.0f rows/s", seconds, rate) + "   vs \\copy: \(ratio)"
}
print(line("psql \\copy (tenants + declarations)", copySeconds, nil))
print(line("PostgreSQL import (parse + write)", postgres.parse + postgres.write, copySeconds))
print(line("  of which parse + validate", postgres.parse, nil))
print(line("  of which plan + COPY", postgres.write, copySeconds))
print(line("SQLite import (parse + write)", sqlite.parse + sqlite.write, copySeconds))
print(line("  of which plan + insert", sqlite.write, copySeconds))

for name in [ourDatabase, peerDatabase] { try await admin.executeAlone("DROP DATABASE \(name)") }

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
