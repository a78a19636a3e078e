import EstateDomain
import EstateStore

/// A firm's documents (issue 17, item 3): a firm's account uploads its own, which wait for an
/// officer; an officer's upload is accepted as it is kept; officers accept or refuse the
/// waiting ones; anyone who may see the firm downloads them; the officers read which accepted
/// papers lapse within the rule set's notice window. Once for the CLI, the API and the dashboard.
extension EstateOperations {
    /// Keeps the checked file for the firm, waiting unless `byOfficer`.
    public func uploadDocument(_ upload: DocumentUpload, for nib: NIB, byOfficer: Bool, actor: String) async throws
        -> FirmDocument
    {
        try await store.uploadDocument(upload, for: nib, accepted: byOfficer, actor: actor)
    }

    /// The documents in `filter`, every firm's or one's, newest first, without their bytes.
    public func documents(nib: NIB? = nil, filter: SubmissionFilter = .all) async throws -> [FirmDocument] {
        try await store.documents(nib: nib).filter { filter == .all || $0.state.name == filter.rawValue }
    }

    /// The document `id` and its bytes. With `visibleTo`, another firm's document is unknown,
    /// in the same words as a number never given.
    /// The bytes are read only once the particulars show the caller may have them, so that
    /// another firm's file is neither read for nothing nor told apart by the time it takes.
    public func documentContent(_ id: Int64, visibleTo firms: Set<NIB>? = nil) async throws
        -> (document: FirmDocument, content: [UInt8])
    {
        _ = try await document(id, visibleTo: firms)
        guard let found = try await store.documentContent(id) else { throw StoreError.notFound(what: "document", key: String(id)) }
        return found
    }

    /// The document `id`'s particulars, kept to `visibleTo` as `documentContent` is.
    public func document(_ id: Int64, visibleTo firms: Set<NIB>? = nil) async throws -> FirmDocument {
        guard let found = try await store.document(id), firms?.contains(found.nib) ?? true else {
            throw StoreError.notFound(what: "document", key: String(id))
        }
        return found
    }

    /// Refuses a firm's upload before its file is read when its waiting places are taken (the
    /// store counts again inside the write, which is what holds the rule).
    public func checkWaitingPlace(for nib: NIB) async throws {
        let waiting = try await store.documents(nib: nib).filter { $0.state == .submitted }.count
        if waiting >= DocumentUpload.waitingLimit { throw StoreError.documentsWaiting(Int64(waiting), nib: nib) }
    }

    /// An officer's decision on the waiting document `id`.
    public func decideDocument(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws -> FirmDocument {
        try await store.decideDocument(id, decision, actor: actor)
    }

    /// The accepted documents lapsing before `date` plus the notice window of the rule set in
    /// force on `date` (`expiring_within_days`), lapsed ones included; and that window.
    public func expiringDocuments(on date: CivilDate, nib: NIB? = nil) async throws
        -> (window: Int, expiring: [DocumentExpiry])
    {
        let window = try await stored().estate.ruleBook.ruleSet(asOf: date).parameters.expiringWithinDays
        let documents = try await store.documents(nib: nib)
        return (window, DocumentExpiry.report(documents, on: date, windowDays: window))
    }
}
