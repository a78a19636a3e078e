import EstateDomain
import EstateStore

/// Allocation: what a proposal would do now, and signing it.
extension EstateOperations {
    /// The proposal on `date` from the estate as stored, with the reading it was made from (the
    /// estate for names, and what the stored data breaks, for the adapter to show).
    public func propose(policy: AllocationPolicy, asOf date: CivilDate, seed: UInt64 = 0) async throws -> (
        reading: EstateReading, proposal: AllocationProposal
    ) {
        let reading = try await reading(asOf: date)
        return (reading, try Allocator(estate: reading.estate).propose(policy: policy, asOf: date, seed: seed))
    }

    /// Signs what was shown, all leases or none; the store recomputes the proposal under its
    /// write lock and refuses (`StoreError.proposalChanged`) one that differs.
    public func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation {
        try await store.commit(commit, actor: actor)
    }

    /// The same under an `Idempotency-Key`: a retry gets back what the first request committed
    /// (marked replayed) and writes nothing.
    public func commit(
        _ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey
    ) async throws -> IdempotentCommit {
        try await store.commit(commit, actor: actor, idempotency: idempotency)
    }
}
