import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate audit [--record KIND:KEY] [--actor A] [--since DATE]`: who changed what, when, with
/// the record before and after, newest first, of every estate (with `--estate`, of that estate
/// and the store-wide registry).
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail: who changed what, and the record before and after.")

    @Option(
        help: "One record and those under it: tenant:NIB, plot:CODE (with its leases), lease:PLOT[:START], estate:CODE, phase:N, token:ID.")
    var record: String?

    @Option(help: "Only this actor, e.g. cli:sari or token:ab12cd34ef (Budi).")
    var actor: String?

    @Option(help: "Only entries from 00:00 WIB on this day.")
    var since: String?

    @Option(help: "At most this many entries (1 to 10000).")
    var limit: Int = 200

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await Self.exiting {
            try options.requireFormat(in: [.table, .json, .csv], command: "audit")
            let query = try parsed {
                try AuditQueries.query(
                    record: record, actor: actor, since: since, estate: options.store.estate, limit: limit,
                    field: { "--\($0)" })
            }
            let entries = try await options.store.withStore(scoped: false) { store in
                try await reportingFailures { try await EstateOperations(store: store).audit(query) }
            }
            switch options.format {
            case .json: print(try JSONOutput.encode(AuditDocument(entries: entries)))
            case .csv: print(AuditView.csv(entries), terminator: "")
            default: print(AuditView.table(entries, language: options.language))
            }
        }
    }
}
