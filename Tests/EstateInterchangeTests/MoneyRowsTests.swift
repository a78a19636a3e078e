import EstateDomain
import EstateInterchange
import Testing

/// `tariffs.csv` and the legal form column of `tenants.csv` (issue 16), with Indonesian headers.
@Suite("tariffs.csv and bentuk_usaha")
struct MoneyRowsTests {
    @Test("a tariff file with Indonesian headers and Rupiah as officers write it")
    func tariffs() throws {
        let text = """
            tahap;berlaku_sejak;sewa_per_m2_bulan;iuran_pengelolaan_per_m2_bulan;jaminan_bulan;jatuh_tempo_hari
            1;01/01/2026;Rp25.000;5000;3;14
            2;2026-07-01;"30.000";Rp6.000;0;30
            """
        let tariffs = try RecordReaders.tariffs(file: "tarif.csv", text: text).map(\.value)
        #expect(tariffs.map(\.phase) == [1, 2])
        #expect(tariffs.map(\.rentPerSquareMetreMonth) == [Rupiah(25_000), Rupiah(30_000)])
        #expect(tariffs.map(\.serviceChargePerSquareMetreMonth) == [Rupiah(5_000), Rupiah(6_000)])
        #expect(tariffs.map(\.depositMonths) == [3, 0] && tariffs.map(\.dueDays) == [14, 30])
        #expect(tariffs[0].effectiveFrom == CivilDate(year: 2026, month: 1, day: 1))
    }

    @Test(
        "a bad tariff row is refused at its line and column",
        arguments: [
            ("1,2026-01-01,25000,5000,25,14", "deposit_months"), ("1,2026-01-01,25000,5000,3,181", "due_days"),
            ("1,2026-13-01,25000,5000,3,14", "effective_from"), ("1,2026-01-01,dua puluh,5000,3,14", "rent_per_m2_month"),
        ])
    func badTariff(row: String, field: String) throws {
        let text = "phase,effective_from,rent_per_m2_month,service_charge_per_m2_month,deposit_months,due_days\n" + row
        let error = try #require(throws: RowErrors.self) { try RecordReaders.tariffs(file: "tarif.csv", text: text) }
        #expect(error.errors.map(\.line) == [2])
        #expect(error.errors.map(\.error.field) == [field])
    }

    @Test("bentuk_usaha is read as the firm's legal form; an unknown form is refused at its row")
    func legalForm() throws {
        let header = "nib,nama,npwp,kbli,tahun,omzet,jumlah_pekerja,pekerja_lokal,investasi,bentuk_usaha"
        let good = "\(header)\n9120983690060,Bengkel Pak Darmo,0012345678431000,25111,,,,,,UD"
        #expect(try RecordReaders.tenants(file: "t.csv", text: good).first?.value.legalForm == .ud)
        let bad = "\(header)\n9120983690060,Bengkel Pak Darmo,0012345678431000,25111,,,,,,Tbk"
        let error = try #require(throws: RowErrors.self) { try RecordReaders.tenants(file: "t.csv", text: bad) }
        #expect(error.errors.map(\.error.field) == ["legal_form"])
    }
}
