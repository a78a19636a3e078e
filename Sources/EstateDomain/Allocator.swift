/// Screens the waitlist against the rules in force and runs an allocation policy over the
/// plots available, giving a proposal with a reason for every choice and every refusal.
public struct Allocator: Sendable {
    public let estate: Estate

    public init(estate: Estate) { self.estate = estate }

    /// The waitlist on `date` split into applicants an allocation may house and refusals.
    ///
    /// Only applications submitted by `date` count, in submission order (rank 1 first). An
    /// application is refused when it is stale, its tenant is unknown or fails a required rule,
    /// the tenant already holds the most plots allowed (leases running on `date` or later), or
    /// its earlier applications already take up the plots it may still get.
    public func screen(asOf date: CivilDate) throws -> (applicants: [AllocationProblem.Applicant], refusals: [Refusal])
    {
        let set = try estate.ruleBook.ruleSet(asOf: date)
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        let waitlist = estate.waitlist(asOf: date)
        let staleAfter = set.parameters.waitlistStaleAfterDays
        let limit = set.parameters.maxPlotsPerTenant
        var applicants: [AllocationProblem.Applicant] = []
        var refusals: [Refusal] = []
        var passed: [NIB: Int] = [:]
        for (index, application) in waitlist.enumerated() {
            let rank = index + 1
            func refuse(_ reason: RefusalReason) {
                refusals.append(Refusal(nib: application.nib, rank: rank, reason: reason))
            }
            if let closing = application.closing {
                // On the waitlist on `date` only because it closes later: never housed over it.
                refuse(.closesLater(state: closing.state, on: closing.on))
                continue
            }
            guard let tenant = estate.tenant(application.nib) else {
                refuse(.unknownTenant)
                continue
            }
            if application.isStale(asOf: date, afterDays: staleAfter) {
                let last = application.lastConfirmed(asOf: date)
                refuse(.stale(lastConfirmed: last, days: last.days(until: date), limit: staleAfter))
                continue
            }
            let decision = try evaluator.evaluate(tenant, asOf: date)
            guard decision.eligible else {
                refuse(.notEligible(failedRules: decision.failedRules))
                continue
            }
            let held = estate.currentAndFutureLeases(of: tenant.nib, from: date).count
            guard held < limit else {
                refuse(.atPlotLimit(held: held, limit: limit))
                continue
            }
            guard passed[tenant.nib, default: 0] < limit - held else {
                refuse(.earlierApplicationsFirst(remainingPlots: limit - held))
                continue
            }
            passed[tenant.nib, default: 0] += 1
            applicants.append(
                AllocationProblem.Applicant(
                    nib: tenant.nib, minArea: application.minArea, maxArea: application.maxArea,
                    phase: application.phase, rank: rank,
                    score: score(tenant, asOf: date, weights: set.parameters.scoring)))
        }
        return (applicants, refusals)
    }

    /// The proposal for leases starting on `date`. Same estate, policy and seed → same proposal.
    public func propose(policy: AllocationPolicy, asOf date: CivilDate, seed: UInt64 = 0) throws -> AllocationProposal {
        let set = try estate.ruleBook.ruleSet(asOf: date)
        let (applicants, refusals) = try screen(asOf: date)
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
        if tenant.partnerships.contains(where: { $0.isInForce(on: date) }) { points += weights.partnershipPoints }
        return points
    }
}
