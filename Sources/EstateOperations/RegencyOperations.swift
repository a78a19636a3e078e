import EstateDomain
import EstateStore

/// The regency's view across every estate of the store, read once for the CLI, the API and the
/// dashboard alike.
extension EstateOperations {
    /// Every estate of the store on `date`, in the store's order (the default first), each read
    /// through its own scoped view, and the summary across them. The first estate is returned
    /// too: the rule sets are the store's, so it gives the report its rule set. Refuses
    /// (`OperationError.noEstateYet`) a store that holds none.
    public func regency(asOf date: CivilDate) async throws -> (summary: RegencySummary, first: Estate) {
        var read: [(code: String, estate: Estate)] = []
        for listing in try await store.estates() {
            guard let estate = try await store.scoped(to: listing).loadEstate() else { continue }
            read.append((listing.code, estate))
        }
        guard let first = read.first?.estate else { throw OperationError.noEstateYet }
        return (try RegencySummary(estates: read, asOf: date), first)
    }
}
