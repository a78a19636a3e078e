import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// Declaration submissions in PostgreSQL: a send is one insert (the unique index keeps one
/// waiting per firm and year); a decision is a write holding the registry's lock, which reads
/// the submission there, and the database refuses to change a decided one whatever happens.
extension PostgresEstateStore: SubmissionRepository {
    public func submitDeclaration(_ declaration: Declaration, for nib: NIB, actor: String) async throws
        -> DeclarationSubmission
    {
        let today = clock.today()
        return try await transaction { connection in
            try await self.executeAll(
                connection,
                [
                    SubmissionStatements.insert(declaration, nib: nib, on: today, actor: actor),
                    SubmissionStatements.auditSubmitted(declaration, nib: nib, actor: actor),
                ])
            let rows = try await self.rows(connection, SubmissionStatements.waiting(nib: nib, fiscalYear: declaration.fiscalYear))
            guard let row = rows.first else { throw StoreError.notFound(what: "declaration submission", key: nib.digits) }
            return try SubmissionStatements.submission(row)
        }
    }

    public func declarationSubmissions(nib: NIB?) async throws -> [DeclarationSubmission] {
        try await connection { connection in
            try await self.rows(connection, SubmissionStatements.list(nib: nib)).map(SubmissionStatements.submission)
        }
    }

    public func decideDeclarationSubmission(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws
        -> DeclarationSubmission
    {
        try await serialisedWrite(registry: true) { connection, base in
            let rows = try await self.rows(connection, SubmissionStatements.select(id: id))
            return try SubmissionDecisionWrite.plan(id, decision, rows: rows, on: base, actor: actor)
        }
    }
}
