import EstateDomain
import EstateStore

/// The kinds of CSV file the association's spreadsheets exchange with the store.
public enum RecordKind: String, CaseIterable, Sendable {
    case plots, tenants, applications, leases, partnerships
}

/// Reads one CSV file of a kind into a batch to write atomically. Every bad row is reported
/// (file, line, column, reason) and nothing is returned when any row is bad.
public enum CSVImport {
    /// The largest file an import takes, 8 MiB: about 80,000 tenant rows, far beyond one
    /// cluster or a ministry's dozens. The CLI checks it before reading and the HTTP API
    /// answers 413 beyond it, so a stray 100 MB file is refused at once rather than parsed.
    public static let maximumFileBytes = 8 * 1024 * 1024

    public static func batch(_ kind: RecordKind, file: String, text: String) throws -> EstateBatch {
        var batch = EstateBatch()
        switch kind {
        case .plots: batch.plots = try RecordReaders.plots(file: file, text: text)
        case .tenants: batch.tenants = try RecordReaders.tenants(file: file, text: text)
        case .applications: batch.applications = try RecordReaders.applications(file: file, text: text)
        case .leases: batch.leases = try RecordReaders.leases(file: file, text: text)
        case .partnerships:
            batch.partnerships = try RecordReaders.partnerships(file: file, text: text).map {
                Sourced(TenantPartnership(nib: $0.nib, partnership: $0.2), origin: "\(file) line \($0.line)")
            }
        }
        return batch
    }
}
