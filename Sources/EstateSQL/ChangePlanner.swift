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
        let (outcome, statements, after) = try planned(change, in: estate, today: base.today)
        let problems = try base.refuseNewProblems(in: after)
        let audit = WriteStatements.audit(
            actor: actor, action: change.action, subject: outcome.subject, before: json(outcome.before),
            after: json(outcome.after))
        return PlannedWrite(
            result: outcome, statements: statements + [audit], after: after,
            afterProblems: (base.today, problems))
    }

    private static func planned(_ change: EstateChange, in estate: Estate, today: CivilDate) throws -> (
        ChangeOutcome, [SQLStatement], Estate
    ) {
        switch change {
        case .withdrawPlot(let code, let on):
            let code = try Plot.normalise(code: code, field: "plot")
            guard let plot = estate.plots.first(where: { $0.code == code }) else {
                throw StoreError.notFound(what: "plot", key: code)
            }
            if let withdrawn = plot.withdrawnOn {
                throw StoreError.refused(
                    "plot \(code) is already withdrawn from \(withdrawn.iso); nothing to change")
            }
            if let lease = estate.leases(onPlot: code).first(where: { $0.runs(onOrAfter: on) }) {
                let holder = estate.tenant(lease.nib)?.legalName ?? lease.nib.digits
                throw StoreError.refused(
                    "plot \(code) is leased to \(holder) until \(lease.effectiveEnd?.iso ?? "an open end"), after "
                        + "\(on.iso); end or terminate that lease first (`estate lease end \(code) --on DATE`)")
            }
            let withdrawn = try Plot(
                code: plot.code, phase: plot.phase, area: plot.area, outline: plot.outline, withdrawnOn: on)
            return (
                ChangeOutcome(subject: "plot \(code)", before: "leasable", after: "withdrawn from \(on.iso)"),
                [WriteStatements.withdraw(plot: code, on: on)],
                estate.replacing(plots: estate.plots.map { $0.code == code ? withdrawn : $0 })
            )
        case .reconfirm(let nib, let on):
            let mine = estate.applications.filter { $0.nib == nib && $0.submittedOn <= on }
            guard let application = mine.max(by: { $0.submittedOn < $1.submittedOn }) else {
                throw StoreError.notFound(what: "application", key: "of NIB \(nib) submitted by \(on.iso)")
            }
            let renewed = try Application(
                nib: nib, minArea: application.minArea, maxArea: application.maxArea, phase: application.phase,
                submittedOn: application.submittedOn, reconfirmedOn: on)
            return (
                ChangeOutcome(
                    subject: "application of NIB \(nib) submitted \(application.submittedOn.iso)",
                    before: "last confirmed \(application.lastConfirmed.iso)", after: "last confirmed \(on.iso)"),
                [WriteStatements.reconfirm(renewed)],
                estate.replacing(applications: estate.applications.map { $0 == application ? renewed : $0 })
            )
        case .endLease(let plot, let on):
            let lease = try runningLease(on: plot, stoppingOn: on, in: estate)
            if let end = lease.end, end != on {
                throw StoreError.refused(
                    "the lease on \(lease.plotCode) runs until \(end.iso), not \(on.iso); to stop it earlier use "
                        + "`estate lease terminate \(lease.plotCode) --on \(on.iso) --reason TEXT`")
            }
            let ended = try Lease(
                plotCode: lease.plotCode, nib: lease.nib, start: lease.start, end: on,
                state: on <= today ? .ended : .signed)
            return (
                ChangeOutcome(
                    subject: "lease of \(lease.plotCode) from \(lease.start.iso)", before: describe(lease),
                    after: describe(ended)),
                [WriteStatements.update(lease: ended)], estate.replacing(lease: lease, with: ended)
            )
        case .terminateLease(let plot, let on, let reason):
            let lease = try runningLease(on: plot, stoppingOn: on, in: estate)
            let terminated = try Lease(
                plotCode: lease.plotCode, nib: lease.nib, start: lease.start, end: lease.end,
                state: .terminated(on: on, reason: reason.trimmingCharacters(in: .whitespaces)))
            return (
                ChangeOutcome(
                    subject: "lease of \(lease.plotCode) from \(lease.start.iso)", before: describe(lease),
                    after: describe(terminated)),
                [WriteStatements.update(lease: terminated)], estate.replacing(lease: lease, with: terminated)
            )
        }
    }

    /// The signed lease on `plot` that started before `on` and still runs the day before it.
    private static func runningLease(on plot: String, stoppingOn on: CivilDate, in estate: Estate) throws -> Lease {
        let code = try Plot.normalise(code: plot, field: "plot")
        guard estate.plots.contains(where: { $0.code == code }) else {
            throw StoreError.notFound(what: "plot", key: code)
        }
        let candidates = estate.leases(onPlot: code).filter {
            $0.state == .signed && $0.start < on && $0.effectiveEnd.map { on <= $0 } ?? true
        }
        guard let lease = candidates.first else {
            throw StoreError.notFound(
                what: "signed lease", key: "on plot \(code) running on \(on.adding(days: -1).iso)")
        }
        return lease
    }

    private static func describe(_ lease: Lease) -> String {
        var text = "\(lease.nib) from \(lease.start.iso) until \(lease.end?.iso ?? "open"), \(lease.state.name)"
        if case .terminated(let on, let reason) = lease.state { text += " on \(on.iso) (\(reason))" }
        return text
    }

    private static func json(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(["state": text])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension EstateChange {
    /// The audit log's name for the change.
    var action: String {
        switch self {
        case .withdrawPlot: "withdraw plot"
        case .reconfirm: "reconfirm application"
        case .endLease: "end lease"
        case .terminateLease: "terminate lease"
        }
    }
}

extension Estate {
    fileprivate func replacing(
        plots: [Plot]? = nil, applications: [Application]? = nil, leases: [Lease]? = nil
    ) -> Estate {
        Estate(
            name: name, phases: phases, plots: plots ?? self.plots, tenants: tenants, leases: leases ?? self.leases,
            applications: applications ?? self.applications, ruleBook: ruleBook, unreadable: unreadable)
    }

    fileprivate func replacing(lease old: Lease, with new: Lease) -> Estate {
        replacing(leases: leases.map { $0 == old ? new : $0 })
    }
}
