/// The file formats a firm's documents are kept in, told apart by their bytes, never by a
/// file's name or the type a browser claims (issue 17, item 3): a scan or a PDF renamed
/// `.pdf` that is really HTML, a script or an archive is refused before it is stored.
public enum DocumentFormat: String, Sendable, CaseIterable, Hashable {
    case pdf, jpeg, png

    /// The media type the file is served with (always as an attachment).
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    /// The extension of the name a download is given.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    /// The format whose media type this is (`image/jpg` too, which some scanners send).
    public init?(mediaType: String) {
        let type = mediaType.split(separator: ";").first.map { $0.trimmingSpaces.lowercased() } ?? ""
        switch type {
        case "application/pdf": self = .pdf
        case "image/jpeg", "image/jpg", "image/pjpeg": self = .jpeg
        case "image/png": self = .png
        default: return nil
        }
    }

    /// The format of a whole file, or nil when it is none of the three. Both ends are checked:
    /// a PDF starts `%PDF-` and has `%%EOF` in its last KiB; a JPEG starts with the SOI marker
    /// `FF D8 FF` and has the EOI marker `FF D9` in its last KiB (cameras may append padding);
    /// a PNG starts with its 8-byte signature and an `IHDR` chunk and ends with `IEND`. A file
    /// cut off in transfer fails the second check.
    public static func detect(_ bytes: [UInt8]) -> DocumentFormat? {
        if bytes.starts(with: Array("%PDF-".utf8)), tail(bytes).contains(Array("%%EOF".utf8)) { return .pdf }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]), bytes.count >= 6, tail(bytes).contains([0xFF, 0xD9]) { return .jpeg }
        if bytes.starts(with: pngSignature + [0, 0, 0, 13] + Array("IHDR".utf8)),
            bytes.suffix(12).elementsEqual([0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
        {
            return .png
        }
        return nil
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The last KiB before any trailing whitespace or NUL padding (which scanners and mail
    /// programs add after the end marker).
    private static func tail(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var end = bytes.count
        while end > 0, [0x00, 0x09, 0x0A, 0x0D, 0x20].contains(bytes[end - 1]) { end -= 1 }
        return bytes[..<end].suffix(1024)
    }

    /// What the file looks like instead, for the refusal: named by its first bytes, so that a
    /// person sees "HTML" or "a ZIP archive" rather than only "not allowed".
    public static func describeOther(_ bytes: [UInt8]) -> (english: String, indonesian: String) {
        let head = String(decoding: bytes.prefix(64), as: UTF8.self).lowercased().trimmingSpaces
        if bytes.isEmpty { return ("an empty file", "berkas kosong") }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<script") {
            return ("an HTML page", "halaman HTML")
        }
        if bytes.starts(with: Array("PK".utf8) + [3, 4]) { return ("a ZIP archive (e.g. a Word file)", "arsip ZIP (mis. berkas Word)") }
        if bytes.starts(with: Array("%PDF-".utf8)) { return ("a PDF cut short (no %%EOF)", "PDF yang terpotong (tanpa %%EOF)") }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return ("a JPEG cut short", "JPEG yang terpotong") }
        if bytes.starts(with: pngSignature) { return ("a PNG cut short", "PNG yang terpotong") }
        return ("another kind of file", "jenis berkas lain")
    }
}
