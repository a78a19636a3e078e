/// A calendar date with no time of day and no time zone, as leases and declarations use.
///
/// Dates are compared and counted in whole days; a `Date` with a time zone would shift a lease
/// by a day at midnight in Bekasi (UTC+7).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date if the year, month and day name a real day of the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `2026-11-22` or Indonesian `22/11/2026` (also `22-11-2026`).
    public init(parsing text: String, field: String) throws {
        if let date = Self.isoDigits(text) {
            self = date
            return
        }
        let trimmed = text.trimmingSpaces
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let local = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" })
        var parts: (Int, Int, Int)?
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            parts = (y, m, d)
        } else if local.count == 3, local[2].count == 4, let d = Int(local[0]), let m = Int(local[1]),
            let y = Int(local[2])
        {
            parts = (y, m, d)
        }
        guard let (y, m, d) = parts, let date = CivilDate(year: y, month: m, day: d) else {
            throw InputError(
                field: field, value: text, problem: "is not a date",
                fix: "Write it as 2026-11-22 (ISO) or 22/11/2026.",
                masalah: "bukan tanggal",
                perbaikan: "Tuliskan seperti 2026-11-22 (ISO) atau 22/11/2026.")
        }
        self = date
    }

    /// `YYYY-MM-DD` read straight from its UTF-8 bytes (the form the store and exports write),
    /// or nil to take the general path.
    private static func isoDigits(_ text: String) -> CivilDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var value = 0
        var parts: [Int] = []
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                parts.append(value)
                value = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return CivilDate(year: parts[0], month: parts[1], day: value)
    }

    /// Days since 1970-01-01 (negative before it); lets dates be counted and shifted exactly.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Whole years from this date to `other` as on a calendar: the anniversary completes a
    /// year (29 February completes it on 1 March); zero when `other` is earlier.
    public func fullYears(until other: CivilDate) -> Int {
        max(0, other.year - year - ((other.month, other.day) < (month, day) ? 1 : 0))
    }

    /// `2026-11-22`.
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
    /// `22/11/2026`, as Indonesian officers write it.
    public var indonesian: String { "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))" }
    /// The date as a reader of `language` writes it: `22/11/2026` or `2026-11-22`.
    public func format(_ language: Language) -> String { language == .indonesian ? indonesian : iso }
    public var description: String { iso }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try CivilDate(parsing: text, field: decoder.codingPath.last?.stringValue ?? "date")
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    var trimmingSpaces: String {
        // Fast path: printable ASCII at both ends has nothing to trim.
        if let first = first?.asciiValue, let last = last?.asciiValue, first > 0x20, first < 0x7F, last > 0x20,
            last < 0x7F
        {
            return String(self)
        }
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
