import EstateDomain

/// One tariff as the CLI's JSON and the API show it, beside the terminal table of them.
public struct TariffView: Encodable, Hashable, Sendable {
    public let phase: Int
    public let effectiveFrom: String
    public let rentPerM2Month: Int64
    public let serviceChargePerM2Month: Int64
    public let depositMonths: Int
    public let dueDays: Int

    enum CodingKeys: String, CodingKey {
        case phase, effectiveFrom, depositMonths, dueDays
        case rentPerM2Month = "rent_per_m2_month"
        case serviceChargePerM2Month = "service_charge_per_m2_month"
    }

    public init(_ tariff: Tariff) {
        phase = tariff.phase
        effectiveFrom = tariff.effectiveFrom.iso
        rentPerM2Month = tariff.rentPerSquareMetreMonth.amount
        serviceChargePerM2Month = tariff.serviceChargePerSquareMetreMonth.amount
        depositMonths = tariff.depositMonths
        dueDays = tariff.dueDays
    }

    /// Tariffs as a terminal table, in `language`.
    public static func table(_ tariffs: [Tariff], language: Language) -> String {
        let id = language == .indonesian
        guard !tariffs.isEmpty else {
            return id ? "Belum ada tarif; impor dengan estate import tariffs FILE.csv."
                : "No tariff yet; import one with estate import tariffs FILE.csv."
        }
        var table = TextTable(
            header: id
                ? ["tahap", "berlaku sejak", "sewa/m²/bulan", "iuran/m²/bulan", "jaminan (bulan)", "jatuh tempo (hari)"]
                : ["phase", "effective from", "rent/m²/month", "service/m²/month", "deposit (months)", "due (days)"])
        table.rightAligned = [0, 2, 3, 4, 5]
        for tariff in tariffs {
            table.add([
                String(tariff.phase), tariff.effectiveFrom.format(language), tariff.rentPerSquareMetreMonth.format(language),
                tariff.serviceChargePerSquareMetreMonth.format(language), String(tariff.depositMonths), String(tariff.dueDays),
            ])
        }
        return table.rendered
    }
}
