/// What a phase's plots cost from a date (the association's price list): rent and service
/// charge (iuran pengelolaan) per m² per month, the deposit in months of both, and the days an
/// invoice gives before it is due. A new price is a new tariff from its date; the old stays for
/// the invoices of its months.
public struct Tariff: Hashable, Sendable, Codable {
    public let phase: Int
    public let effectiveFrom: CivilDate
    public let rentPerSquareMetreMonth: Rupiah
    public let serviceChargePerSquareMetreMonth: Rupiah
    public let depositMonths: Int
    public let dueDays: Int

    /// The longest deposit and payment term a tariff may name (a typing error past these).
    public static let depositMonthsRange = 0...24
    public static let dueDaysRange = 0...180

    public init(
        phase: Int, effectiveFrom: CivilDate, rentPerSquareMetreMonth: Rupiah,
        serviceChargePerSquareMetreMonth: Rupiah, depositMonths: Int, dueDays: Int
    ) throws {
        guard Self.depositMonthsRange.contains(depositMonths) else {
            throw InputError(
                field: "deposit_months", value: String(depositMonths), problem: "is not between 0 and 24",
                fix: "Write the deposit as a whole number of months, 0 to 24.",
                masalah: "tidak di antara 0 dan 24", perbaikan: "Tuliskan uang jaminan dalam bulan penuh, 0 sampai 24.")
        }
        guard Self.dueDaysRange.contains(dueDays) else {
            throw InputError(
                field: "due_days", value: String(dueDays), problem: "is not between 0 and 180",
                fix: "Write the days from an invoice to its due date, 0 to 180.",
                masalah: "tidak di antara 0 dan 180", perbaikan: "Tuliskan hari dari tagihan sampai jatuh tempo, 0 sampai 180.")
        }
        self.phase = phase
        self.effectiveFrom = effectiveFrom
        self.rentPerSquareMetreMonth = rentPerSquareMetreMonth
        self.serviceChargePerSquareMetreMonth = serviceChargePerSquareMetreMonth
        self.depositMonths = depositMonths
        self.dueDays = dueDays
    }
}

/// Every tariff of an estate, asked by phase and date.
public struct TariffSchedule: Hashable, Sendable {
    public let tariffs: [Tariff]

    public init(_ tariffs: [Tariff]) {
        self.tariffs = tariffs.sorted { ($0.phase, $0.effectiveFrom) < ($1.phase, $1.effectiveFrom) }
    }

    /// The phase's tariff in force on `date` (the latest from on or before it); nil before its first.
    public func tariff(phase: Int, on date: CivilDate) -> Tariff? {
        tariffs.last { $0.phase == phase && $0.effectiveFrom <= date }
    }
}
