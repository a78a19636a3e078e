import Hummingbird
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client is slow to send its request (issue 17's security review): a
/// request's head must arrive within `head` of the connection opening or of the previous
/// response; its body may pause no longer than `pause` between two pieces and must be whole
/// within `body` of the head (a body dripped a byte at a time is cut then). A half-sent header or
/// a stalled or dripped body (the slowloris attack) is cut off, so that thousands of them cannot
/// hold the server's connections; a client that sends at a normal pace never meets either. The
/// handler being slow to answer is not limited here: the timers are off while it answers.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let head: TimeAmount
    private let pause: TimeAmount
    private let body: TimeAmount
    private var timer: Scheduled<Void>?
    /// The whole body's deadline, from the head to the end.
    private var wholeBody: Scheduled<Void>?

    init(head: TimeAmount, pause: TimeAmount, body: TimeAmount) {
        self.head = head
        self.pause = pause
        self.body = body
    }

    func handlerAdded(context: ChannelHandlerContext) {
        arm(context, in: head)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
        wholeBody?.cancel()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        wholeBody?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            arm(context, in: pause)
            wholeBody?.cancel()
            wholeBody = Self.closing(context, in: body)
        case .body: arm(context, in: pause)
        case .end:
            disarm()
            wholeBody?.cancel()
            wholeBody = nil
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
        timer = Self.closing(context, in: delay)
    }

    /// Closes the connection `delay` from now unless cancelled.
    private static func closing(_ context: ChannelHandlerContext, in delay: TimeAmount) -> Scheduled<Void> {
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        return context.eventLoop.scheduleTask(in: delay) { bound.value.close(promise: nil) }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }
}
