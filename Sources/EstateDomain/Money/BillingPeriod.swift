/// The calendar month an invoice run bills, written `2026-12`.
public struct BillingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads `YYYY-MM` (also `MM/YYYY`, as the association writes it on paper).
    public init(parsing text: String, field: String = "period") throws {
        let trimmed = text.trimmingSpaces
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let local = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        var parts: (Int, Int)?
        if iso.count == 2, iso[0].count == 4, iso[1].count <= 2, let y = Int(iso[0]), let m = Int(iso[1]) {
            parts = (y, m)
        } else if local.count == 2, local[1].count == 4, local[0].count <= 2, let m = Int(local[0]), let y = Int(local[1]) {
            parts = (y, m)
        }
        guard let (y, m) = parts, let period = BillingPeriod(year: y, month: m) else {
            throw InputError(
                field: field, value: text, problem: "is not a month",
                fix: "Write the month billed as 2026-12 (year and month).",
                masalah: "bukan bulan", perbaikan: "Tuliskan bulan yang ditagih seperti 2026-12 (tahun dan bulan).")
        }
        self = period
    }

    /// The month's first day: the date of its periodic invoices.
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    /// The month's last day.
    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: days)! }
    /// The first day after the month.
    public var end: CivilDate { lastDay.adding(days: 1) }
    /// How many days the month has (29 in a leap February).
    public var days: Int { CivilDate.daysIn(month: month, year: year) }

    /// The days of the month on which a lease over [start, end) is in force; 0 if none.
    public func daysInForce(start: CivilDate, end: CivilDate?) -> Int {
        let from = max(start, firstDay)
        let until = min(end ?? self.end, self.end)
        return max(0, from.days(until: until))
    }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (a: BillingPeriod, b: BillingPeriod) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
