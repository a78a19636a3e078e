import EstateStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The estates over HTTP: `/api/v1/estates`, and every estate-scoped route under
/// `/api/v1/estates/{estate}/…` answering for that estate while `/api/v1/…` answers for the
/// default one.
@Suite("HTTP: routes per estate")
struct EstateRoutesTests {
    @Test("the estate list and one estate; an unknown or malformed code is a 404 listing the codes")
    func list() async throws {
        let server = try await ServerFixture()
        let list = try await server.send(.get, "/api/v1/estates", as: .viewer)
        #expect(list.status == .ok)
        let estates = try #require(list.object["estates"] as? [[String: Any]])
        #expect(estates.compactMap { $0["code"] as? String } == ["KAWASAN-1", "SENTRA-SETU"])
        let one = try await server.send(.get, "/api/v1/estates/sentra-setu", as: .viewer)
        #expect(one.status == .ok)
        #expect(one.object["plots"] as? Int == 8)
        for code in ["SENTRA-LAIN", "bad code!", "-X"] {
            let path = "/api/v1/estates/\(code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)/plots"
            let missing = try await server.send(.get, path, as: .viewer, headers: [.acceptLanguage: "en"])
            #expect(missing.status == .notFound, "\(code): \(missing.status)")
            #expect(missing.text.contains("KAWASAN-1") && missing.text.contains("SENTRA-SETU"), "\(code)")
        }
    }

    @Test("a plot code in both estates: each path answers with its estate's plot and lease")
    func samePlotCode() async throws {
        let server = try await ServerFixture()
        let query = "?as_of=2026-11-22"
        let cluster = try await server.send(.get, "/api/v1/plots/A-01\(query)", as: .viewer)
        let sentra = try await server.send(.get, "/api/v1/estates/SENTRA-SETU/plots/A-01\(query)", as: .viewer)
        let named = try await server.send(.get, "/api/v1/estates/KAWASAN-1/plots/A-01\(query)", as: .viewer)
        #expect([cluster.status, sentra.status, named.status] == [.ok, .ok, .ok])
        #expect(cluster.text == named.text, "the default estate answers the same by its code")
        #expect(cluster.text.contains("300") && !cluster.text.contains("9120600000019"))
        #expect(sentra.text.contains("9120600000019"), "the sentra's A-01 is leased to its own firm")
        let plots = try await server.send(.get, "/api/v1/estates/SENTRA-SETU/plots\(query)", as: .viewer)
        #expect(plots.object["total"] as? Int == 8)
    }

    @Test("a write under an estate's path writes to that estate only")
    func writeInEstate() async throws {
        let server = try await ServerFixture()
        let plot = #"{"code": "S-99", "phase": 1, "area_m2": "100"}"#
        let made = try await server.send(.post, "/api/v1/estates/SENTRA-SETU/plots", as: .admin, json: plot)
        #expect(made.status == .created, "\(made.text)")
        let listings = try await server.store.estates()
        let sentra = try #require(listings.first { $0.code == "SENTRA-SETU" })
        #expect(try await server.store.scoped(to: sentra).loadEstate()?.plots.contains { $0.code == "S-99" } == true)
        #expect(try await server.store.loadEstate()?.plots.contains { $0.code == "S-99" } == false)
        let regency = try await server.send(.get, "/api/v1/reports/regency?as_of=2026-11-22", as: .viewer)
        #expect(regency.status == .ok)
        #expect((regency.object["estates"] as? [[String: Any]])?.count == 2)
    }
}

/// A token limited to one estate, route by route: every route about another estate answers 403,
/// every route about its own estate lets it through as its role allows.
@Suite("HTTP: a token limited to one estate")
struct EstateTokenLimitTests {
    @Test("an admin token limited to SENTRA-SETU: 403 on every route of the default estate and of KAWASAN-1")
    func matrix() async throws {
        let server = try await ServerFixture()
        let issued = IssuedToken.generate(name: "sentra-admin", role: .admin, estates: ["SENTRA-SETU"])
        try await server.store.createToken(issued.stored, actor: "test")
        let bearer: HTTPFields = [.authorization: "Bearer \(issued.text)"]
        var checked = 0
        for route in server.routes where route.isAPI && route.path.hasPrefix("/api/v1/") {
            let label = "\(route.method) \(route.path)"
            let scopedToEstate = route.path.hasPrefix("/api/v1/estates/{estate}/")
            let aboutDefault = !route.path.hasPrefix("/api/v1/estates") && !route.path.hasPrefix("/api/v1/firms")
            if aboutDefault || scopedToEstate {
                let other = RoleMatrixTests.uri(route.path).replacingOccurrences(of: "SENTRA-SETU", with: "KAWASAN-1")
                let refused = try await server.send(route.method, other, headers: bearer)
                #expect(refused.status == .forbidden, "\(label) for KAWASAN-1: \(refused.status)")
                checked += 1
            }
            if scopedToEstate {
                let own = RoleMatrixTests.uri(route.path).replacingOccurrences(of: "KAWASAN-1", with: "SENTRA-SETU")
                let response = try await server.send(route.method, own, headers: bearer)
                #expect(![401, 403, 500].contains(response.status.code), "\(label) for SENTRA-SETU: \(response.status)")
            }
        }
        #expect(checked >= 30)
        // The regency view across estates needs a token for every estate, by either path.
        for path in ["/api/v1/reports/regency", "/api/v1/estates/SENTRA-SETU/reports/regency"] {
            #expect(try await server.send(.get, path, headers: bearer).status == .forbidden, "\(path)")
        }
        #expect(try await server.send(.get, "/api/v1/estates/KAWASAN-1", headers: bearer).status == .forbidden)
        // The estate names its book and its officers: this admin, and the fixture's store-wide
        // officer and admin, never a viewer.
        let shown = try await server.send(.get, "/api/v1/estates/SENTRA-SETU", headers: bearer)
        #expect(shown.status == .ok)
        #expect(shown.object["rule_book"] as? String == "SENTRA-SETU")
        let officers = (shown.object["officers"] as? [[String: Any]]) ?? []
        #expect(
            officers.map { "\($0["name"] ?? "") \($0["role"] ?? "") \($0["every_estate"] ?? "")" }.sorted()
                == ["sentra-admin admin 0", "test-admin admin 1", "test-officer officer 1"], "NSNumber booleans print as 0 and 1")
        let cluster = try await server.send(.get, "/api/v1/estates/KAWASAN-1", as: .viewer)
        #expect(cluster.object.keys.contains("rule_book") && cluster.object["rule_book"] is NSNull)
        // The estate list shows only its estate.
        let list = try await server.send(.get, "/api/v1/estates", headers: bearer)
        #expect((list.object["estates"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["SENTRA-SETU"])
        // A regency-wide viewer reads both and the regency report.
        let viewer = try await server.send(.get, "/api/v1/reports/regency?as_of=2026-11-22", as: .viewer)
        #expect(viewer.status == .ok)
    }
}

/// The dashboard per estate: `?estate=` picks the estate, the switcher lists those the caller may
/// see, and the links carry the choice on.
@Suite("Dashboard: the estate switcher")
struct DashboardEstateTests {
    @Test("the overview of the sentra, its switcher and its links; refused to a token of the other estate")
    func switcher() async throws {
        let server = try await ServerFixture()
        let page = try await server.send(
            .get, "/?estate=sentra-setu&as_of=2026-11-22&lang=en", as: .viewer)
        #expect(page.status == .ok)
        #expect(page.text.contains("Sentra IKM Logam Setu"))
        #expect(page.text.contains("<p class=\"estates\">Estates: <a href=\"/\">KAWASAN-1</a>"))
        #expect(page.text.contains("aria-current=\"page\">SENTRA-SETU</a>"))
        #expect(page.text.contains("/dashboard/tenants/9120600000019?estate=SENTRA-SETU"))
        #expect(page.text.contains("/api/v1/estates/SENTRA-SETU/reports/occupancy?format=csv"))
        #expect(page.text.contains("/api/v1/reports/regency?format=html"))
        let home = try await server.send(.get, "/?as_of=2026-11-22&lang=en", as: .viewer)
        #expect(home.text.contains("Kluster IKM Logam Bekasi") && !home.text.contains("9120983690060?estate="))
        let limited = IssuedToken.generate(name: "cluster-only", role: .viewer, estates: ["KAWASAN-1"])
        try await server.store.createToken(limited.stored, actor: "test")
        let bearer: HTTPFields = [.authorization: "Bearer \(limited.text)"]
        #expect(try await server.send(.get, "/?estate=SENTRA-SETU", headers: bearer).status == .forbidden)
        let own = try await server.send(.get, "/?as_of=2026-11-22&lang=en", headers: bearer)
        #expect(own.status == .ok)
        #expect(!own.text.contains("Regency summary"), "a token of one estate sees no summary across estates")
        #expect(try await server.send(.get, "/?estate=NOPE", as: .viewer).status == .notFound)
        // A token of the sentra only: the default pages are refused, signing in lands on the sentra.
        let sentraOnly = IssuedToken.generate(name: "sentra-only", role: .viewer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(sentraOnly.stored, actor: "test")
        let sentraBearer: HTTPFields = [.authorization: "Bearer \(sentraOnly.text)"]
        #expect(try await server.send(.get, "/", headers: sentraBearer).status == .forbidden)
        #expect(try await server.send(.get, "/dashboard/allocation", headers: sentraBearer).status == .forbidden)
        let signIn = try await server.signIn(sentraOnly.text)
        #expect(signIn.headers[.location] == "/?estate=SENTRA-SETU", "\(signIn.status)")
    }
}

/// One firm across the estates over HTTP: its leases in one, its application in the other, its
/// plot allowance counted per estate, and a limited token seeing its own estate's part only.
@Suite("HTTP: a firm across estates")
struct FirmRoutesTests {
    @Test("CV Baja Mandiri Sentosa: a tenant of the cluster, an applicant in the sentra")
    func firm() async throws {
        let server = try await ServerFixture()
        let response = try await server.send(.get, "/api/v1/firms/9120983690060?as_of=2026-11-22", as: .viewer)
        #expect(response.status == .ok)
        let estates = try #require(response.object["estates"] as? [[String: Any]])
        #expect(estates.compactMap { $0["code"] as? String } == ["KAWASAN-1", "SENTRA-SETU"])
        #expect((estates[0]["leases"] as? [Any])?.isEmpty == false)
        #expect((estates[0]["plots_held"] as? Int ?? 0) >= 1)
        #expect((estates[1]["leases"] as? [Any])?.isEmpty == true)
        #expect((estates[1]["applications"] as? [[String: Any]])?.first?["submitted_on"] as? String == "2026-06-01")
        #expect(estates[1]["plots_held"] as? Int == 0, "the cluster's leases do not count in the sentra")
        #expect(try await server.send(.get, "/api/v1/firms/9120000000000", as: .viewer).status == .notFound)
        #expect(try await server.send(.get, "/api/v1/firms/12", as: .viewer).status.code == 422)
        let limited = IssuedToken.generate(name: "sentra-view", role: .viewer, estates: ["SENTRA-SETU"])
        try await server.store.createToken(limited.stored, actor: "test")
        let seen = try await server.send(
            .get, "/api/v1/firms/9120983690060", headers: [.authorization: "Bearer \(limited.text)"])
        #expect((seen.object["estates"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["SENTRA-SETU"])
    }
}
