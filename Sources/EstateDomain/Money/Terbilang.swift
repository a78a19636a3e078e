/// An amount in Indonesian words (*terbilang*), as invoices and receipts (kuitansi) state it:
/// 1,250,500 is "satu juta dua ratus lima puluh ribu lima ratus rupiah". Uses the forms of
/// standard Indonesian: "se-" for one hundred and one thousand (seratus, seribu), "sebelas" and
/// "-belas" for 11 to 19, and "satu" before juta and larger scales.
public enum Terbilang {
    private static let units = [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    ]
    /// Scales of a thousand from the largest an Int64 holds (10^18) down to a thousand.
    private static let scales: [(value: UInt64, name: String)] = [
        (1_000_000_000_000_000_000, "kuintiliun"), (1_000_000_000_000_000, "kuadriliun"),
        (1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"), (1_000, "ribu"),
    ]

    /// The amount in words followed by "rupiah"; a negative amount starts with "minus".
    public static func rupiah(_ amount: Rupiah) -> String { words(amount.amount) + " rupiah" }

    /// The number in words, lower case, single spaces: 0 is "nol".
    public static func words(_ number: Int64) -> String {
        if number == 0 { return units[0] }
        let sign = number < 0 ? ["minus"] : []
        var rest = number.magnitude
        var parts: [String] = []
        for scale in scales where rest >= scale.value {
            let count = Int(rest / scale.value)
            rest %= scale.value
            parts.append(count == 1 && scale.name == "ribu" ? "seribu" : below1000(count) + " " + scale.name)
        }
        if rest > 0 { parts.append(below1000(Int(rest))) }
        return (sign + parts).joined(separator: " ")
    }

    private static func below1000(_ n: Int) -> String {
        var parts: [String] = []
        let hundreds = n / 100
        let rest = n % 100
        if hundreds == 1 {
            parts.append("seratus")
        } else if hundreds > 1 {
            parts.append(units[hundreds] + " ratus")
        }
        if rest > 0 { parts.append(below100(rest)) }
        return parts.joined(separator: " ")
    }

    private static func below100(_ n: Int) -> String {
        switch n {
        case ..<10: units[n]
        case 10: "sepuluh"
        case 11: "sebelas"
        case 12..<20: units[n - 10] + " belas"
        default: units[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + units[n % 10])
        }
    }
}
