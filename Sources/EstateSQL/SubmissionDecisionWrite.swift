import EstateDomain
import EstateStore

/// An officer's decision on a declaration submission, as one write holding the registry's lock
/// (it may record a declaration, which every estate shares): the submission is read there, so
/// of two officers deciding it at once one decides and the other is told it is decided; an
/// acceptance records the figures as the firm's declaration in the same transaction, through
/// the batch planner every declaration goes through.
package enum SubmissionDecisionWrite {
    package static func plan(
        _ id: Int64, _ decision: SubmissionDecision, rows: [any SQLRowReader], on base: WriteBase, actor: String
    ) throws -> PlannedWrite<DeclarationSubmission> {
        guard let submission = try rows.first.map(SubmissionStatements.submission) else {
            throw StoreError.notFound(what: "declaration submission", key: String(id))
        }
        switch submission.state {
        case .submitted: break
        case .accepted(let on):
            throw StoreError.refused(
                "declaration submission \(id) was already accepted on \(on.iso); nothing was changed",
                indonesian: "laporan kiriman \(id) sudah diterima pada \(on.iso); tidak ada yang diubah")
        case .refused(let on, _):
            throw StoreError.refused(
                "declaration submission \(id) was already refused on \(on.iso); the firm sends a new one",
                indonesian: "laporan kiriman \(id) sudah ditolak pada \(on.iso); perusahaan mengirim yang baru")
        }
        let decided = DeclarationSubmission(
            id: id, nib: submission.nib, declaration: submission.declaration,
            state: decision == .accept
                ? .accepted(on: base.today) : .refused(on: base.today, reason: Self.reason(of: decision)),
            submittedBy: submission.submittedBy, decidedBy: actor)
        let record = [
            SubmissionStatements.decide(id, decision, on: base.today, actor: actor),
            WriteStatements.audit(
                actor: actor, action: decision == .accept ? "accept declaration submission" : "refuse declaration submission",
                subject: "declaration submission \(id)",
                after: WriteStatements.auditDocument(
                    ["nib": submission.nib.digits, "fiscal_year": String(submission.declaration.fiscalYear),
                     "reason": Self.reason(of: decision)]),
                record: AuditKeys.declaration(submission.nib, submission.declaration.fiscalYear)),
        ]
        guard decision == .accept else { return PlannedWrite(result: decided, statements: record, after: base.estate) }
        let declared = try BatchPlanner.plan(try batch(declaring: submission, in: base), on: base, actor: actor)
        return PlannedWrite(
            result: decided, statements: declared.statements + record, after: declared.after,
            afterProblems: declared.afterProblems)
    }

    /// The firm with the submitted figures as its declaration for the year; refused when the
    /// year is already declared with other figures (a correction is the officers' to make).
    private static func batch(declaring submission: DeclarationSubmission, in base: WriteBase) throws -> EstateBatch {
        let nib = submission.nib
        guard var tenant = base.estate?.tenants.tenant(nib) else { throw StoreError.notFound(what: "tenant", key: nib.digits) }
        let year = submission.declaration.fiscalYear
        if let stored = tenant.declarations.first(where: { $0.fiscalYear == year }) {
            throw StoreError.refused(
                "NIB \(nib.digits) already has its \(year) declaration (version \(stored.version): \(stored.figuresSummary)); "
                    + "refuse this submission with the reason, or correct the declaration if the new figures are right",
                indonesian: "NIB \(nib.digits) sudah punya laporan \(year) (versi \(stored.version)); tolak kiriman ini "
                    + "dengan alasannya, atau koreksi laporannya bila angka baru yang benar")
        }
        tenant.declarations = [submission.declaration]
        tenant.partnerships = []
        var batch = EstateBatch()
        batch.tenants = [Sourced(tenant, origin: "declaration submission \(submission.id)")]
        return batch
    }

    private static func reason(of decision: SubmissionDecision) -> String {
        if case .refuse(let reason) = decision { return reason }
        return ""
    }
}
