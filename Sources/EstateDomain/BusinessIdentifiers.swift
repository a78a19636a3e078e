/// Nomor Induk Berusaha: the 13-digit business ID that OSS issues. It has no check digit, so a
/// well-formed NIB can still be wrong; only the format is checked here.
public struct NIB: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let digits: String

    public init(parsing text: String, field: String = "nib") throws {
        let compact =
            text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? text : text.filter { $0 != " " && $0 != "." && $0 != "-" }
        guard compact.isASCIIDigits(count: 13) else {
            throw InputError(
                field: field, value: text, problem: "is not a NIB",
                fix: "A NIB (Nomor Induk Berusaha) is 13 digits, as printed on the OSS certificate.",
                masalah: "bukan NIB",
                perbaikan: "NIB (Nomor Induk Berusaha) terdiri atas 13 angka, seperti tertera pada sertifikat OSS.")
        }
        digits = compact
    }

    public var description: String { digits }
    public static func < (a: NIB, b: NIB) -> Bool { a.digits < b.digits }

    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

/// Nomor Pokok Wajib Pajak, the tax ID. Accepts the old 15-digit form (`01.234.567.8-431.000`)
/// and the new 16-digit form, and keeps the 16-digit form ("0" + the old 15 for a company).
public struct NPWP: Hashable, Sendable, Codable, CustomStringConvertible {
    public let digits: String

    public init(parsing text: String, field: String = "npwp") throws {
        let compact =
            text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? text : text.filter { $0 != " " && $0 != "." && $0 != "-" }
        guard compact.isASCIIDigits(count: 15) || compact.isASCIIDigits(count: 16) else {
            throw InputError(
                field: field, value: text, problem: "is not an NPWP",
                fix: "Write the 15-digit NPWP (99.999.999.9-999.999) or the 16-digit one.",
                masalah: "bukan NPWP",
                perbaikan: "Tuliskan NPWP 15 angka (99.999.999.9-999.999) atau NPWP 16 angka.")
        }
        digits = compact.utf8.count == 15 ? "0" + compact : compact
    }

    public var description: String { digits }

    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

/// A KBLI 2020 industry code: five digits; the first two are the division (24 basic metals,
/// 25 fabricated metal products, 28 machinery, ...).
public struct KBLI: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let code: String

    public init(parsing text: String, field: String = "kbli") throws {
        let compact = text.isASCIIDigits(count: 5) ? text : text.trimmingSpaces
        guard compact.isASCIIDigits(count: 5) else {
            throw InputError(
                field: field, value: text, problem: "is not a KBLI 2020 code",
                fix: "A KBLI code is 5 digits, e.g. 25111 (structural metal products).",
                masalah: "bukan kode KBLI 2020",
                perbaikan: "Kode KBLI terdiri atas 5 angka, misalnya 25111 "
                    + "(industri barang dari logam untuk bangunan).")
        }
        code = compact
    }

    /// The codes of a list typed by a person, separated by `;` or commas (the main activity
    /// first), e.g. `25920; 25111`, each checked as a code on `field`.
    public static func list(parsing text: String, field: String = "kbli") throws -> [KBLI] {
        try text.split(whereSeparator: { $0 == ";" || $0 == "," }).map {
            try KBLI(parsing: String($0).trimmingSpaces, field: field)
        }
    }

    /// The two-digit division, e.g. `25`.
    public var division: String { String(code.prefix(2)) }
    public var description: String { code }
    public static func < (a: KBLI, b: KBLI) -> Bool { a.code < b.code }

    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

extension String {
    /// Whether the text is exactly `count` ASCII digits, checked on its UTF-8 bytes: identifiers
    /// are parsed for every row a snapshot reads, and Character properties cost ten times more.
    func isASCIIDigits(count: Int) -> Bool {
        utf8.count == count && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
