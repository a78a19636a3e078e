extension Rupiah {
    /// Words that multiply the number before them, in Indonesian and English.
    /// `M` is Indonesian shorthand for miliar (10^9), as on price lists; `jt` is juta.
    static let multipliers: [(words: [String], factor: Int64)] = [
        (["triliun", "trilyun", "trillion", "t"], 1_000_000_000_000),
        (["miliar", "milyar", "billion", "bn", "m"], 1_000_000_000),
        (["juta", "million", "jt", "mn"], 1_000_000),
        (["ribu", "thousand", "rb"], 1_000),
    ]

    /// Reads an amount as officers write it: `50000000000`, `Rp50.000.000.000`,
    /// `Rp 50,000,000,000`, `Rp50.000.000,-`, `50 miliar`, `50 M`, `Rp50 billion`,
    /// `1,5 miliar`, `IDR 7.5 billion`.
    ///
    /// Throws an `InputError` naming `field` for anything else, for fractions of a Rupiah, for
    /// negative amounts and for ambiguous texts such as `1.500 miliar`.
    public init(parsing text: String, field: String) throws {
        // Plain digits, the form spreadsheets export: no need for the general reader.
        if text.utf8.count <= 18, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let whole = Int64(text)
        {
            self.init(whole)
            return
        }
        let fail = { (problem: String, masalah: String) in
            InputError(
                field: field, value: text, problem: problem,
                fix: "Write whole Rupiah, e.g. 50000000000, Rp50.000.000.000, 50 miliar or 1,5 miliar.",
                masalah: masalah,
                perbaikan: "Tuliskan Rupiah bulat, misalnya 50000000000, Rp50.000.000.000, 50 miliar atau 1,5 miliar.")
        }
        var rest = text.trimmingSpaces.lowercased()
        if rest.hasPrefix("-") { throw fail("is negative", "negatif") }
        for prefix in ["idr", "rp.", "rp"] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count)).trimmingSpaces
            break
        }
        for suffix in [",-", ".-"] where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count))
        }
        var factor: Int64 = 1
        let tail = rest.reversed().prefix(while: { $0.isLetter })
        if !tail.isEmpty {
            let word = String(tail.reversed())
            guard let match = Rupiah.multipliers.first(where: { $0.words.contains(word) }) else {
                throw fail("has an unknown unit \"\(word)\"", "memakai satuan \"\(word)\" yang tidak dikenal")
            }
            factor = match.factor
            rest = String(rest.dropLast(word.count)).trimmingSpaces
        }
        let number: DecimalText
        do {
            number = try DecimalText(parsing: rest, loneThreeDigitGroupIsThousands: factor == 1)
        } catch .ambiguous {
            throw fail("is ambiguous (thousands or decimals?)", "bermakna ganda (ribuan atau desimal?)")
        } catch .tooLarge {
            throw fail("is too large", "terlalu besar")
        } catch {
            throw fail("is not an amount of Rupiah", "bukan jumlah Rupiah")
        }
        guard let whole = number.whole(times: factor) else {
            throw fail("is not a whole number of Rupiah", "bukan jumlah Rupiah yang bulat")
        }
        guard let amount = whole else { throw fail("is too large", "terlalu besar") }
        self.init(amount)
    }
}
