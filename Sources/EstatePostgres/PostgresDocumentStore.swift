import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// A firm's documents in PostgreSQL. An upload takes the firm's own advisory lock first, so
/// that its count of waiting documents and its insert are one step against any other upload
/// for the firm (two at the last waiting place: one is kept, the other refused); a decision
/// reads the document `FOR UPDATE`, so of two officers deciding it the second reads it decided.
/// The database refuses to change a decided document or a file's bytes whatever happens.
extension PostgresEstateStore: DocumentRepository {
    public func uploadDocument(_ upload: DocumentUpload, for nib: NIB, accepted: Bool, actor: String) async throws
        -> FirmDocument
    {
        let today = clock.today()
        return try await transaction { connection in
            _ = try await self.rows(
                connection, SQLStatement("SELECT pg_advisory_xact_lock(7245003, hashtext(?))", [.text(nib.digits)]))
            guard try await self.rows(connection, DocumentStatements.firm(nib)).first != nil else {
                throw StoreError.notFound(what: "tenant", key: nib.digits)
            }
            if !accepted {
                let count = try await self.rows(connection, DocumentStatements.waitingCount(nib)).first?.int(0) ?? 0
                try DocumentStatements.checkWaitingPlace(count: count, nib: nib)
            }
            try await self.execute(
                connection, DocumentStatements.insert(upload, nib: nib, accepted: accepted, on: today, actor: actor))
            guard let row = try await self.rows(connection, DocumentStatements.newest(nib)).first else {
                throw StoreError.notFound(what: "document of NIB", key: nib.digits)
            }
            let document = try DocumentStatements.document(row)
            try await self.execute(connection, DocumentStatements.auditUploaded(document, actor: actor))
            return document
        }
    }

    public func documents(nib: NIB?) async throws -> [FirmDocument] {
        try await connection { connection in
            try await self.rows(connection, DocumentStatements.list(nib: nib)).map(DocumentStatements.document)
        }
    }

    public func document(_ id: Int64) async throws -> FirmDocument? {
        try await connection { try await self.rows($0, DocumentStatements.select(id: id)).first.map(DocumentStatements.document) }
    }

    public func documentContent(_ id: Int64) async throws -> (document: FirmDocument, content: [UInt8])? {
        try await connection { connection in
            guard let row = try await self.rows(connection, DocumentStatements.content(id: id)).first else { return nil }
            return (try DocumentStatements.document(row), try row.bytes(14) ?? [])
        }
    }

    public func decideDocument(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws -> FirmDocument {
        let today = clock.today()
        return try await transaction { connection in
            let rows = try await self.rows(connection, DocumentStatements.select(id: id, locking: true))
            let (decided, statements) = try DocumentStatements.decision(id, decision, rows: rows, on: today, actor: actor)
            try await self.executeAll(connection, statements)
            return decided
        }
    }
}
