import Logging
import NIOCore
import NIOEmbedded
import Testing

@testable import EstateServer

/// The cap on one address's connections (issue 17's security review): an address at its cap has
/// its next connection closed at once, other addresses are not affected, a closed connection
/// frees its place, and a loopback peer (a reverse proxy on this machine) is never capped.
@Suite("connections per address")
struct ConnectionsPerAddressTests {
    static func connect(_ counts: ConnectionsPerAddress, from address: String) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(
            handler: ConnectionsPerAddressHandler(counts, logger: Logger(label: "test")), loop: EmbeddedEventLoop())
        try channel.connect(to: SocketAddress(ipAddress: address, port: 50_000)).wait()
        return channel
    }

    @Test("the cap's last connection stays open; one more from that address is closed at once")
    func capped() throws {
        let counts = ConnectionsPerAddress(maximum: 3)
        let held = try (0..<3).map { _ in try Self.connect(counts, from: "203.0.113.7") }
        #expect(held.filter { $0.isActive }.count == 3)
        #expect(counts.held(by: "203.0.113.7") == 3)
        let fourth = try Self.connect(counts, from: "203.0.113.7")
        #expect(!fourth.isActive)
        #expect(counts.held(by: "203.0.113.7") == 3, "a refused connection is not counted")
        let neighbour = try Self.connect(counts, from: "203.0.113.8")
        #expect(neighbour.isActive, "another address keeps its own share")
    }

    @Test("a closed connection frees its place for the next")
    func released() throws {
        let counts = ConnectionsPerAddress(maximum: 2)
        let first = try Self.connect(counts, from: "2001:db8::5")
        _ = try Self.connect(counts, from: "2001:db8::5")
        #expect(!(try Self.connect(counts, from: "2001:db8::5")).isActive)
        try first.close().wait()
        #expect(counts.held(by: "2001:db8::5") == 1)
        #expect(try Self.connect(counts, from: "2001:db8::5").isActive)
    }

    @Test("a loopback peer is not capped", arguments: ["127.0.0.1", "::1"])
    func loopback(address: String) throws {
        let counts = ConnectionsPerAddress(maximum: 1)
        let channels = try (0..<5).map { _ in try Self.connect(counts, from: address) }
        #expect(channels.filter { $0.isActive }.count == 5)
        #expect(counts.held(by: address) == 0)
    }
}
