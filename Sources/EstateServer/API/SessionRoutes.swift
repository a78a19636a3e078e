import EstateDomain
import EstateOperations
import EstateStore
import Foundation
import Hummingbird

/// `GET /api/v1/sessions` and `POST /api/v1/sessions/{id}/revocation`: the dashboard's live
/// sessions for a store-wide admin, and ending one (its browser is signed out at its next
/// request), as `estate sessions list|revoke` does.
struct SessionRoutes: Sendable {
    let api: APISupport

    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let policy = api.configuration.sessions
        let live = try await EstateOperations(store: api.baseStore).liveSessions(at: policy.clock(), idle: policy.idleSeconds)
        return try api.json(SessionsDocument(sessions: live.map(SessionView.init)))
    }

    func revoke(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let id = try context.pathParameter("id")
        try await api.domain {
            try await EstateOperations(store: api.baseStore).revokeSession(
                id, at: api.configuration.sessions.clock(), actor: context.caller!.actor)
        }
        return try api.json(SessionRevoked(id: id, revoked: true))
    }
}

struct SessionsDocument: Encodable {
    let sessions: [SessionView]
}

/// A live session as an admin reads it: never its secret.
struct SessionView: Encodable {
    let id: String
    /// The token's name and its id (names of revoked tokens may be used again; ids never).
    let token: String
    let tokenId: String
    let role: String
    let address: String?
    let signedInAt: String
    let lastSeenAt: String
    let expiresAt: String

    init(_ listing: EstateOperations.SessionListing) {
        let time = { (seconds: Int64) in ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds))) }
        id = listing.session.id
        token = listing.tokenName
        tokenId = listing.session.tokenID
        role = listing.role.rawValue
        address = listing.session.address
        signedInAt = time(listing.session.createdAt)
        lastSeenAt = time(listing.session.lastSeenAt)
        expiresAt = time(listing.session.expiresAt)
    }
}

struct SessionRevoked: Encodable {
    let id: String
    let revoked: Bool
}
