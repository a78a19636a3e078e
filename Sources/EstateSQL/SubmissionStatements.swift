import EstateDomain
import EstateStore

/// The statements both engines run for declaration submissions (issue 17, item 1): sending
/// one, reading them, and the decision, which `SubmissionDecisionWrite` plans.
package enum SubmissionStatements {
    static let columns = """
        id, nib, fiscal_year, turnover, workers, local_workers, investment, CAST(submitted_on AS TEXT), submitted_by, \
        status, CAST(decided_on AS TEXT), decided_by, reason
        """

    /// A new submission, waiting; a second one waiting for the same firm and year is refused by
    /// the database (`declaration_submissions_one_waiting`), an unknown firm by its reference.
    package static func insert(_ declaration: Declaration, nib: NIB, on day: CivilDate, actor: String) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO declaration_submissions
                (nib, fiscal_year, turnover, workers, local_workers, investment, submitted_on, submitted_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(nib.digits), .int(Int64(declaration.fiscalYear)), .int(declaration.turnover.amount),
                .int(Int64(declaration.workers)), .int(Int64(declaration.localWorkers)),
                .int(declaration.investment.amount), .date(day.iso), .text(actor),
            ],
            subject: .record(what: "declaration submission waiting for NIB", key: "\(nib.digits) \(declaration.fiscalYear)"))
    }

    /// The audit entry of a submission sent (its id is not known before the insert).
    package static func auditSubmitted(_ declaration: Declaration, nib: NIB, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "submit declaration", subject: "tenant \(nib.digits)",
            after: WriteStatements.auditDocument([
                "fiscal_year": String(declaration.fiscalYear), "turnover": String(declaration.turnover.amount),
                "workers": String(declaration.workers), "local_workers": String(declaration.localWorkers),
                "investment": String(declaration.investment.amount),
            ]), record: AuditKeys.declaration(nib, declaration.fiscalYear))
    }

    /// The submission waiting for this firm and year (what a send just wrote).
    package static func waiting(nib: NIB, fiscalYear: Int) -> SQLStatement {
        SQLStatement(
            "SELECT \(columns) FROM declaration_submissions WHERE nib = ? AND fiscal_year = ? AND status = 'submitted'",
            [.text(nib.digits), .int(Int64(fiscalYear))])
    }

    package static func select(id: Int64) -> SQLStatement {
        SQLStatement("SELECT \(columns) FROM declaration_submissions WHERE id = ?", [.int(id)])
    }

    /// Every submission, or one firm's, newest first.
    package static func list(nib: NIB?) -> SQLStatement {
        guard let nib else { return SQLStatement("SELECT \(columns) FROM declaration_submissions ORDER BY id DESC") }
        return SQLStatement(
            "SELECT \(columns) FROM declaration_submissions WHERE nib = ? ORDER BY id DESC", [.text(nib.digits)])
    }

    /// Records the decision; the database refuses it for a submission already decided.
    static func decide(_ id: Int64, _ decision: SubmissionDecision, on day: CivilDate, actor: String) -> SQLStatement {
        let reason: SQLValue =
            switch decision {
            case .accept: .null
            case .refuse(let reason): .text(reason)
            }
        return SQLStatement(
            "UPDATE declaration_submissions SET status = ?, decided_on = ?, decided_by = ?, reason = ? WHERE id = ?",
            [.text(decision == .accept ? "accepted" : "refused"), .date(day.iso), .text(actor), reason, .int(id)],
            subject: .record(what: "declaration submission", key: String(id)))
    }

    package static func submission(_ row: any SQLRowReader) throws -> DeclarationSubmission {
        let nib = try NIB(parsing: try row.text(1) ?? "")
        let submittedOn = try BillingQueries.date(row, 7)
        let declaration = try Declaration(
            fiscalYear: Int(try row.int(2) ?? 0), turnover: Rupiah(try row.int(3) ?? 0), workers: Int(try row.int(4) ?? 0),
            localWorkers: Int(try row.int(5) ?? 0), investment: Rupiah(try row.int(6) ?? 0), declaredOn: submittedOn)
        let state: DeclarationSubmission.State
        switch try row.text(9) {
        case "accepted": state = .accepted(on: try BillingQueries.date(row, 10))
        case "refused": state = .refused(on: try BillingQueries.date(row, 10), reason: try row.text(12) ?? "")
        default: state = .submitted
        }
        return DeclarationSubmission(
            id: try row.int(0) ?? 0, nib: nib, declaration: declaration, state: state,
            submittedBy: try row.text(8) ?? "", decidedBy: try row.text(11))
    }
}
