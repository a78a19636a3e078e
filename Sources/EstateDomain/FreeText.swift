/// Names and reasons that people type (a firm's legal name, a partner, a product, why a lease
/// ended), checked the same way wherever they enter: at most `limit` characters as given (what
/// the API document's `maxLength` counts), 1 or more once trimmed, and not starting with a character that a spreadsheet opening an export would run as a formula.
///
/// Refusing `=`, `+`, `-` and `@` at the start keeps formula injection (`=cmd|' /C calc'!A0`,
/// OWASP's "CSV injection") out of the store; CSV exports neutralise such text as well, for
/// rows written before this check or by hand.
public enum FreeText {
    /// Characters that make a spreadsheet cell a formula when they come first.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    /// `value` trimmed, or an input error naming `field` with the fix.
    /// - Parameters:
    ///   - limit: the most Unicode scalars allowed in the value as given (spaces around it
    ///     included), e.g. 200 for a legal name.
    ///   - example: a valid value to show in the fix.
    public static func checked(_ value: String, field: String, limit: Int, example: String) throws -> String {
        let text = value.trimmingSpaces
        guard !text.isEmpty else {
            throw InputError(
                field: field, value: value, problem: "is empty", fix: "Fill in \(field), e.g. \(example).",
                masalah: "kosong", perbaikan: "Isi \(field), misalnya \(example).")
        }
        let length = value.unicodeScalars.count
        guard length <= limit else {
            throw InputError(
                field: field, value: value, problem: "is \(length) characters long, more than \(limit)",
                fix: "Shorten \(field) to at most \(limit) characters, e.g. \(example).",
                masalah: "panjangnya \(length) karakter, lebih dari \(limit)",
                perbaikan: "Persingkat \(field) menjadi paling banyak \(limit) karakter, misalnya \(example).")
        }
        if let first = text.first, formulaStarts.contains(first) {
            throw InputError(
                field: field, value: value,
                problem: "starts with \"\(first)\", which a spreadsheet would run as a formula",
                fix: "Remove the leading \"\(first)\"; write the text itself, e.g. \(example).",
                masalah: "diawali \"\(first)\", yang akan dijalankan sebagai rumus oleh lembar kerja",
                perbaikan: "Hapus \"\(first)\" di awal; tuliskan teksnya saja, misalnya \(example).")
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
            throw InputError(
                field: field, value: value, problem: "contains a control character or line break",
                fix: "Write \(field) on one line without control characters, e.g. \(example).",
                masalah: "mengandung karakter kendali atau pindah baris",
                perbaikan: "Tuliskan \(field) dalam satu baris tanpa karakter kendali, misalnya \(example).")
        }
        return text
    }
}
