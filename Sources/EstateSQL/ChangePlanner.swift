import EstateDomain
import EstateStore
import Foundation

/// Turns an `EstateChange` into UPDATE statements and an audit entry, after checking it
/// against the stored estate: the record exists, the change is allowed in its state, and the
/// estate afterwards breaks no invariant it did not break before. Pure; both engines run it
/// inside their write transaction.
package enum ChangePlanner {
    package static func plan(_ change: EstateChange, on base: WriteBase, actor: String) throws -> PlannedWrite<
        ChangeOutcome
    > {
        guard let estate = base.estate else { throw StoreError.notFound(what: "estate", key: "(none yet)") }
        let (outcome, record, statements, after) = try planned(
            change, in: estate, writes: WriteStatements(estate: base.estateID), today: base.today)
        let problems = try base.refuseNewProblems(in: after)
        let audit = WriteStatements.audit(
            actor: actor, action: change.action, subject: outcome.subject, before: WriteStatements.stateDocument(outcome.before),
            after: WriteStatements.stateDocument(outcome.after), record: record, estate: change.writesRegistry ? nil : base.estateID)
        return PlannedWrite(
            result: outcome, statements: statements + [audit], after: after,
            afterProblems: (base.today, problems))
    }

    /// The domain decides whether the record may change so (`EstateChange.recordChange`); this
    /// turns its answer into the UPDATE that stores it.
    private static func planned(
        _ change: EstateChange, in estate: Estate, writes: WriteStatements, today: CivilDate
    ) throws -> (
        ChangeOutcome, String, [SQLStatement], Estate
    ) {
        let made = try change.recordChange(in: estate, today: today)
        let statements: [SQLStatement] =
            switch made.changed {
            case .plot(let plot): [writes.update(plot: plot)]
            case .application(let application): [writes.update(application: application)]
            case .lease(let lease): [writes.update(lease: lease)]
            case .rescheduledLease(let old, let new, let housed):
                [writes.reschedule(old, to: new)] + (housed.map { [writes.update(application: $0)] } ?? [])
            case .tenant(let tenant): [WriteStatements.update(tenant: tenant)]
            case .partnership(let nib, let old, let new): [WriteStatements.update(partnership: old, to: new, of: nib)]
            // A new row: the versions before stay as they were stored.
            case .declaration(let nib, let new): [WriteStatements.declarationVersion(new, of: nib)]
            }
        return (
            ChangeOutcome(subject: made.subject, before: made.before, after: made.after), AuditKeys.changed(made.changed),
            statements, made.estate
        )
    }
}

extension EstateChange {
    /// The audit log's name for the change.
    var action: String {
        switch self {
        case .withdrawPlot: "withdraw plot"
        case .correctPlot: "correct plot"
        case .reconfirm: "reconfirm application"
        case .updateTenant: "update tenant"
        case .withdrawApplication: "withdraw application"
        case .refuseApplication: "refuse application"
        case .endLease: "end lease"
        case .terminateLease: "terminate lease"
        case .rescheduleLease: "reschedule lease"
        case .correctPartnership: "correct partnership"
        case .endPartnership: "end partnership"
        case .correctDeclaration: "correct declaration"
        }
    }
}
