import Foundation
import Hummingbird

/// How many requests one caller may make (issue 17's security review): each token (or, without
/// one, each address) has a bucket of `burst` requests that refills at `perSecond`; an empty
/// bucket is answered 429 with Retry-After, so that one caller asking for the costly reads in a
/// loop slows itself, not everyone. Kept in this server's memory; the probes are not counted.
public struct RateLimitPolicy: Sendable {
    public var burst: Double
    public var perSecond: Double
    /// Refused tokens (401) per address: a bucket of `failedBurst` refilling at
    /// `failedPerSecond` (10, then one every 6 s), so that guessing tokens is slow by every route.
    public var failedBurst: Double
    public var failedPerSecond: Double

    public init(burst: Double = 120, perSecond: Double = 20, failedBurst: Double = 10, failedPerSecond: Double = 1.0 / 6) {
        self.burst = burst
        self.perSecond = perSecond
        self.failedBurst = failedBurst
        self.failedPerSecond = failedPerSecond
    }

    /// No limit (`estate serve --rate-limit 0`: a load test, or a proxy that limits instead).
    public static let unlimited = RateLimitPolicy(
        burst: .greatestFiniteMagnitude, perSecond: .greatestFiniteMagnitude, failedBurst: .greatestFiniteMagnitude,
        failedPerSecond: .greatestFiniteMagnitude)
}

/// The buckets, by caller.
final class RequestBuckets: @unchecked Sendable {
    /// Beyond this many callers the buckets start again full: a bound on memory.
    static let capacity = 20_000
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    /// Takes one request from `key`'s bucket (of `burst`, refilling at `perSecond`) at `now`
    /// (seconds); nil when allowed, else the whole seconds until one is back. With `taking`
    /// false it only looks.
    func take(_ key: String, now: Double, burst: Double, perSecond: Double, taking: Bool = true) -> Int? {
        lock.withLock {
            if buckets.count >= Self.capacity, buckets[key] == nil { buckets.removeAll(keepingCapacity: true) }
            var bucket = buckets[key] ?? (burst, now)
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.at) * perSecond)
            bucket.at = now
            guard bucket.tokens >= 1 else {
                buckets[key] = bucket
                guard perSecond > 0 else { return 60 }
                return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
            }
            if taking { bucket.tokens -= 1 }
            buckets[key] = bucket
            return nil
        }
    }
}

/// Refuses a caller whose bucket is empty (429, Retry-After), after authentication names it.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext
    let policy: RateLimitPolicy
    let buckets = RequestBuckets()
    /// Now in seconds (a test moves it).
    let clock: @Sendable () -> Double

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        guard policy.burst < .greatestFiniteMagnitude, !["/healthz", "/readyz", "/metrics"].contains(request.uri.path) else {
            return try await next(request, context)
        }
        let key = context.caller.map { "token:" + $0.tokenID } ?? "address:" + (context.address ?? "unknown")
        if let wait = buckets.take(key, now: clock(), burst: policy.burst, perSecond: policy.perSecond) {
            throw Problem(
                .tooManyRequests, "Terlalu banyak permintaan dari token ini; coba lagi dalam \(wait) detik.",
                "Too many requests from this caller; try again in \(wait) seconds.", retryAfter: wait)
        }
        return try await next(request, context)
    }
}

/// Slows the guessing of tokens by every route (found by the sessions review: a refused bearer
/// token was answered before any limit ran): runs before authentication, refuses an address
/// whose bucket of refused tokens is empty (429), and takes from it each time the token it sent
/// was refused (401). Callers with good tokens never touch it.
struct FailedAuthenticationLimit: RouterMiddleware {
    typealias Context = EstateRequestContext
    let policy: RateLimitPolicy
    let buckets = RequestBuckets()
    let clock: @Sendable () -> Double

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        guard policy.failedBurst < .greatestFiniteMagnitude else { return try await next(request, context) }
        let key = "refused:" + (context.address ?? "unknown")
        if let wait = buckets.take(key, now: clock(), burst: policy.failedBurst, perSecond: policy.failedPerSecond, taking: false) {
            throw Problem(
                .tooManyRequests, "Terlalu banyak token yang ditolak dari alamat ini; coba lagi dalam \(wait) detik.",
                "Too many refused tokens from this address; try again in \(wait) seconds.", retryAfter: wait)
        }
        do {
            return try await next(request, context)
        } catch let problem as Problem where problem.kind == .unauthenticated && request.headers[.authorization] != nil {
            _ = buckets.take(key, now: clock(), burst: policy.failedBurst, perSecond: policy.failedPerSecond)
            throw problem
        }
    }
}
