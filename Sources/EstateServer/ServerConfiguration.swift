import EstateStore
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

    public init(
        host: String = "127.0.0.1", port: Int = 8080, storeName: String, publicSummary: Bool = false,
        secureCookies: Bool = false, logLevel: Logger.Level = .info
    ) {
        self.host = host
        self.port = port
        self.storeName = storeName
        self.publicSummary = publicSummary
        self.secureCookies = secureCookies
        self.logLevel = logLevel
    }
}
