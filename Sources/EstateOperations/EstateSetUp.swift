import EstateDomain
import EstateStore

/// Setting up estates: adding one to the store and giving it phases. Every adapter adds them
/// through these, so that the checks and the audit entry are the same whoever asks.
extension EstateOperations {
    /// Adds an estate (not the default one); `StoreError.refused` when its code is taken.
    public func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing {
        try await store.addEstate(estate, actor: actor)
    }

    /// Adds a phase to the estate the store is scoped to; a phase with that number and the same
    /// values is skipped, with other values refused (`StoreError.exists`).
    public func addPhase(_ phase: Phase, actor: String) async throws -> WriteSummary {
        var batch = EstateBatch()
        batch.phases = [phase]
        return try await store.write(batch, actor: actor)
    }
}
