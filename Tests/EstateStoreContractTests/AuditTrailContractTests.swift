import EstateDomain
import EstateStore
import Foundation
import Testing

/// The audit trail read back (issue 15), on both engines: an entry per record with its key and
/// estate, changes with their before and after, and the filters by record (and the records under
/// it), actor, day and estate.
@Suite("Storage contract: the audit trail")
struct AuditTrailContractTests {
    static let anugerah = try! NIB(parsing: "9120477303879")

    @Test("a firm's history: its insert, declarations, application and withdrawal, with before and after", arguments: StoreKind.allCases)
    func firmHistory(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            _ = try await store.amend(
                .withdrawApplication(nib: Self.anugerah, submitted: nil, on: referenceDate, reason: "pindah ke Karawang"),
                actor: "token:ab12cd34ef (Sari)")
            let history = try await store.auditLog(AuditQuery(record: "tenant:\(Self.anugerah.digits)"))
            #expect(
                history.map { "\($0.action) \($0.record ?? "")" } == [
                    "withdraw application tenant:9120477303879:application:2025-11-10",
                    "insert application tenant:9120477303879:application:2025-11-10",
                    "insert declaration tenant:9120477303879:declaration:2025",
                    "insert declaration tenant:9120477303879:declaration:2024",
                    "insert tenant tenant:9120477303879",
                ])
            let withdrawal = try #require(history.first)
            #expect(withdrawal.actor == "token:ab12cd34ef (Sari)")
            #expect(withdrawal.before?.contains("active") == true)
            #expect(withdrawal.after?.contains("pindah ke Karawang") == true)
            #expect(withdrawal.estate == "KAWASAN-1")
            #expect(history.last?.estate == nil, "a firm is the store-wide registry's")
            // Another firm's entries are not in it, nor a NIB sharing the prefix.
            #expect(history.allSatisfy { $0.record?.hasPrefix("tenant:9120477303879") == true })
            // By actor, and newest first with a limit.
            let sari = try await store.auditLog(AuditQuery(actor: "token:ab12cd34ef (Sari)"))
            #expect(sari.map(\.action) == ["withdraw application"])
            let one = try await store.auditLog(AuditQuery(limit: 1))
            #expect(one.map(\.id) == [withdrawal.id])
        }
    }

    @Test("a plot's history takes in its leases; an estate filter keeps that estate's and the registry's entries", arguments: StoreKind.allCases)
    func plotAndEstate(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let second = try await store.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Sentra Uji"), actor: "cli:seed")
            _ = try await store.scoped(to: second).write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            _ = try await store.amend(.terminateLease(plot: "A-05", on: referenceDate, reason: "pindah"), actor: "cli:sari")
            let plot = try await store.auditLog(AuditQuery(record: "plot:A-05", estate: "KAWASAN-1"))
            #expect(
                plot.map { "\($0.action) \($0.record ?? "")" } == [
                    "terminate lease lease:A-05:2021-07-01", "insert lease lease:A-05:2021-07-01", "insert plot plot:A-05",
                ])
            #expect(plot.allSatisfy { $0.estate == "KAWASAN-1" })
            let both = try await store.auditLog(AuditQuery(record: "plot:A-05"))
            #expect(Set(both.compactMap(\.estate)) == ["KAWASAN-1", "SENTRA-UJI"])
            let sentra = try await store.auditLog(AuditQuery(estate: "SENTRA-UJI", limit: 10_000))
            #expect(sentra.allSatisfy { $0.estate == nil || $0.estate == "SENTRA-UJI" })
            #expect(sentra.contains { $0.record == "estate:SENTRA-UJI" })
        }
    }

    @Test("since a day means from 00:00 in Bekasi (UTC+7): today's entries, none from tomorrow", arguments: StoreKind.allCases)
    func since(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let all = try await store.auditLog(AuditQuery(limit: 10_000))
            let newest = try #require(all.first)
            // The entry's day in Bekasi, from its UTC time.
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            let utc = try #require(formatter.date(from: newest.at), "\(newest.at)")
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
            let parts = calendar.dateComponents([.year, .month, .day], from: utc)
            let day = try CivilDate(
                parsing: String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!), field: "day")
            #expect(try await store.auditLog(AuditQuery(since: day, limit: 10_000)).count == all.count)
            #expect(try await store.auditLog(AuditQuery(since: day.adding(days: 1), limit: 10_000)).isEmpty)
        }
    }
}
