import EstateDomain
import EstateTestSupport
import Testing

/// A firm's documents (issue 17, item 3): the format read from the bytes, the size limit on its
/// boundary, and the expiry report's window on its boundary.
@Suite("Firm documents")
struct FirmDocumentTests {
    static let day = try! CivilDate(parsing: "2026-12-07", field: "day")

    static func upload(_ bytes: [UInt8], number: String = "PB-001/2026") throws -> DocumentUpload {
        try DocumentUpload(kind: .businessPermit, number: number, validUntil: nil, content: bytes)
    }

    @Test("each format is told by its bytes, whatever the name says")
    func formats() throws {
        #expect(try Self.upload(SampleFiles.pdf()).format == .pdf)
        #expect(try Self.upload(SampleFiles.png).format == .png)
        #expect(try Self.upload(SampleFiles.jpeg).format == .jpeg)
    }

    /// Files that are none of the three, each with what the refusal says it looks like.
    static let lookalikes: [([UInt8], String)] = {
        let zip: [UInt8] = Array("PK".utf8) + [3, 4, 20, 0]
        let cutPDF: [UInt8] = Array(SampleFiles.pdf().dropLast(7))
        let cutPNG: [UInt8] = Array(SampleFiles.png.dropLast(12))
        let cutJPEG: [UInt8] = Array(SampleFiles.jpeg.dropLast(2))
        let other: [UInt8] = Array("%PDX-1.4 %%EOF".utf8)
        return [
            (SampleFiles.html, "an HTML page"), ([], "an empty file"), (cutPDF, "a PDF cut short (no %%EOF)"),
            (cutPNG, "a PNG cut short"), (cutJPEG, "a JPEG cut short"), (zip, "a ZIP archive (e.g. a Word file)"),
            (other, "another kind of file"),
        ]
    }()

    @Test("what is not a whole PDF, JPEG or PNG is refused, naming what it looks like", arguments: lookalikes)
    func refused(bytes: [UInt8], looksLike: String) throws {
        let error = try #require(throws: InputError.self) { try Self.upload(bytes) }
        #expect(error.field == "file" && error.value == looksLike, "\(error)")
        #expect(error.indonesian != nil)
    }

    @Test("5 MiB is kept; one byte more is refused")
    func sizeLimit() throws {
        let pdf = SampleFiles.pdf()
        let padding = DocumentUpload.maximumBytes - pdf.count
        // The padding goes before the trailer, so that %%EOF stays in the last KiB.
        let exact = Array(pdf.prefix(9)) + [UInt8](repeating: 0x20, count: padding) + Array(pdf.dropFirst(9))
        #expect(exact.count == DocumentUpload.maximumBytes)
        #expect(try Self.upload(exact).content.count == DocumentUpload.maximumBytes)
        let over = Array(pdf.prefix(9)) + [UInt8](repeating: 0x20, count: padding + 1) + Array(pdf.dropFirst(9))
        let error = try #require(throws: InputError.self) { try Self.upload(over) }
        #expect(error.field == "file" && error.value == "\(DocumentUpload.maximumBytes + 1) bytes")
    }

    @Test("the number is checked as typed text", arguments: ["", "   ", "=HYPERLINK(\"x\")", String(repeating: "9", count: 101)])
    func number(text: String) {
        #expect(throws: InputError.self) { try Self.upload(SampleFiles.pdf(), number: text) }
    }

    @Test("a kind is one of the six names")
    func kinds() throws {
        #expect(try DocumentKind.parse("signed_lease") == .signedLease)
        let error = try #require(throws: InputError.self) { try DocumentKind.parse("ktp") }
        #expect(error.field == "kind" && error.fix.contains("nib_certificate"))
    }

    static func document(
        _ id: Int64, kind: DocumentKind = .businessPermit, until: String?, accepted: String? = "2026-01-05",
        nib: String = "9120983690060"
    ) throws -> FirmDocument {
        try FirmDocument(
            id: id, nib: NIB(parsing: nib), kind: kind, number: "N-\(id)",
            validUntil: until.map { try CivilDate(parsing: $0, field: "until") }, format: .pdf, byteCount: 10,
            sha256: String(repeating: "0", count: 64), uploadedOn: CivilDate(parsing: "2026-01-05", field: "on"),
            uploadedBy: "t", state: try accepted.map { .accepted(on: try CivilDate(parsing: $0, field: "on")) } ?? .submitted,
            decidedBy: nil)
    }

    @Test("the window's last day is listed, the day after is not; lapsed ones count with negative days")
    func expiryWindow() throws {
        // 2026-12-07 + 90 days = 2027-03-07: valid until the day before is within the notice.
        let documents = [
            try Self.document(1, until: "2027-03-06"), try Self.document(2, until: "2027-03-07"),
            try Self.document(3, until: "2026-12-06"), try Self.document(4, until: nil),
            try Self.document(5, until: "2027-01-01", accepted: nil),
        ]
        let report = DocumentExpiry.report(documents, on: Self.day, windowDays: 90)
        #expect(report.map(\.document.id) == [3, 1])
        #expect(report.map(\.daysLeft) == [-1, 89])
        #expect(report.map(\.hasLapsed) == [true, false])
    }

    @Test("a document accepted after the report's date is not on it; a later one of the same kind is named, not hidden")
    func laterAndAcceptedAfter() throws {
        let documents = [
            try Self.document(1, until: "2027-01-31"), try Self.document(2, until: "2029-01-31"),
            try Self.document(3, kind: .environmentalPermit, until: "2027-01-31", accepted: "2026-12-08"),
            try Self.document(4, until: "2027-02-01", nib: "9120838829624"),
        ]
        let report = DocumentExpiry.report(documents, on: Self.day, windowDays: 90)
        #expect(report.map(\.document.id) == [1, 4])
        #expect(report.first?.laterOfSameKind?.id == 2)
        #expect(report.last?.laterOfSameKind == nil, "another firm's permit is no renewal")
    }
}

extension FirmDocumentTests {
    @Test("a scanner's padding after the end marker does not hide it; a last valid day outside 1990–2200 is refused")
    func paddingAndYears() throws {
        let padded = SampleFiles.pdf() + [UInt8](repeating: 0x20, count: 2048) + [0x0D, 0x0A, 0x00]
        #expect(try Self.upload(padded).format == .pdf)
        #expect(try Self.upload(SampleFiles.jpeg + [UInt8](repeating: 0, count: 4096)).format == .jpeg)
        for (day, refused) in [("1989-12-31", true), ("1990-01-01", false), ("2200-12-31", false), ("2201-01-01", true)] {
            let until = try CivilDate(parsing: day, field: "valid_until")
            let attempt = { try DocumentUpload(kind: .other, number: "1", validUntil: until, content: SampleFiles.pdf()) }
            if refused { #expect(throws: InputError.self, "\(day)") { try attempt() } } else { _ = try attempt() }
        }
    }
}
