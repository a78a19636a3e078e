import Foundation
import NIOCore
import NIOExtras
import NIOPosix

/// What the relay said to one message.
public enum SMTPOutcome: Sendable, Equatable {
    /// 250 after the data: the relay took it.
    case accepted
    /// A 4xx reply, or no connection: worth trying again later.
    case temporary(String)
    /// A 5xx reply: the relay will not take it.
    case permanent(String)
    /// Stopped before the final dot because `beforeFinalDot` said so; nothing was delivered.
    case abandoned
    /// The final dot was sent and no reply came (the connection ended, or the exchange was cut):
    /// the relay may have the message. Never to be sent again without a person's decision.
    case unknown(String)
}

/// A minimal SMTP client (RFC 5321) on SwiftNIO for one message per connection: EHLO, MAIL,
/// RCPT, DATA, the dot-stuffed message, the final dot, QUIT. `beforeFinalDot` runs just before
/// the final dot, the one moment after which the relay may have the message: the outbox records
/// it there. The whole exchange is cut at `deadline` seconds (the connection is closed).
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    public let deadline: Int64

    public init(configuration: SMTPConfiguration, deadline: Int64 = 90) {
        self.configuration = configuration
        self.deadline = deadline
    }

    public func send(
        to recipient: String, message: [UInt8], beforeFinalDot: @Sendable () async throws -> Bool
    ) async -> SMTPOutcome {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(min(deadline, 10)))
                .connect(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        // A reply line longer than 64 KiB ends the conversation (a relay cannot fill memory).
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(LineBasedFrameDecoder(), maximumBufferSize: 64 * 1024))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            return .temporary("cannot connect to \(configuration.host):\(configuration.port)")
        }
        let cut = channel.channel.eventLoop.scheduleTask(in: .seconds(deadline)) { channel.channel.close(promise: nil) }
        defer { cut.cancel() }
        let phase = SMTPPhase()
        do {
            return try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(lines: inbound.makeAsyncIterator(), outbound: outbound, phase: phase)
                return try await session.deliver(
                    configuration, to: recipient, message: message, beforeFinalDot: beforeFinalDot)
            }
        } catch let reply as SMTPReplyError {
            // A reply the relay gave (4xx, 5xx) says it did not take the message, even after the dot.
            if phase.dotSent, case .temporary(let why) = reply.outcome, reply.noReply { return .unknown(why) }
            return reply.outcome
        } catch {
            let why = "the connection to \(configuration.host):\(configuration.port) ended without an answer"
            return phase.dotSent ? .unknown(why + " to the final dot") : .temporary(why)
        }
    }
}

/// One conversation: each command and the reply it must get.
/// Whether the final dot has gone out: past it, a missing answer leaves the message's fate unknown.
final class SMTPPhase: @unchecked Sendable {
    var dotSent = false
}

struct SMTPSession {
    var lines: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let phase: SMTPPhase

    mutating func deliver(
        _ configuration: SMTPConfiguration, to recipient: String, message: [UInt8],
        beforeFinalDot: @Sendable () async throws -> Bool
    ) async throws -> SMTPOutcome {
        try await expect(220, after: nil)
        do {
            try await expect(250, after: "EHLO \(configuration.helo)")
        } catch let reply as SMTPReplyError where !reply.noReply {
            // A relay that does not speak ESMTP: the older greeting (RFC 5321 §4.1.1.1).
            try await expect(250, after: "HELO \(configuration.helo)")
        }
        try await expect(250, after: "MAIL FROM:<\(configuration.from)>")
        try await expect([250, 251], after: "RCPT TO:<\(recipient)>")
        try await expect(354, after: "DATA")
        var body = MailMessage.dotStuffed(message)
        if body.last != UInt8(ascii: "\n") { body += Array("\r\n".utf8) }
        try await outbound.write(ByteBuffer(bytes: body))
        guard try await beforeFinalDot() else {
            // The data is never ended: the relay discards the transaction when the connection goes.
            return .abandoned
        }
        phase.dotSent = true
        try await expect(250, after: ".")
        try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        return .accepted
    }

    mutating func expect(_ code: Int, after command: String?) async throws { try await expect([code], after: command) }

    /// Sends `command` (if any) and reads its reply (the last line of a multi-line one); a reply
    /// other than `codes` ends the conversation as temporary (4xx) or permanent (5xx).
    mutating func expect(_ codes: [Int], after command: String?) async throws {
        if let command { try await outbound.write(ByteBuffer(string: command + "\r\n")) }
        var text = ""
        while true {
            guard let line = try await lines.next() else {
                throw SMTPReplyError(outcome: .temporary("the relay closed the connection"), noReply: true)
            }
            text = String(buffer: line).trimmingCharacters(in: .init(charactersIn: "\r"))
            let separator = text.dropFirst(3).first
            if separator != "-" { break }
        }
        let code = Int(text.prefix(3)) ?? 0
        guard !codes.contains(code) else { return }
        let said = "\(command.map { $0.split(separator: " ").first.map(String.init) ?? $0 } ?? "greeting"): \(text.prefix(200))"
        throw SMTPReplyError(outcome: (500..<600).contains(code) ? .permanent(said) : .temporary(said))
    }
}

struct SMTPReplyError: Error {
    let outcome: SMTPOutcome
    /// No reply at all (the connection ended), as opposed to a reply refusing.
    var noReply = false
}
