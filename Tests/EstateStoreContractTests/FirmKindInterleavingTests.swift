import EstateStore
import EstateStores
import Foundation
import PostgresNIO
import Testing

@testable import EstatePostgres

/// Migration 0034's serialisation on PostgreSQL, made to interleave for certain: a firm's insert
/// is held uncommitted while a large industry with its NIB is inserted on another connection.
/// The industry's insert must wait for the firm's transaction and then be refused; without the
/// advisory lock it would not see the uncommitted firm and both would be written.
@Suite("PostgreSQL: a firm and an industry with one NIB, interleaved")
struct FirmKindInterleavingTests {
    @Test("the industry's insert waits for the firm's transaction, then is refused")
    func interleaved() async throws {
        let settings = try await PostgresTestDatabases.shared.empty()
        let opened = try await StoreLocation(settings.url).open(migrate: true)
        await opened.close()
        let logger = PostgresEstateStore.quietLogger
        let firm = try await PostgresConnection.connect(configuration: settings.connectionConfiguration, id: 31, logger: logger)
        let industry = try await PostgresConnection.connect(configuration: settings.connectionConfiguration, id: 32, logger: logger)
        defer {
            Task { try? await firm.close(); try? await industry.close() }
        }
        _ = try await firm.query("BEGIN", logger: logger).collect()
        _ = try await firm.query(
            "INSERT INTO tenants (nib, legal_name, npwp, kbli) VALUES ('9120000000509', 'CV Dua Muka', '0012345678431000', '25920')",
            logger: logger
        ).collect()
        let second = Task {
            try await industry.query(
                """
                INSERT INTO large_industries (nib, name, kbli, location, regency) \
                VALUES ('9120000000509', 'PT Dua Muka', '29100', 'Cikarang', 'Kabupaten Bekasi')
                """, logger: logger
            ).collect()
        }
        try await Task.sleep(for: .milliseconds(400))
        _ = try await firm.query("COMMIT", logger: logger).collect()
        let result = await second.result
        guard case .failure(let error) = result else {
            Issue.record("the industry was written beside the firm with the same NIB")
            return
        }
        #expect((error as? PSQLError)?.serverInfo?[.sqlState] == "23505", "\(String(reflecting: error))")
        let rows = try await industry.query("SELECT count(*) FROM large_industries WHERE nib = '9120000000509'", logger: logger).collect()
        let count = try rows.first?.decode(Int.self)
        #expect(count == 0)
    }
}
