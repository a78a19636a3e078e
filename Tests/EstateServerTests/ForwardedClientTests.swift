import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The client's address behind a proxy on this machine (issue 17's security review): the last
/// `X-Forwarded-For` entry of a loopback peer, when the operator trusts a proxy; otherwise, or
/// from any other peer, the peer itself.
@Suite("the client's address behind a proxy")
struct ForwardedClientTests {
    @Test(
        "which address counts",
        arguments: [
            // (peer, header, trusted, expected)
            ("127.0.0.1", "198.51.100.9", true, "198.51.100.9"),
            ("::1", "2001:db8::9", true, "2001:db8::9"),
            ("127.0.0.1", "6.6.6.6, 198.51.100.9", true, "198.51.100.9"),
            ("127.0.0.1", "198.51.100.9", false, "127.0.0.1"),
            ("203.0.113.4", "198.51.100.9", true, "203.0.113.4"),
            ("127.0.0.1", "not-an-address", true, "127.0.0.1"),
            ("127.0.0.1", "198.51.100.9, ", true, "127.0.0.1"),
            ("127.0.0.1", nil, true, "127.0.0.1"),
        ] as [(String, String?, Bool, String)])
    func address(peer: String, header: String?, trusted: Bool, expected: String) {
        #expect(ForwardedClient.address(peer: peer, header: header, trusted: trusted) == expected)
    }

    /// Through a real socket on loopback: behind a trusted proxy, one client's refused tokens
    /// use up its own allowance, not its neighbour's; untrusted, the header is ignored.
    @Test("refused tokens are limited per forwarded client when trusted, per peer when not", arguments: [true, false])
    func perClient(trusted: Bool) async throws {
        let server = try await ServerFixture(
            rateLimit: RateLimitPolicy(burst: 1_000, perSecond: 1_000, failedBurst: 2, failedPerSecond: 0.001),
            rateClock: { 1_000 }, trustForwardedFor: trusted)
        let guess = "Bearer ce_guessguess_" + String(repeating: "7", count: 43)
        let statuses = try await server.app.test(.live) { client in
            var seen: [HTTPResponse.Status] = []
            for from in ["198.51.100.1", "198.51.100.1", "198.51.100.1", "198.51.100.2"] {
                let response = try await client.execute(
                    uri: "/api/v1/plots", method: .get,
                    headers: [.authorization: guess, HTTPField.Name("X-Forwarded-For")!: from])
                seen.append(response.status)
            }
            return seen
        }
        #expect(statuses[0...1] == [.unauthorized, .unauthorized])
        #expect(statuses[2] == .tooManyRequests, "the first client past its allowance")
        #expect(statuses[3] == (trusted ? .unauthorized : .tooManyRequests), "\(statuses)")
    }
}
