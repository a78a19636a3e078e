import EstateStore
import Foundation
import Logging

/// Everything the server stores: the estate and what the API keeps beside it.
/// The store the server runs on (see `StoreService`).
public typealias EstateServerStore = StoreService

/// How `estate serve` runs: where it listens, what it calls its store in reports, and whether
/// the read-only public summary is open to anyone.
public struct EstateServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The store's location without a password, printed in reports and `/readyz`.
    public var storeName: String
    /// Opens `GET /api/v1/public/summary` (occupancy figures only) without a token.
    public var publicSummary: Bool
    /// Marks the session cookie Secure (set when served over HTTPS behind a proxy).
    public var secureCookies: Bool
    public var logLevel: Logger.Level
    /// How the dashboard's sessions and sign-ins are kept (issue 17, item 2).
    public var sessions: SessionPolicy
    /// How long a client may take to send a request, and how many connections are open at once.
    public var connections: ConnectionLimits
    /// How many requests one token (or address) may make, and the clock the buckets refill by.
    public var rateLimit: RateLimitPolicy
    public var rateClock: @Sendable () -> Double
    /// Takes the client's address from `X-Forwarded-For` when the peer is a proxy on loopback
    /// (`ForwardedClientMiddleware`); off unless the operator says a proxy is in front.
    public var trustForwardedFor: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, storeName: String, publicSummary: Bool = false,
        secureCookies: Bool = false, logLevel: Logger.Level = .info, sessions: SessionPolicy = SessionPolicy(),
        connections: ConnectionLimits = ConnectionLimits(), rateLimit: RateLimitPolicy = RateLimitPolicy(),
        rateClock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }, trustForwardedFor: Bool = false
    ) {
        self.trustForwardedFor = trustForwardedFor
        self.connections = connections
        self.rateLimit = rateLimit
        self.rateClock = rateClock
        self.host = host
        self.port = port
        self.storeName = storeName
        self.publicSummary = publicSummary
        self.secureCookies = secureCookies
        self.logLevel = logLevel
        self.sessions = sessions
    }

    /// Whether `host` is this machine only, where plain HTTP stays on it and a cookie need not
    /// be Secure; served on any other address the cookie is Secure.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }
}

/// The dashboard's sessions: how long one lasts, idle and at most, and how failed sign-ins from
/// one address are slowed and then refused. Configuration of the server, not rules of the
/// association: an operator may change them (`estate serve --session-idle-minutes …`).
public struct SessionPolicy: Sendable {
    /// A session unused this long (seconds) is over: 30 minutes.
    public var idleSeconds: Int64
    /// A session is over this long (seconds) after sign-in, used or not: 12 hours.
    public var lifetimeSeconds: Int64
    /// Failed sign-ins from one address within `failureWindowSeconds` before it is refused.
    public var failuresAllowed: Int
    public var failureWindowSeconds: Int64
    /// Each failed sign-in after the second waits this long (seconds) before it is answered.
    public var failureDelaySeconds: Double
    /// Now, in whole seconds since 1970 (UTC); a test moves it.
    public var clock: @Sendable () -> Int64

    public init(
        idleSeconds: Int64 = 30 * 60, lifetimeSeconds: Int64 = 12 * 3600, failuresAllowed: Int = 5,
        failureWindowSeconds: Int64 = 15 * 60, failureDelaySeconds: Double = 1,
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.idleSeconds = idleSeconds
        self.lifetimeSeconds = lifetimeSeconds
        self.failuresAllowed = failuresAllowed
        self.failureWindowSeconds = failureWindowSeconds
        self.failureDelaySeconds = failureDelaySeconds
        self.clock = clock
    }
}

/// The server's connections (issue 17's security review): a request's head must arrive within
/// `headSeconds` (30) of the connection or of the previous answer; its body may pause no longer
/// than `bodySeconds` (30) between two pieces and must be whole within `wholeBodySeconds` (300:
/// an 8 MiB import at 28 KiB/s) of the head, so that a body dripped a byte at a time cannot hold a
/// connection for days; a connection idle for `idleSeconds` (60) is closed; at most `maximum`
/// (1,000) are open at once, and the rest wait to be accepted; one client address holds at most
/// `perAddress` (100) of them, and its next is closed at once (a loopback peer, a reverse proxy,
/// is not capped: the proxy limits per client).
public struct ConnectionLimits: Sendable {
    public var headSeconds: Int64
    public var bodySeconds: Int64
    public var wholeBodySeconds: Int64
    public var idleSeconds: Int64
    public var maximum: Int
    public var perAddress: Int

    public init(
        headSeconds: Int64 = 30, bodySeconds: Int64 = 30, wholeBodySeconds: Int64 = 300, idleSeconds: Int64 = 60,
        maximum: Int = 1_000, perAddress: Int = 100
    ) {
        self.headSeconds = headSeconds
        self.bodySeconds = bodySeconds
        self.wholeBodySeconds = wholeBodySeconds
        self.idleSeconds = idleSeconds
        self.maximum = maximum
        self.perAddress = perAddress
    }
}
