/// The papers the association keeps for each firm (issue 17, item 3).
public enum DocumentKind: String, Sendable, CaseIterable, Hashable {
    /// The NIB certificate from OSS (Online Single Submission).
    case nibCertificate = "nib_certificate"
    /// A business permit or standard certificate issued through OSS (PB, PB-UMKU, SNI).
    case businessPermit = "business_permit"
    /// An environmental approval (SPPL, UKL-UPL, AMDAL).
    case environmentalPermit = "environmental_permit"
    /// The lease as both sides signed it.
    case signedLease = "signed_lease"
    /// A withholding slip (bukti potong PPh 4(2) or 23) for rent or service charges.
    case withholdingSlip = "withholding_slip"
    /// Anything else the officers asked for.
    case other

    /// The kind in words.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.nibCertificate, .indonesian): "sertifikat NIB"
        case (.nibCertificate, .english): "NIB certificate"
        case (.businessPermit, .indonesian): "izin usaha"
        case (.businessPermit, .english): "business permit"
        case (.environmentalPermit, .indonesian): "persetujuan lingkungan"
        case (.environmentalPermit, .english): "environmental approval"
        case (.signedLease, .indonesian): "perjanjian sewa bertanda tangan"
        case (.signedLease, .english): "signed lease"
        case (.withholdingSlip, .indonesian): "bukti potong PPh"
        case (.withholdingSlip, .english): "withholding slip"
        case (.other, .indonesian): "dokumen lain"
        case (.other, .english): "other document"
        }
    }

    /// `kind` as people write it.
    public static func parse(_ text: String, field: String = "kind") throws -> DocumentKind {
        guard let kind = DocumentKind(rawValue: text.trimmingSpaces) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(
                field: field, value: text, problem: "is not a kind of document", fix: "Write one of \(names).",
                masalah: "bukan jenis dokumen", perbaikan: "Tuliskan salah satu dari \(names).")
        }
        return kind
    }
}

/// A document as a firm or an officer sends it, checked: its kind, its number as printed on
/// it, the last day it is valid (none for papers that do not expire), and the file, whose
/// format is read from its bytes.
public struct DocumentUpload: Sendable, Hashable {
    /// The largest file kept: 5 MiB holds a multi-page scan at 200 dpi, and keeps a firm's
    /// uploads from filling the database (a server limit, not one of the association's rules).
    public static let maximumBytes = 5 * 1024 * 1024
    /// How many of a firm's documents may wait for an officer at once; more is refused until
    /// some are decided (the database counts them inside the write).
    public static let waitingLimit = 10

    public let kind: DocumentKind
    public let number: String
    public let validUntil: CivilDate?
    public let format: DocumentFormat
    public let content: [UInt8]

    /// Checks each part and names the first that is wrong, with its fix.
    public init(kind: DocumentKind, number: String, validUntil: CivilDate?, content: [UInt8]) throws {
        self.kind = kind
        self.number = try FreeText.checked(number, field: "number", limit: 100, example: "0220001234567")
        if let validUntil, !(1990...2200).contains(validUntil.year) {
            throw InputError(
                field: "valid_until", value: validUntil.iso, problem: "is not a year from 1990 to 2200",
                fix: "Write the last day printed on the document, e.g. 2031-12-31; leave it out if it does not expire.",
                masalah: "tahunnya tidak antara 1990 dan 2200",
                perbaikan: "Tuliskan tanggal terakhir yang tercetak di dokumen, mis. 2031-12-31; kosongkan bila tidak berakhir.")
        }
        self.validUntil = validUntil
        guard content.count <= Self.maximumBytes else {
            throw InputError(
                field: "file", value: "\(content.count) bytes", problem: "is larger than 5 MiB",
                fix: "Scan at 150–200 dpi or split the document, and send each part under 5 MiB.",
                masalah: "lebih besar dari 5 MiB",
                perbaikan: "Pindai pada 150–200 dpi atau pecah dokumennya, dan kirim tiap bagian di bawah 5 MiB.")
        }
        guard let format = DocumentFormat.detect(content) else {
            let other = DocumentFormat.describeOther(content)
            throw InputError(
                field: "file", value: other.english, problem: "is not a PDF, JPEG or PNG file",
                fix: "Send the document as a PDF, or a photo or scan as JPEG or PNG.",
                masalah: "bukan berkas PDF, JPEG atau PNG (isinya \(other.indonesian))",
                perbaikan: "Kirim dokumennya sebagai PDF, atau foto atau pindaiannya sebagai JPEG atau PNG.")
        }
        self.format = format
        self.content = content
    }
}

/// A firm's document as kept, without its bytes (which are read only to download it).
public struct FirmDocument: Sendable, Hashable {
    public let id: Int64
    public let nib: NIB
    public let kind: DocumentKind
    public let number: String
    public let validUntil: CivilDate?
    public let format: DocumentFormat
    public let byteCount: Int
    /// The SHA-256 of the bytes, hex: what an officer compares with a copy they hold.
    public let sha256: String
    public let uploadedOn: CivilDate
    public let uploadedBy: String
    /// Waiting, accepted or refused; an officer's own upload is accepted when it is made.
    public let state: ReviewState
    public let decidedBy: String?

    public init(
        id: Int64, nib: NIB, kind: DocumentKind, number: String, validUntil: CivilDate?, format: DocumentFormat,
        byteCount: Int, sha256: String, uploadedOn: CivilDate, uploadedBy: String, state: ReviewState,
        decidedBy: String?
    ) {
        self.id = id
        self.nib = nib
        self.kind = kind
        self.number = number
        self.validUntil = validUntil
        self.format = format
        self.byteCount = byteCount
        self.sha256 = sha256
        self.uploadedOn = uploadedOn
        self.uploadedBy = uploadedBy
        self.state = state
        self.decidedBy = decidedBy
    }

    /// The name a download is saved under: made here, never the uploader's file name.
    public var downloadName: String { "\(nib.digits)-\(kind.rawValue)-\(id).\(format.fileExtension)" }
}
