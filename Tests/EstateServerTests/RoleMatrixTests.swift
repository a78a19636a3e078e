import EstateAPIDocument
import EstateStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EstateServer

/// Every route × {no token, tenant of firm A, viewer, officer, admin}: a caller below the route's
/// role is refused (401 without a token, 403 with too small a role or a route closed to firms' accounts,
/// a redirect to sign-in for dashboard pages),
/// and a caller with the role gets past authorisation (whatever the handler then says about the
/// empty request). Requests carry no body, so no write succeeds.
@Suite("route × role matrix")
struct RoleMatrixTests {
    /// A concrete URI for a route's path, with real values from the sample data.
    static func uri(_ path: String) -> String {
        path.replacingOccurrences(of: "{code}", with: "A-01").replacingOccurrences(of: "{plot}", with: "A-01")
            .replacingOccurrences(of: "{nib}", with: "9120983690060").replacingOccurrences(of: "{fiscal_year}", with: "2025")
            .replacingOccurrences(of: "{kind}", with: "occupancy").replacingOccurrences(of: "{estate}", with: "KAWASAN-1")
            .replacingOccurrences(of: "{series}", with: "INV").replacingOccurrences(of: "{issuer}", with: "KAWASAN-1")
            .replacingOccurrences(of: "{year}", with: "2026").replacingOccurrences(of: "{sequence}", with: "00001")
            .replacingOccurrences(of: "{period}", with: "2026-11").replacingOccurrences(of: "{id}", with: "1")
            + "?as_of=\(ServerFixture.asOf)"
    }

    @Test("every declared role is enforced for every caller", arguments: [false, true])
    func matrix(publicSummary: Bool) async throws {
        let server = try await ServerFixture(publicSummary: publicSummary)
        #expect(server.routes.count >= 30)
        let versionBefore = try await server.store.version()
        for route in server.routes {
            for caller in [nil] + APIRole.allCases.map(Optional.some) {
                // The tenant is firm A's account; the URIs name firm A's records.
                let response = try await server.send(
                    route.method, Self.uri(route.path), as: caller == .tenant ? nil : caller,
                    firm: caller == .tenant ? ServerFixture.firmA : nil)
                let label = "\(route.method) \(route.path) as \(caller?.rawValue ?? "anonymous")"
                let status = response.status.code
                switch (route.role, caller) {
                case (nil, _) where route.method == .post && route.path == "/dashboard/signin":
                    // Sign-in has its own CSRF value: a bare POST, without the form's, is refused.
                    #expect(status == 403, "\(label): \(status)")
                case (nil, _):
                    #expect(![401, 403].contains(status), "\(label) is public but answered \(status)")
                case (.some, .tenant?) where route.tenant == .refused:
                    #expect(status == 403, "\(label): \(status) \(response.text)")
                case (.some, .tenant?):
                    #expect(![401, 403, 500].contains(status), "\(label): \(status) \(response.text)")
                case (.some, nil) where route.csrf == .form:
                    #expect(status == 303, "\(label): \(status)")
                    #expect(response.headers[.location] == "/dashboard/signin", "\(label)")
                case (.some, nil):
                    #expect(status == 401, "\(label): \(status)")
                    #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"estate\"", "\(label)")
                case (.some(let needed), .some(let role)) where role < needed:
                    #expect(status == 403, "\(label): \(status) \(response.text)")
                default:
                    #expect(![401, 403].contains(status), "\(label): \(status) \(response.text)")
                    #expect(status != 500, "\(label): \(status) \(response.text)")
                }
            }
        }
        #expect(try await server.store.version() == versionBefore, "a request without a body wrote something")
    }

    @Test("the public summary is open only when switched on, and carries no tenant data")
    func publicSummary() async throws {
        let closed = try await ServerFixture(publicSummary: false)
        #expect(try await closed.send(.get, "/api/v1/public/summary").status == .unauthorized)
        let open = try await ServerFixture(publicSummary: true)
        let response = try await open.send(.get, "/api/v1/public/summary?as_of=\(ServerFixture.asOf)")
        #expect(response.status == .ok)
        #expect(response.object["total"] != nil)
        #expect(!response.text.contains("9120983690060"))
        #expect(!response.text.contains("Baja Mandiri"))
    }

    @Test("a malformed, unknown or revoked token is refused even on public routes (but not on probes)")
    func badTokens() async throws {
        let server = try await ServerFixture()
        for header in ["Bearer nonsense", "Basic abc", "Bearer ce_abcdefghij_" + String(repeating: "x", count: 43)] {
            let response = try await server.send(.get, "/openapi.json", headers: [.authorization: header])
            #expect(response.status == .unauthorized, "\(header)")
        }
        let probe = try await server.send(.get, "/healthz", headers: [.authorization: "Bearer stale"])
        #expect(probe.status == .ok)
        let viewer = server.tokens[.viewer]!
        #expect(try await server.store.revokeToken("test-viewer", actor: "test"))
        let revoked = try await server.send(
            .get, "/api/v1/plots", headers: [.authorization: "Bearer \(viewer)"])
        #expect(revoked.status == .unauthorized)
        // Tampering with one character of the secret is refused.
        var tampered = Array(server.tokens[.admin]!)
        tampered[tampered.count - 1] = tampered.last == "a" ? "b" : "a"
        let response = try await server.send(
            .get, "/api/v1/plots", headers: [.authorization: "Bearer \(String(tampered))"])
        #expect(response.status == .unauthorized)
    }

    @Test("a token the server already knows is refused once revoked elsewhere: its write, refusal and read all answer 401")
    func revokedWhileKept() async throws {
        let server = try await ServerFixture()
        var kept: [String: String] = [:]
        for (name, role) in [("write", APIRole.officer), ("bad-input", .officer), ("read", .viewer), ("no-role", .viewer)] {
            let issued = IssuedToken.generate(name: "kept-\(name)", role: role)
            try await server.store.createToken(issued.stored, actor: "test")
            kept[name] = issued.text
            // First use: verified with the store and kept by the server.
            let first = try await server.send(.get, "/api/v1/plots", headers: [.authorization: "Bearer \(issued.text)"])
            #expect(first.status == .ok)
        }
        let firm = #"{"nib": "9700000000555", "name": "CV Sesudah Cabut", "npwp": "030000000000555", "kbli": ["25920"]}"#
        let lookups = server.served.lookups
        let made = try await server.send(
            .post, "/api/v1/tenants", headers: [.authorization: "Bearer \(kept["write"]!)"],
            json: firm.replacingOccurrences(of: "555", with: "554").replacingOccurrences(of: "Sesudah", with: "Sebelum"))
        #expect(made.status == .created, "a kept, live token writes")
        #expect(server.served.lookups == lookups, "the kept token was looked up again: the write did not use the kept one")
        // Revoked by another process (the CLI): the server's memory is not told.
        for name in kept.keys { #expect(try await server.store.revokeToken("kept-\(name)", actor: "cli")) }

        let write = try await server.send(
            .post, "/api/v1/tenants", headers: [.authorization: "Bearer \(kept["write"]!)"], json: firm)
        #expect(write.status == .unauthorized)
        #expect(server.served.lookups == lookups, "the write's own transaction refused the kept token, no look-up")
        let stored = try #require(try await server.store.loadEstate())
        #expect(!stored.tenants.contains { $0.legalName == "CV Sesudah Cabut" }, "the refused write was made")
        #expect(stored.tenants.contains { $0.nib.digits == "9700000000554" }, "the live token's write was made")
        let badInput = try await server.send(
            .post, "/api/v1/tenants", headers: [.authorization: "Bearer \(kept["bad-input"]!)"], json: #"{"nib": "12"}"#)
        #expect(badInput.status == .unauthorized, "a revoked token learns nothing from a validation answer")
        let read = try await server.send(.get, "/api/v1/plots", headers: [.authorization: "Bearer \(kept["read"]!)"])
        #expect(read.status == .unauthorized)
        #expect(server.served.lookups == lookups + 2, "a refusal and a read are each verified before they are answered")
        let noRole = try await server.send(
            .post, "/api/v1/tenants", headers: [.authorization: "Bearer \(kept["no-role"]!)"], json: firm)
        #expect(noRole.status == .unauthorized, "401 for the revoked token, not 403 for its old role")
    }

    @Test("every API route is in the OpenAPI document and the document has no route the server lacks")
    func openAPICoverage() async throws {
        let server = try await ServerFixture()
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try APIDocument.load().json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(
            paths.flatMap { path, operations in
                operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }.map {
                    "\($0.uppercased()) \(path)"
                }
            })
        let served = Set(server.routes.filter(\.isAPI).map { "\($0.method.rawValue) \($0.path)" })
        #expect(served.subtracting(documented).isEmpty, "undocumented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "not served: \(documented.subtracting(served).sorted())")
        // Each operation's x-required-role is the role the server enforces.
        for route in server.routes where route.isAPI {
            let operation = paths[route.path]?[route.method.rawValue.lowercased()] as? [String: Any]
            #expect(
                operation?["x-required-role"] as? String == route.role?.rawValue ?? "none",
                "\(route.method) \(route.path): document \(operation?["x-required-role"] ?? "nil"), server \(route.role?.rawValue ?? "none")"
            )
            #expect(
                operation?["x-tenant-access"] as? String ?? "refused" == route.tenant.rawValue,
                "\(route.method) \(route.path): x-tenant-access \(operation?["x-tenant-access"] ?? "nil"), server \(route.tenant)")
        }
        // The router holds exactly the declared table.
        let (router, routes) = try buildRouter(
            configuration: EstateServerConfiguration(storeName: "test"), store: server.store)
        let registered = Set(router.routes.map { "\($0.method.rawValue) \($0.path)" })
        #expect(registered == Set(routes.map { "\($0.method.rawValue) \(RouterPath($0.path))" }))
    }
}
