import Foundation

/// Small, whole files of each kind a firm's document may be, and lookalikes that are not, for
/// the tests of issue 17, item 3. Each is built here, byte by byte, so a test shows what it sends.
public enum SampleFiles {
    /// A one-page PDF (header, an object, a trailer, `%%EOF`), with `marker` inside so that two
    /// uploads differ.
    public static func pdf(_ marker: String = "1") -> [UInt8] {
        Array("%PDF-1.4\n1 0 obj << /Title (\(marker)) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
    }

    /// A 1×1 grey PNG: signature, IHDR, IDAT, IEND (CRCs are not checked by the server).
    public static let png: [UInt8] =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        + [0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3A, 0x7E, 0x9B, 0x55]
        + [0, 0, 0, 10] + Array("IDAT".utf8) + [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0xE2, 0x21, 0xBC, 0x33]
        + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]

    /// A JPEG's shape: SOI, an APP0 (JFIF) segment, EOI.
    public static let jpeg: [UInt8] =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0] + [0xFF, 0xD9]

    /// An HTML page with a script, named like a PDF by whoever sends it.
    public static let html: [UInt8] = Array("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".utf8)

    /// A `multipart/form-data` body with `fields` and one file part `file`, and its boundary.
    public static func multipart(
        _ fields: [(String, String)], file: [UInt8], fileName: String = "scan.pdf", type: String = "application/pdf"
    ) -> (body: [UInt8], boundary: String) {
        let boundary = "----EstateTestBoundary7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
        body += file + Array("\r\n--\(boundary)--\r\n".utf8)
        return (body, boundary)
    }
}
