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

    /// The domain decides whether the record may change so (`RecordChanges`); this turns its
    /// answer into the UPDATE that stores it, and its refusal into the store's typed conflict.
    private static func planned(
        _ change: EstateChange, in estate: Estate, writes: WriteStatements, today: CivilDate
    ) throws -> (
        ChangeOutcome, String, [SQLStatement], Estate
    ) {
        let made: RecordChange
        do {
            switch change {
            case .withdrawPlot(let code, let on): made = try estate.withdrawing(plot: code, on: on)
            case .correctPlot(let code, let area, let outline, let removeOutline):
                made = try estate.correctingPlot(code, area: area, outline: outline, removeOutline: removeOutline)
            case .reconfirm(let nib, let on): made = try estate.reconfirming(applicationOf: nib, on: on)
            case .updateTenant(let nib, let name, let npwp, let kbli, let address, let contact):
                made = try estate.updatingTenant(
                    nib, name: name, npwp: npwp, kbli: kbli, address: address, contact: contact)
            case .withdrawApplication(let nib, let submitted, let on, let reason):
                made = try estate.withdrawing(applicationOf: nib, submitted: submitted, on: on, reason: reason)
            case .refuseApplication(let nib, let submitted, let on):
                made = try estate.refusing(applicationOf: nib, submitted: submitted, on: on)
            case .endLease(let plot, let on, let holder):
                made = try estate.endingLease(on: plot, on: on, today: today, holder: holder)
            case .terminateLease(let plot, let on, let reason, let holder):
                made = try estate.terminatingLease(on: plot, on: on, reason: reason, holder: holder)
            case .rescheduleLease(let plot, let starting, let newStart, let end, let openEnd):
                made = try estate.reschedulingLease(
                    on: plot, starting: starting, newStart: newStart, end: end, openEnd: openEnd, today: today)
            case .correctPartnership(let nib, let partner, let product, let correction):
                made = try estate.correctingPartnership(of: nib, partner: partner, product: product, to: correction)
            case .endPartnership(let nib, let partner, let product, let on):
                made = try estate.endingPartnership(of: nib, partner: partner, product: product, on: on)
            case .correctDeclaration(let nib, let figures, let correction):
                made = try estate.correctingDeclaration(of: nib, to: figures, correction)
            }
        } catch RecordChangeRefusal.missing(let what, let key) {
            throw StoreError.notFound(what: what, key: key)
        } catch RecordChangeRefusal.notAllowed(let reason) {
            throw StoreError.refused(reason)
        }
        let statement =
            switch made.changed {
            case .plot(let plot): writes.update(plot: plot)
            case .application(let application): writes.update(application: application)
            case .lease(let lease): writes.update(lease: lease)
            case .rescheduledLease(let old, let new): writes.reschedule(old, to: new)
            case .tenant(let tenant): WriteStatements.update(tenant: tenant)
            case .partnership(let nib, let old, let new): WriteStatements.update(partnership: old, to: new, of: nib)
            // A new row: the versions before stay as they were stored.
            case .declaration(let nib, let new): WriteStatements.declarationVersion(new, of: nib)
            }
        return (
            ChangeOutcome(subject: made.subject, before: made.before, after: made.after), AuditKeys.changed(made.changed),
            [statement], made.estate
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
