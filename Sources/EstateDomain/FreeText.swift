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
        // As given, not trimmed: a line break or form feed around the text is refused as one
        // inside it is (the API document's pattern refuses it wherever it is).
        if value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
            throw InputError(
                field: field, value: value, problem: "contains a control character or line break",
                fix: "Write \(field) on one line without control characters, e.g. \(example).",
                masalah: "mengandung karakter kendali atau pindah baris",
                perbaikan: "Tuliskan \(field) dalam satu baris tanpa karakter kendali, misalnya \(example).")
        }
        if let hidden = text.unicodeScalars.first(where: isInvisibleControl) {
            let hex = String(hidden.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            throw InputError(
                field: field, value: value,
                problem: "contains the invisible character \(code), which can reorder or hide text",
                fix: "Type \(field) again without pasting it, e.g. \(example).",
                masalah: "mengandung karakter tak terlihat \(code), yang dapat membalik atau menyembunyikan teks",
                perbaikan: "Ketik ulang \(field) tanpa menempelnya, misalnya \(example).")
        }
        return text
    }

    /// Characters that do not show but change how text reads (issue 17's security review): DEL
    /// and the C1 controls, the bidirectional embeddings, overrides, isolates and marks (a name
    /// shown as "CV Baja" that sorts and searches as something else), zero-width space, the
    /// byte-order mark and the line and paragraph separators. Joiners (U+200C, U+200D) stay:
    /// some scripts need them.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2028, 0x2029, 0x2066...0x2069, 0xFEFF:
            true
        default: false
        }
    }
}
