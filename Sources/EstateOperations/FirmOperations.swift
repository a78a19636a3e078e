import EstateDomain
import EstateStore

/// One firm across the store's estates: firms are one registry, their leases and applications
/// are each estate's, and the plot allowance is counted per estate.
public struct FirmAcrossEstates: Sendable {
    /// The firm as registered, with its declarations and partnerships.
    public let tenant: Tenant
    /// Each estate where it holds or held a lease or has applied, in the store's order.
    public let estates: [(listing: EstateListing, estate: Estate)]
}

extension EstateOperations {
    /// The firm with `nib` and every estate of the store where it leases or has applied, each
    /// read through its own scoped view; nil when no firm has that NIB.
    public func firm(_ nib: NIB) async throws -> FirmAcrossEstates? {
        var found: Tenant?
        var estates: [(listing: EstateListing, estate: Estate)] = []
        for listing in try await store.estates() {
            guard let estate = try await store.scoped(to: listing).loadEstate() else { continue }
            found = found ?? estate.tenant(nib)
            let involved =
                estate.leases.contains { $0.nib == nib } || estate.applications.contains { $0.nib == nib }
            if involved { estates.append((listing, estate)) }
        }
        return found.map { FirmAcrossEstates(tenant: $0, estates: estates) }
    }
}
