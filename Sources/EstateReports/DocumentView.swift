import EstateDomain

/// A firm's document as the CLI's JSON and the API show it: its particulars, the file's format,
/// size and SHA-256, where it stands, and the path that downloads it (never its bytes).
public struct DocumentView: Encodable, Hashable, Sendable {
    public let id: Int64
    public let nib: String
    /// The firm's name as registered, when it is known.
    public let tenant: String?
    public let kind: String
    public let number: String
    public let validUntil: String?
    public let format: String
    public let mediaType: String
    public let bytes: Int
    public let sha256: String
    public let uploadedOn: String
    public let state: String
    public let decidedOn: String?
    public let reason: String?
    /// `GET` this (under the same estate prefix, if any) for the file, as an attachment.
    public let content: String

    public init(_ document: FirmDocument, firm: Tenant? = nil) {
        id = document.id
        nib = document.nib.digits
        tenant = firm?.legalName
        kind = document.kind.rawValue
        number = document.number
        validUntil = document.validUntil?.iso
        format = document.format.rawValue
        mediaType = document.format.mediaType
        bytes = document.byteCount
        sha256 = document.sha256
        uploadedOn = document.uploadedOn.iso
        state = document.state.name
        switch document.state {
        case .submitted: (decidedOn, reason) = (nil, nil)
        case .accepted(let on): (decidedOn, reason) = (on.iso, nil)
        case .refused(let on, let why): (decidedOn, reason) = (on.iso, why)
        }
        content = "/api/v1/documents/\(document.id)/content"
    }
}

/// The documents lapsing within the notice window, as the CLI's JSON and the API show them.
public struct DocumentExpiryReportView: Encodable, Sendable {
    public let asOf: String
    /// The rule set's `expiring_within_days`, the notice the report gives.
    public let windowDays: Int
    public let documents: [Entry]

    public struct Entry: Encodable, Sendable {
        public let document: DocumentView
        /// Days from `as_of` to the last valid day; negative once it has lapsed.
        public let daysLeft: Int
        public let lapsed: Bool
        /// An accepted document of the same firm and kind valid past the window, if one is kept.
        public let laterDocument: Int64?
        public let laterValidUntil: String?
    }

    public init(asOf: CivilDate, windowDays: Int, expiring: [DocumentExpiry], firms: (NIB) -> Tenant? = { _ in nil }) {
        self.asOf = asOf.iso
        self.windowDays = windowDays
        documents = expiring.map {
            Entry(
                document: DocumentView($0.document, firm: firms($0.document.nib)), daysLeft: $0.daysLeft,
                lapsed: $0.hasLapsed, laterDocument: $0.laterOfSameKind?.id,
                laterValidUntil: $0.laterOfSameKind?.validUntil?.iso)
        }
    }
}
