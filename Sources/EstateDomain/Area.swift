import struct Foundation.Decimal

/// An exact land area, held in whole square centimetres so that thousands of plots sum without
/// the drift of binary floating point. 1 m² = 10,000 cm².
public struct Area: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    public let squareCentimetres: Int64

    public static let zero = Area(squareCentimetres: 0)
    /// The largest area accepted from input, 10^9 m²: a million such areas still sum in Int64.
    public static let largest = Area(squareCentimetres: 1_000_000_000 * 10_000)
    public static let perSquareMetre: Int64 = 10_000

    public init(squareCentimetres: Int64) { self.squareCentimetres = squareCentimetres }
    public init(squareMetres: Int64) { self.squareCentimetres = squareMetres * Area.perSquareMetre }

    /// Reads `250`, `312.5`, `312,5` or `5.600,25` square metres (up to four decimals).
    /// A lone three-digit group such as `1.250` is refused as ambiguous.
    public init(parsing text: String, field: String) throws {
        let fix = "Write square metres as a number, e.g. 250, 312.5 or 312,5."
        let perbaikan = "Tuliskan luas dalam meter persegi sebagai angka, misalnya 250, 312.5 atau 312,5."
        let trimmed = text.trimmingSpaces.lowercased()
        let bare =
            trimmed.hasSuffix("m2") || trimmed.hasSuffix("m²") ? String(trimmed.dropLast(2)).trimmingSpaces : trimmed
        let number: DecimalText
        do {
            number = try DecimalText(parsing: bare, loneThreeDigitGroupIsThousands: false)
        } catch .ambiguous {
            throw InputError(
                field: field, value: text, problem: "is ambiguous (thousands or decimals?)",
                fix: "Write 1250 for one thousand two hundred and fifty m², or 1,25 for one and a quarter.",
                masalah: "bermakna ganda (ribuan atau desimal?)",
                perbaikan: "Tulis 1250 untuk seribu dua ratus lima puluh m², atau 1,25 untuk satu seperempat m².")
        } catch {
            throw InputError(
                field: field, value: text, problem: "is not an area", fix: fix, masalah: "bukan angka luas",
                perbaikan: perbaikan)
        }
        guard let whole = number.whole(times: Area.perSquareMetre), let cm2 = whole else {
            throw InputError(
                field: field, value: text, problem: "has more than four decimals or is too large", fix: fix,
                masalah: "memiliki lebih dari empat angka desimal atau terlalu besar", perbaikan: perbaikan)
        }
        guard cm2 > 0 else {
            throw InputError(
                field: field, value: text, problem: "is not a positive area", fix: fix,
                masalah: "bukan luas yang lebih besar dari nol", perbaikan: perbaikan)
        }
        guard cm2 <= Area.largest.squareCentimetres else {
            throw InputError(
                field: field, value: text, problem: "is larger than any estate (over 1,000,000,000 m²)",
                fix: "Check the unit: areas are in square metres.",
                masalah: "lebih besar dari kawasan mana pun (lebih dari 1.000.000.000 m²)",
                perbaikan: "Periksa satuannya: luas ditulis dalam meter persegi.")
        }
        self.squareCentimetres = cm2
    }

    public static func + (a: Area, b: Area) -> Area {
        Area(squareCentimetres: a.squareCentimetres + b.squareCentimetres)
    }
    public static func - (a: Area, b: Area) -> Area {
        Area(squareCentimetres: a.squareCentimetres - b.squareCentimetres)
    }
    public static func < (a: Area, b: Area) -> Bool { a.squareCentimetres < b.squareCentimetres }

    /// The area scaled by `percent`/100, rounded down to the square centimetre.
    public func share(percent: Int) -> Area { Area(squareCentimetres: squareCentimetres * Int64(percent) / 100) }

    /// Square metres as a decimal string with `.` as the mark, e.g. `312.5`; for JSON and CSV.
    public var squareMetresText: String { formatSquareMetres(decimalMark: ".", grouping: nil) }

    /// Square metres written as the language expects: `5.600,5 m²` or `5,600.5 m²`.
    public func format(_ language: Language) -> String {
        let text =
            language == .indonesian
            ? formatSquareMetres(decimalMark: ",", grouping: ".")
            : formatSquareMetres(decimalMark: ".", grouping: ",")
        return text + " m²"
    }

    public var description: String { squareMetresText + " m²" }

    func formatSquareMetres(decimalMark: Character, grouping: Character?) -> String {
        let whole = squareCentimetres / Area.perSquareMetre
        var fraction = String((squareCentimetres % Area.perSquareMetre).magnitude)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let head = grouping.map { groupDigits(whole, separator: $0) } ?? String(whole)
        return fraction.isEmpty ? head : "\(head)\(decimalMark)\(fraction)"
    }
}

extension CodingUserInfoKey {
    /// Set to `true` on an encoder and decoder that keep values for the program itself (not a
    /// person's input): an `Area` is then its whole square centimetres, read back exactly. A
    /// person's "1.234" is ambiguous (a thousands or a decimal point) and refused; a stored
    /// 300.125 m² must not be.
    public static let areasInSquareCentimetres = CodingUserInfoKey(rawValue: "areasInSquareCentimetres")!
}

extension Area: Codable {
    /// Reads a JSON number or string of square metres; writes square metres as a string so
    /// that no decimal is lost to a float (whole square centimetres under
    /// `CodingUserInfoKey.areasInSquareCentimetres`).
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if decoder.userInfo[.areasInSquareCentimetres] as? Bool == true {
            self.init(squareCentimetres: try container.decode(Int64.self))
            return
        }
        let field = decoder.codingPath.last?.stringValue ?? "area_m2"
        if let text = try? container.decode(String.self) {
            try self.init(parsing: text, field: field)
        } else {
            // A JSON number: read as a decimal (never a Double) and parsed exactly.
            let number = try container.decode(Decimal.self)
            try self.init(parsing: "\(number)", field: field)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if encoder.userInfo[.areasInSquareCentimetres] as? Bool == true {
            try container.encode(squareCentimetres)
            return
        }
        try container.encode(squareMetresText)
    }
}
