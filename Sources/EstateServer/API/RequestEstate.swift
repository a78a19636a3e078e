import EstateDomain
import EstateOperations
import EstateStore
import Foundation
import Hummingbird

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
    /// Estates by code, and the default one's code, once seen: an estate's code, id and whether
    /// it is the default never change (no command renames, removes or re-defaults an estate), so
    /// what was read once stays true; a code not seen yet is looked up again.
    private var listings: [String: EstateListing] = [:]

    /// The estate with `code` (normalised), reading the store's list only for a code not seen yet.
    func listing(_ code: String, in base: any EstateServerStore) async throws -> (EstateListing?, [EstateListing]?) {
        if let known = lock.withLock({ listings[code] }) { return (known, nil) }
        let all = try await base.estates()
        remember(all)
        return (all.first { $0.code == code }, all)
    }

    /// The code of the estate `base` (the server's own view) is about; nil while the store holds
    /// no estate yet (nothing to refuse).
    func servedEstate(by base: any EstateServerStore) async throws -> String? {
        let id = base.estateID
        if let known = lock.withLock({ listings.values.first { $0.id == id } }) { return known.code }
        let all = try await base.estates()
        remember(all)
        return all.first { $0.id == id }?.code
    }

    private func remember(_ all: [EstateListing]) {
        lock.withLock { for listing in all { listings[listing.code] = listing } }
    }

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
    func inEstate<T>(
        _ code: String, caller: Caller?, _ body: () async throws -> T
    ) async throws -> T {
        let wanted = (try? EstateCode.normalise(code, field: "estate")) ?? ""
        let (found, read) = try await estates.listing(wanted, in: baseStore)
        guard let listing = found else {
            let known = (read ?? []).map(\.code).joined(separator: ", ")
            throw Problem(
                .notFound, "Kawasan \"\(code)\" tidak ada; kawasan yang ada: \(known.isEmpty ? "belum ada" : known).",
                "There is no estate \"\(code)\"; the store holds: \(known.isEmpty ? "none yet" : known).")
        }
        try Self.require(caller, allows: listing.code)
        return try await RequestEstate.$current.withValue(estates.scope(listing, of: baseStore)) { try await body() }
    }

    /// Refuses (403) a route about the estate the server serves by default (the store's default
    /// estate, or the one `estate serve --estate` names) to a token limited to other estates; a
    /// token for every estate costs no look-up.
    func requireDefaultEstate(_ caller: Caller?) async throws {
        guard caller?.estates != nil, let code = try await estates.servedEstate(by: baseStore) else { return }
        try Self.require(caller, allows: code)
    }

    /// `handler` behind `requireRegencyWide`: a route about the regency's own records (the
    /// forum, the audit log, sessions, the outbox), which a token limited to some estates may not
    /// use, says so in the route table rather than in each handler.
    static func regencyWide(
        _ handler: @escaping @Sendable (Request, EstateRequestContext) async throws -> Response
    ) -> @Sendable (Request, EstateRequestContext) async throws -> Response {
        { request, context in
            try requireRegencyWide(context.caller)
            return try await handler(request, context)
        }
    }

    /// Refuses (403) a view across estates to a token limited to some of them.
    static func requireRegencyWide(_ caller: Caller?) throws {
        guard let limited = caller?.estates else { return }
        throw Problem(
            .forbidden,
            "Token ini hanya untuk kawasan \(limited.joined(separator: ", ")); ringkasan seluruh kawasan memerlukan token untuk semua kawasan.",
            "This token is limited to \(limited.joined(separator: ", ")); the view across every estate needs a token for every estate.")
    }

    static func require(_ caller: Caller?, allows code: String) throws {
        guard let caller, !caller.allows(estate: code) else { return }
        let limited = (caller.estates ?? []).joined(separator: ", ")
        throw Problem(
            .forbidden, "Token ini hanya untuk kawasan \(limited), bukan \(code).",
            "This token is limited to the estate(s) \(limited), not \(code).")
    }
}
