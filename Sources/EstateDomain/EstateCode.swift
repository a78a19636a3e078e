/// An estate's code, e.g. `KAWASAN-1` or `SENTRA-CIBITUNG`: how commands, routes and reports name
/// one estate among several in a store.
public enum EstateCode {
    /// Upper-cases and checks a code: 1 to 16 ASCII letters, digits and dashes, not starting
    /// with a dash (the rule the database also holds, migration 0010).
    public static func normalise(_ code: String, field: String = "code") throws -> String {
        guard let upper = RecordCode.normalised(code) else {
            throw InputError(
                field: field, value: code, problem: "is not an estate code",
                fix: "Use letters, digits and dashes, up to 16 characters, e.g. KAWASAN-1 (`estate estates` lists them).",
                masalah: "bukan kode kawasan",
                perbaikan: "Gunakan huruf, angka, dan tanda hubung, paling banyak 16 karakter, misalnya KAWASAN-1 "
                    + "(`estate estates` menampilkan daftarnya).")
        }
        return upper
    }
}

/// The shape plot and estate codes share: trimmed and upper-cased, 1 to 16 ASCII letters, digits
/// and dashes, starting with a letter or a digit.
enum RecordCode {
    /// The code upper-cased, or nil when it does not have the shape.
    static func normalised(_ text: String) -> String? {
        let upper = text.trimmingSpaces.uppercased()
        guard (1...16).contains(upper.count), upper.first!.isLetter || upper.first!.isNumber,
            upper.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        return upper
    }
}
