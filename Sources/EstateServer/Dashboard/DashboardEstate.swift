import EstateDomain
import EstateReports
import EstateStore
import Foundation
import Hummingbird

/// Which estate a dashboard page shows: `?estate=CODE`, else the store's default one. The page's
/// links and forms carry the choice on, and its header lists the estates the caller may see (the
/// switcher) with the regency summary across them for a token of every estate.
struct DashboardEstate: Sendable {
    /// The estate named by the request; nil for the one the server serves by default.
    let code: String?
    /// The code of the estate the server serves by default (the paths without `?estate=`).
    var served: String? = nil
    /// The estates the caller may see, the default first.
    let choices: [EstateListing]
    /// Whether the caller may see the summary across every estate.
    let regencyWide: Bool

    @TaskLocal static var current: DashboardEstate?

    /// `estate=CODE` for a link's query when an estate is named, else empty.
    var query: String { code.map { "estate=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"])) ?? $0)" } ?? "" }

    /// `path` with the estate's query added.
    func link(_ path: String) -> String {
        guard !query.isEmpty else { return path }
        return path + (path.contains("?") ? "&" : "?") + query
    }

    /// The base of the estate's API paths: `/api/v1` or `/api/v1/estates/CODE`.
    var apiBase: String { code.map { "/api/v1/estates/\($0)" } ?? "/api/v1" }

    /// A dashboard route that shows the estate `?estate=` names (refused 403 to a token limited
    /// to other estates, 404 for a code no estate has), or the default one.
    static func route(_ route: RouteSpec, api: APISupport) -> RouteSpec {
        let handler = route.handler
        // Signing out is always allowed, whatever the token's estates.
        guard route.path != "/dashboard/signout" else { return route }
        return route.serving { request, context in
            let all = try await api.baseStore.estates()
            let choices = all.filter { context.caller?.allows(estate: $0.code) ?? true }
            let served = all.first { $0.id == api.baseStore.estateID }?.code
            let named: String? = request.uri.queryParameters.get("estate").map { String($0) }
            let chosen = DashboardEstate(
                code: named.map { (try? EstateCode.normalise($0, field: "estate")) ?? $0 }, served: served,
                choices: choices,
                // The regency summary is for staff of every estate, never for a firm's account.
                regencyWide: context.caller?.estates == nil && (context.caller?.role ?? .viewer) >= .regency)
            return try await $current.withValue(chosen) {
                guard let named else {
                    try await api.requireDefaultEstate(context.caller)
                    return try await handler(request, context)
                }
                return try await api.inEstate(named, caller: context.caller) { try await handler(request, context) }
            }
        }
    }

    /// The switcher: a link per estate (the current one marked) and, regency-wide, the summary.
    func switcher(_ language: Language) -> String {
        guard choices.count > 1 || !regencyWide else { return "" }
        let current = code ?? served
        let links = choices.map { estate in
            let mark = estate.code == current ? " class=\"current\" aria-current=\"page\"" : ""
            let href = estate.code == served ? "/" : "/?estate=\(estate.code)"
            return "<a href=\"\(href)\"\(mark)>\(ReportHTMLRenderer.escaped(estate.code))</a>"
        }
        let regency =
            regencyWide
            ? ["<a href=\"/api/v1/reports/regency?format=html\">"
                + (language == .indonesian ? "Ringkasan kabupaten" : "Regency summary") + "</a>"]
            : []
        return "<p class=\"estates\">" + (language == .indonesian ? "Kawasan: " : "Estates: ")
            + (links + regency).joined(separator: " · ") + "</p>"
    }

}
