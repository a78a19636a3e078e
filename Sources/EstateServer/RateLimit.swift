import Foundation
import Hummingbird

/// How many requests one caller may make (issue 17's security review): each token (or, without
/// one, each address) has a bucket of `burst` requests that refills at `perSecond`; an empty
/// bucket is answered 429 with Retry-After, so that one caller asking for the costly reads in a
/// loop slows itself, not everyone. Kept in this server's memory; the probes are not counted.
public struct RateLimitPolicy: Sendable {
    public var burst: Double
    public var perSecond: Double

    public init(burst: Double = 120, perSecond: Double = 20) {
        self.burst = burst
        self.perSecond = perSecond
    }

    /// No limit (`estate serve --rate-limit 0`: a load test, or a proxy that limits instead).
    public static let unlimited = RateLimitPolicy(burst: .greatestFiniteMagnitude, perSecond: .greatestFiniteMagnitude)
}

/// The buckets, by caller.
final class RequestBuckets: @unchecked Sendable {
    /// Beyond this many callers the buckets start again full: a bound on memory.
    static let capacity = 20_000
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    /// Takes one request from `key`'s bucket at `now` (seconds); nil when allowed, else the
    /// whole seconds until one is back.
    func take(_ key: String, now: Double, policy: RateLimitPolicy) -> Int? {
        lock.withLock {
            if buckets.count >= Self.capacity, buckets[key] == nil { buckets.removeAll(keepingCapacity: true) }
            var bucket = buckets[key] ?? (policy.burst, now)
            bucket.tokens = min(policy.burst, bucket.tokens + (now - bucket.at) * policy.perSecond)
            bucket.at = now
            guard bucket.tokens >= 1 else {
                buckets[key] = bucket
                guard policy.perSecond > 0 else { return 60 }
                return max(1, Int(((1 - bucket.tokens) / policy.perSecond).rounded(.up)))
            }
            bucket.tokens -= 1
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
        if let wait = buckets.take(key, now: clock(), policy: policy) {
            throw Problem(
                .tooManyRequests, "Terlalu banyak permintaan dari token ini; coba lagi dalam \(wait) detik.",
                "Too many requests from this caller; try again in \(wait) seconds.", retryAfter: wait)
        }
        return try await next(request, context)
    }
}
