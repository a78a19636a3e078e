import HTTPTypes
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import EstateServer

/// The request deadlines on a channel whose clock the test moves (issue 17's security review):
/// a head not whole within 30 s is cut; a body may pause 29 s between pieces but not 30; a body
/// dripped a byte at a time is cut 300 s after its head; an answer being made is never cut.
@Suite("request deadlines")
struct RequestDeadlineTests {
    static func channel() throws -> (EmbeddedChannel, EmbeddedEventLoop) {
        let loop = EmbeddedEventLoop()
        let channel = EmbeddedChannel(
            handler: RequestDeadlineHandler(head: .seconds(30), pause: .seconds(30), body: .seconds(300)), loop: loop)
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 80)).wait()
        return (channel, loop)
    }

    static let head = HTTPRequestPart.head(HTTPRequest(method: .post, scheme: "http", authority: "x", path: "/api/v1/plots"))

    @Test("a head that does not arrive within 30 s closes the connection; at 29 s it stays")
    func head() throws {
        let (channel, loop) = try Self.channel()
        loop.advanceTime(by: .seconds(29))
        #expect(channel.isActive)
        loop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
    }

    @Test("a body pausing 29 s between pieces goes on; a pause of 30 s closes it")
    func pause() throws {
        let (channel, loop) = try Self.channel()
        try channel.writeInbound(Self.head)
        for _ in 0..<5 {
            loop.advanceTime(by: .seconds(29))
            try channel.writeInbound(HTTPRequestPart.body(ByteBuffer(string: "x")))
            #expect(channel.isActive)
        }
        loop.advanceTime(by: .seconds(30))
        #expect(!channel.isActive)
    }

    @Test("a body dripped a byte every 10 s is cut 300 s after its head")
    func drip() throws {
        let (channel, loop) = try Self.channel()
        try channel.writeInbound(Self.head)
        for _ in 0..<29 {
            loop.advanceTime(by: .seconds(10))
            try channel.writeInbound(HTTPRequestPart.body(ByteBuffer(string: "x")))
        }
        #expect(channel.isActive, "cut before 300 s")
        loop.advanceTime(by: .seconds(10))
        #expect(!channel.isActive, "a dripped body held the connection past 300 s")
    }

    @Test("while the answer is made nothing is cut; after it the next head has 30 s")
    func answering() throws {
        let (channel, loop) = try Self.channel()
        try channel.writeInbound(Self.head)
        try channel.writeInbound(HTTPRequestPart.end(nil))
        loop.advanceTime(by: .seconds(400))
        #expect(channel.isActive, "a slow answer was cut")
        try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        loop.advanceTime(by: .seconds(29))
        #expect(channel.isActive)
        loop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
    }
}
