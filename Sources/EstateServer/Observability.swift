import CoreMetrics
import EstateStore
import Foundation
import HTTPTypes
import Hummingbird
import Metrics
import Prometheus

/// The process's Prometheus registry, bootstrapped as the swift-metrics backend once per
/// process, so that Hummingbird's request counters and latency timers (by route, method and
/// status) and the store error counter all appear at `/metrics`.
public enum EstateMetrics {
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// Counts a store refusal or failure by its class.
    static func storeError(_ error: StoreError) {
        let kind: String
        switch error {
        case .plotAlreadyLeased: kind = "plot_already_leased"
        case .exists: kind = "exists"
        case .notFound: kind = "not_found"
        case .constraint: kind = "constraint"
        case .migrationChanged, .migrationsPending: kind = "migrations"
        case .unavailable: kind = "unavailable"
        case .busy: kind = "busy"
        case .inconsistent: kind = "inconsistent"
        case .refused: kind = "refused"
        case .proposalChanged: kind = "proposal_changed"
        case .many: kind = "many"
        }
        Counter(label: "estate_store_errors_total", dimensions: [("kind", kind)]).increment()
    }
}

/// `/healthz`, `/readyz`, `/metrics`.
struct HealthRoutes: Sendable {
    let api: APISupport

    struct Health: Encodable, Sendable {
        let status: String
        let store: String?
    }

    func healthz(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try api.json(Health(status: "ok", store: nil))
    }

    /// 200 when the store answers a query; 503 with Retry-After when it does not.
    func readyz(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        do {
            try await api.store.ping()
        } catch let error as StoreError {
            // The reason goes to the log; this route is public.
            EstateMetrics.storeError(error)
            context.logger.error("store not ready: \(error)")
            throw Problem(
                .storeUnavailable, "Basis data tidak menjawab; coba lagi sebentar lagi.",
                "The store does not answer; try again shortly.", retryAfter: 5)
        }
        // The engine only: this route is public, and a location (a file path, a host and port) is
        // not for anonymous callers (issue 17's security review).
        let engine = api.configuration.storeName.split(separator: ":").first.map(String.init) ?? "unknown"
        return try api.json(Health(status: "ready", store: engine))
    }

    func metrics(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        APISupport.text(
            EstateMetrics.registry.emitToString(), type: "text/plain; version=0.0.4; charset=utf-8")
    }
}

/// Puts the request id on every response (`X-Request-Id`), the one in the logs.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.requestID] = context.id
        return response
    }
}
