import EstateDomain

/// The leases a proposal commits and the statements that write them with their audit entry.
package enum CommitPlanner {
    package static func plan(_ proposal: AllocationProposal, end: CivilDate?, actor: String) throws -> (
        [Lease], [SQLStatement]
    ) {
        let leases = try proposal.assignments.map {
            try Lease(plotCode: $0.plotCode, nib: $0.nib, start: proposal.asOf, end: end)
        }
        guard !leases.isEmpty else { return ([], []) }
        let records = leases.map { "\($0.plotCode) to \($0.nib) from \($0.start.iso) until \($0.end?.iso ?? "open")" }
        let after =
            "{\"policy\":\"\(proposal.policy.rawValue)\",\"seed\":\(proposal.seed),\"leases\":["
            + records.map { "\"\($0)\"" }.joined(separator: ",") + "]}"
        return (
            leases,
            leases.map(WriteStatements.lease)
                + [
                    WriteStatements.audit(
                        actor: actor, action: "commit allocation", subject: "\(leases.count) lease(s)", after: after),
                    WriteStatements.bumpVersion,
                ]
        )
    }
}
