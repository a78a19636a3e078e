import Foundation
import Logging
import NIOCore
import NIOHTTPTypes

/// How many connections each client address holds open, shared by every connection's
/// `ConnectionsPerAddressHandler`, so that one address cannot take the whole connection cap
/// (issue 17's security review): with the cap at 1,000 and a head deadline of 30 s, one machine
/// opening a thousand half-sent requests would otherwise keep every other user waiting.
final class ConnectionsPerAddress: @unchecked Sendable {
    private let lock = NSLock()
    private var open: [String: Int] = [:]
    /// The most connections one address may hold at once.
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// Counts a connection from `address`; false (and not counted) when it already holds `maximum`.
    func admit(_ address: String) -> Bool {
        lock.withLock {
            let held = open[address, default: 0]
            guard held < maximum else { return false }
            open[address] = held + 1
            return true
        }
    }

    /// Forgets one admitted connection from `address`.
    func release(_ address: String) {
        lock.withLock {
            let held = open[address, default: 0] - 1
            open[address] = held > 0 ? held : nil
        }
    }

    /// The connections `address` holds now.
    func held(by address: String) -> Int {
        lock.withLock { open[address, default: 0] }
    }

    /// A loopback peer is a reverse proxy on this machine (deploy/nginx-estate.conf), which
    /// carries every client's connections and limits them per client itself (`limit_conn`); it
    /// is never capped here, or one busy hour would lock everyone out.
    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}

/// Closes a new connection at once when its address already holds its share of connections.
/// Placed on every connection's pipeline; counts the connection while it is open.
final class ConnectionsPerAddressHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart

    private let counts: ConnectionsPerAddress
    private let logger: Logger
    /// The address this connection was counted against, until it is released.
    private var counted: String?
    private var decided = false

    init(_ counts: ConnectionsPerAddress, logger: Logger) {
        self.counts = counts
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { decide(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        decide(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        release()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        release()
    }

    private func decide(_ context: ChannelHandlerContext) {
        guard !decided else { return }
        decided = true
        guard let address = context.channel.remoteAddress?.ipAddress, !ConnectionsPerAddress.isLoopback(address)
        else { return }
        if counts.admit(address) {
            counted = address
        } else {
            logger.warning(
                "connection refused: the address holds its \(counts.maximum) connections",
                metadata: ["address": .string(address)])
            context.close(promise: nil)
        }
    }

    private func release() {
        guard let address = counted else { return }
        counted = nil
        counts.release(address)
    }
}
