import EstateStore
import Hummingbird
import HummingbirdCore
import Logging

/// The router with every route, its roles and middleware, built on a store. Tests drive it
/// with HummingbirdTesting without a socket; `estate serve` runs it.
public func buildRouter(
    configuration: EstateServerConfiguration, store: any EstateServerStore
) throws -> (router: Router<EstateRequestContext>, routes: [RouteSpec]) {
    _ = EstateMetrics.registry
    let store = BoundedStore(store)
    let api = APISupport(store: store, configuration: configuration)
    let routes = try EstateRoutes.all(api: api, dashboard: try Dashboard(api: api))
    let router = Router(context: EstateRequestContext.self)
    router.add(middleware: ForwardedClientMiddleware(trusted: configuration.trustForwardedFor))
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: ProblemMiddleware(routes: routes.map { ($0.method, $0.path) }))
    router.add(middleware: FailedAuthenticationLimit(policy: configuration.rateLimit, clock: configuration.rateClock))
    router.add(middleware: AuthenticationMiddleware(store: store, keys: api.keys, policy: configuration.sessions))
    router.add(middleware: RateLimitMiddleware(policy: configuration.rateLimit, clock: configuration.rateClock))
    router.add(middleware: StoredDataNoticeMiddleware())
    for route in routes {
        router.on(RouterPath(route.path), method: route.method) { request, context in
            do {
                try Authorization.check(route, request: request, context: context)
            } catch let problem as Problem where route.csrf == .form && problem.kind == .unauthenticated {
                // A browser without a session goes to the sign-in page rather than a JSON error.
                return Response(status: .seeOther, headers: [.location: "/dashboard/signin"])
            } catch let problem as Problem
                where [.forbidden, .notFound, .csrf].contains(problem.kind) && ![.get, .head].contains(request.method)
            {
                // A write the caller's role, firm or session does not allow is kept in the audit
                // trail with the token that tried it (issue 17's security review).
                if let caller = context.caller {
                    try? await store.auditRefusal(
                        AuditedRefusal(
                            actor: caller.actor, action: "refuse write", subject: "\(request.method) \(request.uri.path)",
                            reason: problem.detail.english))
                }
                throw problem
            }
            return try await route.handler(request, context)
        }
    }
    return (router, routes)
}

/// The whole server: the router on the configured host and port, with graceful shutdown on
/// SIGTERM and SIGINT (Hummingbird's service group, from swift-service-lifecycle).
public func buildApplication(
    configuration: EstateServerConfiguration, store: any EstateServerStore
) throws -> some ApplicationProtocol {
    var logger = Logger(label: "estate.server")
    logger.logLevel = configuration.logLevel
    let (router, _) = try buildRouter(configuration: configuration, store: store)
    let limits = configuration.connections
    let perAddress = ConnectionsPerAddress(maximum: limits.perAddress)
    let connectionLogger = logger
    return Hummingbird.Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [
                    ConnectionsPerAddressHandler(perAddress, logger: connectionLogger),
                    RequestDeadlineHandler(
                        head: .seconds(limits.headSeconds), pause: .seconds(limits.bodySeconds),
                        body: .seconds(limits.wholeBodySeconds))
                ],
                idleTimeout: .seconds(limits.idleSeconds))),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "ClusterEstate",
            availableConnectionsDelegate: MaximumAvailableConnections(limits.maximum, logger: logger)),
        logger: logger)
}
