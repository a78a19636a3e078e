import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// A firm's documents in the embedded store: each write in one `BEGIN IMMEDIATE` transaction,
/// so an upload's count of waiting documents and its insert, or a decision's read and update,
/// are never interleaved with another writer's; triggers refuse to change a decided document
/// or a file's bytes in any case.
extension SQLiteEstateStore: DocumentRepository {
    public func uploadDocument(_ upload: DocumentUpload, for nib: NIB, accepted: Bool, actor: String) async throws
        -> FirmDocument
    {
        let today = clock.today()
        return try await transaction { db in
            guard try Self.rows(db, DocumentStatements.firm(nib)).first != nil else {
                throw StoreError.notFound(what: "tenant", key: nib.digits)
            }
            if !accepted {
                let count = try Self.rows(db, DocumentStatements.waitingCount(nib)).first?.int(0) ?? 0
                try DocumentStatements.checkWaitingPlace(count: count, nib: nib)
            }
            try Self.run(db, [DocumentStatements.insert(upload, nib: nib, accepted: accepted, on: today, actor: actor)])
            guard let row = try Self.rows(db, DocumentStatements.newest(nib)).first else {
                throw StoreError.notFound(what: "document of NIB", key: nib.digits)
            }
            let document = try DocumentStatements.document(row)
            try Self.run(db, [DocumentStatements.auditUploaded(document, actor: actor)])
            return document
        }
    }

    public func documents(nib: NIB?) async throws -> [FirmDocument] {
        try await read { db in try Self.rows(db, DocumentStatements.list(nib: nib)).map(DocumentStatements.document) }
    }

    public func document(_ id: Int64) async throws -> FirmDocument? {
        try await read { db in try Self.rows(db, DocumentStatements.select(id: id)).first.map(DocumentStatements.document) }
    }

    public func documentContent(_ id: Int64) async throws -> (document: FirmDocument, content: [UInt8])? {
        try await read { db in
            guard let row = try Self.rows(db, DocumentStatements.content(id: id)).first else { return nil }
            return (try DocumentStatements.document(row), try row.bytes(14) ?? [])
        }
    }

    public func decideDocument(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws -> FirmDocument {
        let today = clock.today()
        return try await transaction { db in
            let rows = try Self.rows(db, DocumentStatements.select(id: id))
            let (decided, statements) = try DocumentStatements.decision(id, decision, rows: rows, on: today, actor: actor)
            try Self.run(db, statements)
            return decided
        }
    }
}
