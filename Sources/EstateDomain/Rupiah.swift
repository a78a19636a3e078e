/// An amount of money in whole Rupiah. Never a float: Rp50,000,000,000 and one Rupiah more
/// must compare exactly.
public struct Rupiah: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let amount: Int64

    public init(_ amount: Int64) { self.amount = amount }

    public static func < (a: Rupiah, b: Rupiah) -> Bool { a.amount < b.amount }
    public var description: String { format(.english) }

    /// Writes the amount as a person of that language expects: `Rp50.000.000.000` or
    /// `IDR 50,000,000,000`; a negative amount (a credit) with its sign first: `-Rp790.000`.
    public func format(_ language: Language) -> String {
        if amount < 0, amount != .min { return "-" + Rupiah(-amount).format(language) }
        switch language {
        case .indonesian: return "Rp" + groupDigits(amount, separator: ".")
        case .english: return "IDR " + groupDigits(amount, separator: ",")
        }
    }
}

extension Rupiah: Codable {
    /// Reads a JSON integer or any text `init(parsing:field:)` accepts.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let whole = try? container.decode(Int64.self) {
            guard whole >= 0 else {
                throw InputError(
                    field: decoder.codingPath.last?.stringValue ?? "amount", value: String(whole),
                    problem: "is negative", fix: "Write an amount of zero or more Rupiah.",
                    masalah: "negatif", perbaikan: "Tuliskan jumlah nol Rupiah atau lebih.")
            }
            self.init(whole)
        } else {
            let text = try container.decode(String.self)
            try self.init(parsing: text, field: decoder.codingPath.last?.stringValue ?? "amount")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(amount)
    }
}

/// Digits in groups of three, `50.000.000` or `50,000,000`, for counts and amounts.
public func groupDigits(_ value: Int64, separator: Character) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out.append(separator) }
        out.append(digit)
    }
    return value < 0 ? "-" + out : out
}
