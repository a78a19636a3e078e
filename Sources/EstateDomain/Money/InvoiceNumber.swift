/// An invoice's number, gapless per estate, series and year: `INV/KAWASAN-1/2026/00042` for
/// invoices (periodic and deposit), `CN/KAWASAN-1/2026/00003` for credit notes. Auditors check
/// the gaps first, so the store assigns the next one inside the transaction that issues it.
public struct InvoiceNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Series: String, CaseIterable, Hashable, Sendable {
        case invoice = "INV"
        case creditNote = "CN"
    }

    public let series: Series
    public let estate: String
    public let year: Int
    public let sequence: Int

    public init(series: Series, estate: String, year: Int, sequence: Int) {
        self.series = series
        self.estate = estate
        self.year = year
        self.sequence = sequence
    }

    /// Reads a number as printed; refuses anything else with the form it expects.
    public init(parsing text: String, field: String = "number") throws {
        let parts = text.trimmingSpaces.uppercased().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, let series = Series(rawValue: String(parts[0])),
            let estate = try? EstateCode.normalise(String(parts[1])), parts[2].count == 4, let year = Int(parts[2]),
            parts[3].count >= 5, let sequence = Int(parts[3]), sequence > 0
        else {
            throw InputError(
                field: field, value: text, problem: "is not an invoice number",
                fix: "Write it as printed, e.g. INV/KAWASAN-1/2026/00042.",
                masalah: "bukan nomor tagihan", perbaikan: "Tuliskan seperti tercetak, misalnya INV/KAWASAN-1/2026/00042.")
        }
        self.init(series: series, estate: estate, year: year, sequence: sequence)
    }

    public var description: String {
        let digits = String(sequence)
        return "\(series.rawValue)/\(estate)/\(year)/\(String(repeating: "0", count: max(0, 5 - digits.count)))\(digits)"
    }

    public static func < (a: InvoiceNumber, b: InvoiceNumber) -> Bool {
        (a.estate, a.series.rawValue, a.year, a.sequence) < (b.estate, b.series.rawValue, b.year, b.sequence)
    }
}
