import EstateDomain

/// `estate allocate --format json`. Keys `assignments` (`nib`, `plot`) and `unassigned`
/// (`nib`, `reason`) are a contract.
public struct AllocationView: Encodable {
    let policy: String
    let seed: UInt64
    let asOf: String
    let ruleSetVersion: String
    /// True when the leases were signed (`--commit`); `leases_created` then lists them.
    let committed: Bool
    let leasesCreated: [LeaseView]
    let objective: ObjectiveView
    let assignments: [AssignmentView]
    let unassigned: [RefusalView]

    public init(
        _ proposal: AllocationProposal, names: (NIB) -> String, language: Language, committed leases: [Lease]? = nil
    ) {
        policy = proposal.policy.rawValue
        seed = proposal.seed
        asOf = proposal.asOf.iso
        ruleSetVersion = proposal.ruleSetVersion
        committed = leases != nil
        leasesCreated = (leases ?? []).map {
            LeaseView(plot: $0.plotCode, nib: $0.nib.digits, start: $0.start.iso, end: $0.end?.iso)
        }
        let objective = proposal.objective
        self.objective = ObjectiveView(housed: objective.housed, areaM2: m2(objective.area), rankSum: objective.rankSum)
        assignments = proposal.assignments.map {
            AssignmentView(
                nib: $0.nib.digits, name: names($0.nib), plot: $0.plotCode, areaM2: m2($0.plotArea), rank: $0.rank,
                reason: ReasonText.assignment($0, language: language))
        }
        unassigned = proposal.unassigned.map {
            RefusalView(
                nib: $0.nib.digits, name: names($0.nib), rank: $0.rank, reasonCode: $0.reason.code,
                reason: ReasonText.refusal($0.reason, language: language))
        }
    }

    struct LeaseView: Encodable {
        let plot: String
        let nib: String
        let start: String
        let end: String?
    }

    struct ObjectiveView: Encodable {
        let housed: Int
        let areaM2: ExactNumber
        let rankSum: Int
    }

    struct AssignmentView: Encodable {
        let nib: String
        let name: String
        let plot: String
        let areaM2: ExactNumber
        let rank: Int
        let reason: String
    }

    struct RefusalView: Encodable {
        let nib: String
        let name: String
        let rank: Int
        let reasonCode: String
        let reason: String
    }
}
