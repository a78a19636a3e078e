import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// Issue 17's security review, the headers finding: every answer carries `nosniff` and a
/// `Referrer-Policy`; HTML a Content-Security-Policy with no script; the API `no-store`.
@Suite("security headers on every answer")
struct SecurityHeadersTests {
    @Test(
        "JSON, CSV, HTML reports, dashboard pages, problems and probes",
        arguments: [
            ("/api/v1/plots", true, false), ("/api/v1/reports/occupancy?format=csv", true, false),
            ("/api/v1/reports/occupancy?format=html", true, true), ("/api/v1/plots/Z-99", true, false),
            ("/api/v1/no-such-route", true, false), ("/dashboard/signin", false, true), ("/healthz", false, false),
        ])
    func headers(path: String, api: Bool, html: Bool) async throws {
        let server = try await ServerFixture()
        let response = try await server.send(.get, path, as: .viewer)
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
        #expect(response.headers[.referrerPolicy] == "no-referrer", "\(path)")
        #expect((response.headers[.cacheControl] == "no-store") == api, "\(path): \(response.headers[.cacheControl] ?? "none")")
        let policy = response.headers[.contentSecurityPolicy]
        #expect((policy != nil) == html, "\(path): \(policy ?? "no policy")")
        if let policy { #expect(policy.contains("default-src 'none'") && !policy.contains("script-src"), "\(path)") }
    }
}
