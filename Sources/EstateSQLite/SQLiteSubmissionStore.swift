import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// Declaration submissions in the embedded store: each write in one `BEGIN IMMEDIATE`
/// transaction, so two officers deciding one submission are ordered, and the second reads it
/// decided; the database's trigger refuses to change a decided one in any case.
extension SQLiteEstateStore: SubmissionRepository {
    public func submitDeclaration(_ declaration: Declaration, for nib: NIB, actor: String) async throws
        -> DeclarationSubmission
    {
        let today = clock.today()
        return try await transaction { db in
            try Self.run(
                db,
                [
                    SubmissionStatements.insert(declaration, nib: nib, on: today, actor: actor),
                    SubmissionStatements.auditSubmitted(declaration, nib: nib, actor: actor),
                ])
            let rows = try Self.rows(db, SubmissionStatements.waiting(nib: nib, fiscalYear: declaration.fiscalYear))
            guard let row = rows.first else { throw StoreError.notFound(what: "declaration submission", key: nib.digits) }
            return try SubmissionStatements.submission(row)
        }
    }

    public func declarationSubmissions(nib: NIB?) async throws -> [DeclarationSubmission] {
        try await read { db in try Self.rows(db, SubmissionStatements.list(nib: nib)).map(SubmissionStatements.submission) }
    }

    public func decideDeclarationSubmission(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws
        -> DeclarationSubmission
    {
        try await serialisedWrite { db, base in
            try SubmissionDecisionWrite.plan(
                id, decision, rows: try Self.rows(db, SubmissionStatements.select(id: id)), on: base, actor: actor)
        }
    }
}
