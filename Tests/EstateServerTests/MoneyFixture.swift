import EstateDomain
import EstateStore
import Foundation

/// The sample cluster made ready to bill: tariffs for both phases from 2020, and a billing
/// profile with its NPWP, address and bank account, a PKP from 2025-01-01.
extension ServerFixture {
    func readyToBill() async throws {
        _ = try await store.importTariffs(
            try [1, 2].map { phase in
                Sourced(try Tariff(
                    phase: phase, effectiveFrom: CivilDate(year: 2020, month: 1, day: 1)!,
                    rentPerSquareMetreMonth: Rupiah(25_000), serviceChargePerSquareMetreMonth: Rupiah(5_000),
                    depositMonths: 3, dueDays: 14))
            }, actor: "test", dryRun: false)
        _ = try await store.updateBillingProfile(
            try BillingProfileChange(
                name: "Asosiasi IKM Logam", npwp: try NPWP(parsing: "01.234.567.8-431.000"),
                address: "Jl. Industri Raya 1, Cikarang", bankAccount: "BRI 0123-01-000123-30-1 a.n. Asosiasi IKM Logam",
                pkp: .init(from: CivilDate(year: 2025, month: 1, day: 1)!, isPKP: true)),
            actor: "test")
    }
}
