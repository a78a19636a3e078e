import EstateDomain
import EstateStore

/// The one place an allocation commit is decided: inside the store's serialised write
/// transaction, the proposal is computed from the estate as stored, compared with what the
/// person was shown, and turned into leases with their audit entry. Pure.
package enum CommitPlanner {
    package static func plan(_ commit: AllocationCommit, on base: WriteBase, actor: String) throws -> PlannedWrite<
        CommittedAllocation
    > {
        guard let estate = base.estate else { throw StoreError.notFound(what: "estate", key: "(none yet)") }
        let proposal = try Allocator(estate: estate).propose(
            policy: commit.policy, asOf: commit.asOf, seed: commit.seed)
        let made = Set(proposal.assignments.map { AllocationCommit.Shown(plot: $0.plotCode, nib: $0.nib) })
        guard made == commit.shown else { throw StoreError.proposalChanged }
        guard !made.isEmpty else {
            throw StoreError.refused(
                "the proposal has no lease to create (no active application fits an available plot); "
                    + "nothing was written")
        }
        let leases = try proposal.assignments.map {
            try Lease(plotCode: $0.plotCode, nib: $0.nib, start: proposal.asOf, end: commit.end)
        }
        // Each housed application closes in this transaction, so that no later allocation offers
        // its firm a second plot on it (the firm applies again for one).
        let waitlist = estate.waitlist(asOf: proposal.asOf)
        var after = estate.adding(leases: leases)
        var housed: [Application] = []
        var trail: [SQLStatement] = []
        for assignment in proposal.assignments {
            guard waitlist.indices.contains(assignment.rank - 1), waitlist[assignment.rank - 1].nib == assignment.nib,
                waitlist[assignment.rank - 1].closing == nil
            else {
                throw StoreError.inconsistent(["assignment of rank \(assignment.rank) names no application on the waitlist"])
            }
            let application = waitlist[assignment.rank - 1]
            let change = try after.housing(application, on: assignment.plotCode, from: proposal.asOf)
            after = change.estate
            if case .application(let closed) = change.changed { housed.append(closed) }
            trail.append(
                WriteStatements.audit(
                    actor: actor, action: "house application", subject: change.subject, before: WriteStatements.stateDocument(change.before),
                    after: WriteStatements.stateDocument(change.after), record: AuditKeys.changed(change.changed), estate: base.estateID))
        }
        let problems = try base.refuseNewProblems(in: after)
        let nibs = Set(proposal.assignments.map(\.nib) + proposal.unassigned.map(\.nib))
        let names = Dictionary(uniqueKeysWithValues: nibs.compactMap { nib in estate.tenant(nib).map { (nib, $0.legalName) } })
        return PlannedWrite(
            result: CommittedAllocation(proposal: proposal, leases: leases, names: names),
            statements: leases.map(WriteStatements(estate: base.estateID).lease)
                + housed.map(WriteStatements(estate: base.estateID).update(application:))
                + leases.map { lease in
                    WriteStatements.audit(
                        actor: actor, action: "commit allocation",
                        subject: "lease of \(lease.plotCode) from \(lease.start.iso)",
                        after: WriteStatements.stateDocument("\(lease.nib) until \(lease.end?.iso ?? "open") (\(proposal.policy.rawValue), seed \(proposal.seed))"),
                        record: AuditKeys.lease(lease.plotCode, lease.start), estate: base.estateID)
                } + trail,
            after: after, afterProblems: (base.today, problems))
    }
}

extension Estate {
    fileprivate func adding(leases new: [Lease]) -> Estate {
        Estate(
            name: name, regency: regency, phases: phases, plots: plots, tenants: tenants,
            leases: (leases + new).sorted { ($0.plotCode, $0.start) < ($1.plotCode, $1.start) },
            applications: applications, ruleBook: ruleBook, unreadable: unreadable)
    }
}

extension CommitPlanner {
    /// An allocation commit under an `Idempotency-Key`, decided under the write lock: the stored
    /// answer when the key was used for the same request (`remembered`: the rows of
    /// `AccessStatements.remembered`), a refusal when it was used for another, else the commit,
    /// with what it committed remembered under the key in the same transaction.
    package static func plan(
        _ commit: AllocationCommit, on base: WriteBase, actor: String, idempotency: IdempotencyKey,
        remembered: [any SQLRowReader]
    ) throws -> PlannedWrite<IdempotentCommit> {
        if let replay = try AccessStatements.replay(remembered, for: idempotency) {
            return PlannedWrite(result: replay, statements: [], after: base.estate)
        }
        let planned = try plan(commit, on: base, actor: actor)
        return PlannedWrite(
            result: IdempotentCommit(committed: planned.result, replayed: false),
            statements: planned.statements + [try AccessStatements.remember(idempotency, committed: planned.result)],
            after: planned.after, afterProblems: planned.afterProblems)
    }
}
