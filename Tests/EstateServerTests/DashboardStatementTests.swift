import EstateDomain
import EstateStore
import Foundation
import Testing

/// A firm's page on the dashboard shows its statement: its invoices and payments with the
/// running balance, as `estate statement` does.
@Suite("dashboard: a firm's statement")
struct DashboardStatementTests {
    @Test("a firm's page lists its invoice and payment with the balance; another firm's page lists neither", arguments: ["id", "en"])
    func statement(lang: String) async throws {
        let server = try await ServerFixture()
        let store = server.store
        try await server.readyToBill()
        _ = try await store.runInvoices(try BillingPeriod(parsing: "2026-11"), actor: "admin", dryRun: false)
        let baja = try NIB(parsing: "9120983690060")
        _ = try await store.recordPayment(
            try Payment(reference: "BRI-DASH-1", nib: baja, amount: Rupiah(9_000_000), paidOn: CivilDate(year: 2026, month: 11, day: 20)!),
            actor: "officer")
        let page = try await server.send(
            .get, "/dashboard/tenants/9120983690060?lang=\(lang)&as_of=2026-11-30",
            headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(page.status == .ok)
        #expect(page.text.contains(lang == "id" ? "Rekening tagihan dan pembayaran" : "Statement of invoices and payments"))
        #expect(page.text.contains("INV/KAWASAN-1/2026/00001") && page.text.contains("BRI-DASH-1"))
        #expect(page.text.contains(lang == "id" ? "Harus dibayar: Rp210.000." : "Owed: IDR 210,000."))
        let other = try await server.send(
            .get, "/dashboard/tenants/9120510758287?lang=\(lang)&as_of=2026-11-30",
            headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(other.status == .ok && !other.text.contains("BRI-DASH-1") && !other.text.contains("INV/KAWASAN-1/2026/00001"))
    }
}
