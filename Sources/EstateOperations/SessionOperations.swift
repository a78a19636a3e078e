import EstateDomain
import EstateStore

/// The dashboard's sessions as an admin sees them (issue 17, item 2): the live ones, with whose
/// token each is, and ending one. Once for the API and the CLI.
extension EstateOperations {
    /// A live session and the token it signs in as.
    public struct SessionListing: Sendable {
        public let session: StoredSession
        public let tokenName: String
        public let role: APIRole
    }

    /// The sessions live at `now` (not ended, not expired, used within `idle` seconds), newest
    /// first, with their tokens; those of a revoked token are not live.
    public func liveSessions(at now: Int64, idle: Int64) async throws -> [SessionListing] {
        let tokens = Dictionary(try await store.tokens().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try await store.openSessions().compactMap { session in
            guard let token = tokens[session.tokenID], session.isUsable(at: now, idle: idle, token: token) else { return nil }
            return SessionListing(session: session, tokenName: token.name, role: token.role)
        }
    }

    /// Ends the live session `id`; `StoreError.notFound` when there is none.
    public func revokeSession(_ id: String, at now: Int64, actor: String) async throws {
        guard try await store.endSession(id: id, at: now, reason: "revoked by \(actor)", actor: actor) else {
            throw StoreError.notFound(what: "live session", key: id)
        }
    }
}
