import HTTPTypes
import Hummingbird
import NIOCore

/// The client's address behind a reverse proxy on this machine (deploy/nginx-estate.conf): the
/// proxy connects from loopback and appends the address it saw to `X-Forwarded-For`, so the
/// last entry is the client as far as a trusted hop can tell. Without this, every client behind
/// the proxy is `127.0.0.1`: one firm's wrong passwords would lock every firm out of signing in,
/// and the per-address limits and the audit trail would name the proxy.
///
/// Trusted only when the operator says a proxy is in front (`estate serve
/// --trust-forwarded-for`) and only from a loopback peer: a client that connects directly and
/// writes the header itself keeps its own address. Entries before the last are the client's
/// own say and are ignored.
enum ForwardedClient {
    /// The address to count and audit for a request from `peer` carrying `header`.
    static func address(peer: String?, header: String?, trusted: Bool) -> String? {
        guard trusted, let peer, ConnectionsPerAddress.isLoopback(peer), let header else { return peer }
        guard let last = header.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
            (try? SocketAddress(ipAddress: last, port: 0)) != nil
        else { return peer }
        return last
    }
}

/// Sets the request context's `address` from `X-Forwarded-For` as `ForwardedClient` says; first
/// in the chain, so that the limits, the sign-in throttle, the logs and the audit see the client.
struct ForwardedClientMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext
    let trusted: Bool

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        guard trusted else { return try await next(request, context) }
        var context = context
        let forwarded = request.headers[values: .xForwardedFor].joined(separator: ",")
        context.address = ForwardedClient.address(
            peer: context.address, header: forwarded.isEmpty ? nil : forwarded, trusted: true)
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
}
