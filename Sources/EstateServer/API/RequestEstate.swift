import EstateDomain
import EstateOperations
import EstateStore
import Foundation

/// The estate a request is about: set for the routes under `/api/v1/estates/{estate}/…` (every
/// estate-scoped route of `/api/v1/…` again, for a named estate), so that the same handlers
/// answer for it; unset, they answer for the store's default estate.
struct RequestEstate: Sendable {
    /// The estate's row in the store.
    let listingID: Int64
    let store: any EstateServerStore
    let operations: EstateOperations

    @TaskLocal static var current: RequestEstate?
}

/// One `RequestEstate` per estate, kept, so that each estate's use cases keep the estate they
/// last read (`EstateOperations` memoises by version) from one request to the next.
final class RequestEstates: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [Int64: RequestEstate] = [:]

    /// The scope of `listing`, made from `base` on first use.
    func scope(_ listing: EstateListing, of base: any EstateServerStore) -> RequestEstate {
        lock.withLock {
            if let scope = kept[listing.id] { return scope }
            let store = base.scoped(to: listing)
            let scope = RequestEstate(listingID: listing.id, store: store, operations: EstateOperations(store: store))
            kept[listing.id] = scope
            return scope
        }
    }
}

extension APISupport {
    /// Runs `body` for the estate with `code` (a path's `{estate}`): its handlers' store and use
    /// cases are that estate's. A code that is malformed or names no estate is a 404 naming the
    /// codes the store holds.
    func inEstate<T>(_ code: String, _ body: () async throws -> T) async throws -> T {
        let listings = try await baseStore.estates()
        let wanted = try? EstateCode.normalise(code, field: "estate")
        guard let listing = listings.first(where: { $0.code == wanted }) else {
            let known = listings.map(\.code).joined(separator: ", ")
            throw Problem(
                .notFound, "Kawasan \"\(code)\" tidak ada; kawasan yang ada: \(known.isEmpty ? "belum ada" : known).",
                "There is no estate \"\(code)\"; the store holds: \(known.isEmpty ? "none yet" : known).")
        }
        return try await RequestEstate.$current.withValue(estates.scope(listing, of: baseStore)) { try await body() }
    }
}
