/// Screens the waitlist against the rules in force and runs an allocation policy over the
/// plots available, giving a proposal with a reason for every choice and every refusal.
public struct Allocator: Sendable {
    public let estate: Estate

    public init(estate: Estate) { self.estate = estate }

    /// The proposal for leases starting on `date`. Same estate, policy and seed → same proposal.
    public func propose(policy: AllocationPolicy, asOf date: CivilDate, seed: UInt64 = 0) throws -> AllocationProposal {
        let set = try estate.ruleBook.ruleSet(asOf: date)
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        let waitlist = estate.applications.sorted {
            ($0.submittedOn, $0.nib.digits) < ($1.submittedOn, $1.nib.digits)
        }
        var applicants: [AllocationProblem.Applicant] = []
        var refusals: [Refusal] = []
        var requested: [NIB: Int] = [:]
        for (index, application) in waitlist.enumerated() {
            let rank = index + 1
            let refuse = { (reason: RefusalReason) in
                refusals.append(Refusal(nib: application.nib, rank: rank, reason: reason))
            }
            guard let tenant = estate.tenant(application.nib) else {
                refuse(.unknownTenant)
                continue
            }
            let staleAfter = set.parameters.waitlistStaleAfterDays
            if application.isStale(asOf: date, afterDays: staleAfter) {
                refuse(
                    .stale(
                        lastConfirmed: application.lastConfirmed, days: application.lastConfirmed.days(until: date),
                        limit: staleAfter))
                continue
            }
            let decision = try evaluator.evaluate(tenant, asOf: date)
            guard decision.eligible else {
                refuse(.notEligible(failedRules: decision.failedRules))
                continue
            }
            let held =
                estate.currentAndFutureLeases(of: tenant.nib, from: date).count + requested[tenant.nib, default: 0]
            guard held < set.parameters.maxPlotsPerTenant else {
                refuse(.atPlotLimit(held: held, limit: set.parameters.maxPlotsPerTenant))
                continue
            }
            requested[tenant.nib, default: 0] += 1
            applicants.append(
                AllocationProblem.Applicant(
                    nib: tenant.nib, minArea: application.minArea, maxArea: application.maxArea,
                    phase: application.phase,
                    rank: rank, score: score(tenant, asOf: date, weights: set.parameters.scoring)))
        }
        let problem = AllocationProblem(
            applicants: applicants, plots: estate.plots.filter { estate.isAvailable($0, from: date) })
        let result: (assignments: [Assignment], unassigned: [Refusal])
        switch policy {
        case .firstFit: result = problem.firstFit()
        case .bestFit: result = problem.bestFit()
        case .scored: result = problem.scored(seed: seed)
        case .optimal: result = problem.optimal()
        }
        return AllocationProposal(
            policy: policy, seed: seed, asOf: date, ruleSetVersion: set.version,
            assignments: result.assignments.sorted { $0.rank < $1.rank },
            unassigned: (refusals + result.unassigned).sorted { $0.rank < $1.rank })
    }

    /// Points under the published weights: local share prorated (rounded down), metal sector,
    /// at least one partnership in force.
    public func score(_ tenant: Tenant, asOf date: CivilDate, weights: ScoringWeights) -> Int {
        var points = 0
        if let declaration = tenant.declaration(asOf: date), declaration.workers > 0 {
            points += weights.localSharePoints * declaration.localWorkers / declaration.workers
        }
        if weights.metalDivisions.contains(tenant.mainDivision) { points += weights.metalSectorPoints }
        if tenant.partnerships.contains(where: { $0.since <= date }) { points += weights.partnershipPoints }
        return points
    }
}
