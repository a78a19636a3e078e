import EstateDomain

/// A firm's documents (issue 17, item 3): uploaded by the firm's own account (waiting for an
/// officer) or by an officer (accepted as it is kept), listed without their bytes, downloaded
/// one at a time, and decided once.
public protocol DocumentRepository: Sendable {
    /// Keeps the file, uploaded today by `actor`; `accepted` when an officer uploads it. An
    /// unknown firm is `StoreError.notFound`; a firm with `DocumentUpload.waitingLimit`
    /// documents already waiting is `StoreError.refused` (counted inside the write, with the
    /// firm's uploads ordered, so two at once cannot both pass the last place).
    func uploadDocument(_ upload: DocumentUpload, for nib: NIB, accepted: Bool, actor: String) async throws
        -> FirmDocument

    /// Every document, or one firm's, newest first, without the bytes.
    func documents(nib: NIB?) async throws -> [FirmDocument]

    /// One document's particulars (not its bytes), or nil when there is none with that number.
    func document(_ id: Int64) async throws -> FirmDocument?

    /// One document and its bytes, or nil when there is none with that number.
    func documentContent(_ id: Int64) async throws -> (document: FirmDocument, content: [UInt8])?

    /// Accepts or refuses the waiting document `id`, once: one already decided is
    /// `StoreError.refused`, an unknown one `StoreError.notFound`.
    func decideDocument(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws -> FirmDocument
}

extension StoreError {
    /// A firm with `count` documents waiting, at or past `DocumentUpload.waitingLimit`.
    public static func documentsWaiting(_ count: Int64, nib: NIB) -> StoreError {
        .refused(
            "NIB \(nib.digits) already has \(count) documents waiting for an officer (at most "
                + "\(DocumentUpload.waitingLimit)); send more once the officers have decided on them",
            indonesian: "NIB \(nib.digits) sudah punya \(count) dokumen yang menunggu pemeriksaan pengurus (paling "
                + "banyak \(DocumentUpload.waitingLimit)); kirim lagi setelah pengurus memutuskannya")
    }
}
