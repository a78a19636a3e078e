import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The per-token rate limit (issue 17's security review): one token asking in a loop empties its
/// own bucket and gets 429 with Retry-After; another token, and the probes, are not slowed; the
/// bucket refills with time.
@Suite("per-token rate limit")
struct RateLimitTests {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: Double = 1_000
        var seconds: Double { lock.withLock { now } }
        func advance(_ by: Double) { lock.withLock { now += by } }
    }

    @Test("a token past its burst is refused 429 with Retry-After; others and the probes are not; it refills")
    func limit() async throws {
        let clock = Clock()
        let server = try await ServerFixture(rateLimit: RateLimitPolicy(burst: 3, perSecond: 1), rateClock: { clock.seconds })
        for _ in 1...3 { #expect(try await server.send(.get, "/api/v1/exports/tenants", as: .viewer).status == .ok) }
        let refused = try await server.send(.get, "/api/v1/exports/tenants?lang=en", as: .viewer)
        #expect(refused.status == .tooManyRequests, "\(refused.status)")
        #expect(refused.headers[.retryAfter] == "1" && refused.text.contains("Too many requests"), "\(refused.text)")
        #expect(try await server.send(.get, "/api/v1/validation", as: .officer).status == .ok, "another token was slowed")
        for _ in 1...5 { #expect(try await server.send(.get, "/healthz", as: .viewer).status == .ok, "a probe was counted") }
        clock.advance(1)
        #expect(try await server.send(.get, "/api/v1/exports/tenants", as: .viewer).status == .ok, "the bucket did not refill")
        #expect(try await server.send(.get, "/api/v1/exports/tenants", as: .viewer).status == .tooManyRequests)
    }

    @Test("refused tokens are limited per address by every route: 401s, then 429; good tokens are not slowed")
    func refusedTokens() async throws {
        let clock = Clock()
        let server = try await ServerFixture(
            rateLimit: RateLimitPolicy(burst: 1_000, perSecond: 1_000, failedBurst: 3, failedPerSecond: 0.5),
            rateClock: { clock.seconds })
        let guess = { (i: Int) in "Bearer ce_guessguess_" + String(repeating: "\(i % 10)", count: 43) }
        for i in 1...3 {
            #expect(try await server.send(.get, "/api/v1/plots", headers: [.authorization: guess(i)]).status == .unauthorized)
        }
        let refused = try await server.send(.get, "/api/v1/plots", headers: [.authorization: guess(4)])
        #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] == "2", "\(refused.status)")
        clock.advance(2)
        #expect(try await server.send(.get, "/api/v1/plots", headers: [.authorization: guess(5)]).status == .unauthorized)
        // The limit is the address's refused tokens; while it is empty, a good token still answers
        // when its bucket is full again (here: after the wait).
        clock.advance(2)
        #expect(try await server.send(.get, "/api/v1/plots", as: .viewer).status == .ok)
    }
}
