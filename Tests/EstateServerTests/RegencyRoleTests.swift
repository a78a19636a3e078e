import HTTPTypes
import Testing

@testable import EstateServer

/// The regency office's role (`regency`, the Dinas Perindustrian's token), route by route: it
/// reads the business forum, the estates, their map, the partnerships and the reports without
/// money or papers; every route about a firm's own invoices, payments, documents, declarations,
/// applications or lease is refused to it, as is every write.
@Suite("the regency office's role")
struct RegencyRoleTests {
    static let nib = ServerFixture.firmA
    static let date = "as_of=\(ServerFixture.asOf)"

    static let readable = [
        "/api/v1/forum/report?year=2026", "/api/v1/forum/outcomes", "/api/v1/forums", "/api/v1/forum/matches?\(date)",
        "/api/v1/forum/industries", "/api/v1/forum/needs", "/api/v1/forum/capabilities/\(nib)",
        "/api/v1/partnerships?\(date)", "/api/v1/plots?\(date)", "/api/v1/plots.geojson?\(date)", "/api/v1/estates",
        "/api/v1/estates/KAWASAN-1", "/api/v1/estates/KAWASAN-1/plots.geojson?\(date)",
        "/api/v1/reports/occupancy?\(date)", "/api/v1/reports/employment?\(date)", "/api/v1/reports/partnerships?\(date)",
        "/api/v1/reports/regency?\(date)", "/api/v1/reports/occupancy?\(date)&format=html",
        "/api/v1/public/summary?\(date)", "/api/v1/rules",
    ]

    static let closed = [
        "/api/v1/invoices", "/api/v1/payments", "/api/v1/documents", "/api/v1/expiring-documents",
        "/api/v1/tenants?\(date)", "/api/v1/tenants/\(nib)?\(date)", "/api/v1/firms/\(nib)", "/api/v1/applications",
        "/api/v1/waitlist?\(date)", "/api/v1/declaration-submissions", "/api/v1/leases?\(date)",
        "/api/v1/tenants/\(nib)/statement", "/api/v1/tenants/\(nib)/eligibility?\(date)", "/api/v1/eligibility?\(date)",
        "/api/v1/exports/tenants", "/api/v1/plots/A-01?\(date)",
        "/api/v1/reports/arrears?\(date)", "/api/v1/reports/eligibility?\(date)", "/api/v1/reports/expiring?\(date)",
        "/api/v1/reports/vacancy?\(date)", "/api/v1/reports/expansion?\(date)&format=csv&section=waitlist",
        "/api/v1/estates/KAWASAN-1/invoices",
    ]

    @Test("reads the forum, the map and the reports without money or papers", arguments: readable)
    func reads(_ uri: String) async throws {
        let server = try await ServerFixture()
        let response = try await server.send(.get, uri, as: .regency)
        #expect(response.status == .ok, "\(uri): \(response.status) \(response.text.prefix(300))")
    }

    @Test("is refused every firm's own records and the reports that show them", arguments: closed)
    func refused(_ uri: String) async throws {
        let server = try await ServerFixture()
        let response = try await server.send(.get, uri, as: .regency)
        #expect(response.status == .forbidden, "\(uri): \(response.status) \(response.text.prefix(300))")
        // The viewer, one role up, reads each of them.
        #expect(try await server.send(.get, uri, as: .viewer).status == .ok, "\(uri) as a viewer")
    }

    @Test("the occupancy JSON gives it the counts of leases ending and of firms out of the rules, not the firms")
    func occupancyWithoutFirms() async throws {
        let server = try await ServerFixture()
        let uri = "/api/v1/reports/occupancy?as_of=2026-11-30"
        let viewer = try await server.send(.get, uri, as: .viewer)
        let regency = try await server.send(.get, uri, as: .regency)
        let named = try #require(viewer.object["expiring_leases"] as? [[String: Any]])
        let outOfRules = try #require(viewer.object["tenants_out_of_rules"] as? [[String: Any]])
        #expect(!named.isEmpty && !outOfRules.isEmpty, "the sample has both on the day, so the test can see them left out")
        #expect(regency.object["expiring_leases"] == nil && regency.object["tenants_out_of_rules"] == nil, "\(regency.text.prefix(400))")
        #expect(regency.object["expiring_leases_count"] as? Int == named.count)
        #expect(regency.object["tenants_out_of_rules_count"] as? Int == outOfRules.count)
        for entry in named + outOfRules {
            #expect(!regency.text.contains(entry["nib"] as? String ?? "-"), "a firm named: \(entry)")
        }
        #expect(regency.object["total"] != nil && regency.object["waitlist"] != nil, "the estate's figures stay")
    }

    @Test("a refused report names the ones it may read, in the caller's language")
    func reportRefusal() async throws {
        let server = try await ServerFixture()
        let english = try await server.send(.get, "/api/v1/reports/arrears?\(Self.date)", as: .regency)
        #expect(english.text.contains("occupancy, employment, partnerships, regency"), "\(english.text)")
        let indonesian = try await server.send(
            .get, "/api/v1/reports/arrears?\(Self.date)", as: .regency, headers: [.acceptLanguage: "id"])
        #expect(indonesian.text.contains("peran regency membaca"), "\(indonesian.text)")
    }

    @Test("writes nothing: a forum outcome, a need, a firm are refused")
    func writes() async throws {
        let server = try await ServerFixture()
        let before = try await server.store.version()
        for (path, body) in [
            ("/api/v1/forum/needs", #"{"industry": "9130100000011"}"#), ("/api/v1/tenants", "{}"),
            ("/api/v1/forums/FORUM-2026-11/outcomes", "{}"), ("/api/v1/tenants/\(Self.nib)/partnerships", "{}"),
        ] {
            let response = try await server.send(.post, path, as: .regency, json: body)
            #expect(response.status == .forbidden, "\(path): \(response.status)")
        }
        #expect(try await server.store.version() == before)
    }

    @Test("on the dashboard: the estate's occupancy without the firms' sections, the forum without forms, no money page")
    func dashboard() async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.regency]!); lang=en"
        let home = try await server.send(.get, "/?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(home.status == .ok)
        #expect(home.text.contains("Estate overview") && home.text.contains("reports/occupancy?format=csv"))
        for hidden in ["id=\"alerts\"", "id=\"waitlist\"", "id=\"tenants\"", "/dashboard/tenants/", "/dashboard/plots/",
            "reports/arrears", "reports/eligibility", "reports/expiring", "/dashboard/money"]
        {
            #expect(!home.text.contains(hidden), "the regency office's overview shows \(hidden)")
        }
        #expect(home.text.contains("/dashboard/forum"), "the forum is in its menu")
        // A viewer's overview has them all: the test above is not blind.
        let viewer = try await server.send(
            .get, "/?as_of=\(ServerFixture.asOf)", headers: [.cookie: "\(server.sessions[.viewer]!); lang=en"])
        for shown in ["id=\"alerts\"", "id=\"waitlist\"", "id=\"tenants\"", "/dashboard/tenants/", "reports/arrears"] {
            #expect(viewer.text.contains(shown), "a viewer's overview lacks \(shown)")
        }
        let forum = try await server.send(.get, "/dashboard/forum?year=2026", headers: [.cookie: cookie])
        #expect(forum.status == .ok)
        #expect(forum.text.contains("FORUM-2026-11"))
        #expect(!forum.text.contains("/dashboard/forum/outcomes"), "no officer's form")
        #expect(!forum.text.contains("/dashboard/money"), "no link to a page it cannot open")
        #expect(try await server.send(.get, "/dashboard/money", headers: [.cookie: cookie]).status == .forbidden)
        #expect(try await server.send(.get, "/dashboard/tenants/\(Self.nib)", headers: [.cookie: cookie]).status == .forbidden)
    }
}
