import Hummingbird
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client is slow to send its request (issue 17's security review): a
/// request's head must arrive within `head` of the connection opening or of the previous
/// response, and its body may pause no longer than `body` between two pieces (a large import
/// that keeps flowing is never cut). A half-sent header or a stalled body (the slowloris attack)
/// is cut off then, so that thousands of them cannot hold the server's connections; a client that
/// sends at a normal pace never meets either. The handler being slow to answer is not limited
/// here: the timer is off while a request is being answered.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let head: TimeAmount
    private let body: TimeAmount
    private var timer: Scheduled<Void>?

    init(head: TimeAmount, body: TimeAmount) {
        self.head = head
        self.body = body
    }

    func handlerAdded(context: ChannelHandlerContext) {
        arm(context, in: head)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head, .body: arm(context, in: body)
        case .end: disarm()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // The answer is sent: the next request's head has `head` from now.
        if case .end = unwrapOutboundIn(data) { arm(context, in: head) }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext, in delay: TimeAmount) {
        disarm()
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: delay) { bound.value.close(promise: nil) }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }
}
