import EstateDomain
import EstateInterchange
import EstateOperations
import EstateStores
import EstateStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

@testable import EstateServer

/// A server on an in-memory embedded store holding the sample cluster, with one live token per
/// role, driven through HummingbirdTesting without a socket.
struct ServerFixture {
    let store: any StoreService
    /// The store as the server sees it: counts the server's token look-ups.
    let served: TokenLookupCounter
    let tokens: [APIRole: String]
    /// A tenant token for each of firm A and firm B, by NIB.
    let firmTokens: [String: String]
    /// A signed-in dashboard session per staff role and per firm, as the `Cookie` header's
    /// `estate_session=…` (started in the store as the sign-in form starts one).
    let sessions: [APIRole: String]
    let firmSessions: [String: String]
    let routes: [RouteSpec]
    let app: Hummingbird.Application<RouterResponder<EstateRequestContext>>

    /// The date the sample data's figures are checked on.
    static let asOf = "2026-06-30"
    /// Firm A, CV Baja Mandiri Sentosa: holds A-01, has a partnership, no application.
    static let firmA = "9120983690060"
    /// Firm B, PT Indo Mur Baut Serang: holds, has a partnership and an application.
    static let firmB = "9120838829624"

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    /// `path`: a SQLite file (a test that edits the database behind the store's back), else memory.
    init(
        publicSummary: Bool = false, path: String? = nil, sessionPolicy: SessionPolicy = SessionPolicy(),
        rateLimit: RateLimitPolicy = .unlimited, rateClock: @escaping @Sendable () -> Double = { 0 },
        trustForwardedFor: Bool = false
    ) async throws {
        store = try await StoreLocation(path.map { "sqlite:" + $0 } ?? "sqlite::memory:").open().store
        // The sample cluster and its second estate, the sentra IKM, as `estate seed` loads them.
        _ = try await EstateOperations(store: store).loadSeeds(try SeedFolders.read(path: Self.seeds), actor: "test")
        var tokens: [APIRole: String] = [:]
        for role in APIRole.allCases where role != .tenant {
            let issued = IssuedToken.generate(name: "test-\(role.rawValue)", role: role)
            try await store.createToken(issued.stored, actor: "test")
            tokens[role] = issued.text
        }
        self.tokens = tokens
        var firmTokens: [String: String] = [:]
        for nib in [Self.firmA, Self.firmB] {
            let issued = IssuedToken.generate(name: "test-tenant-\(nib)", role: .tenant, firms: [nib])
            try await store.createToken(issued.stored, actor: "test")
            firmTokens[nib] = issued.text
        }
        self.firmTokens = firmTokens
        let opened = store
        var staff: [APIRole: String] = [:]
        for (role, token) in tokens { staff[role] = try await Self.session(token, in: opened, policy: sessionPolicy) }
        sessions = staff
        var firms: [String: String] = [:]
        for (nib, token) in firmTokens { firms[nib] = try await Self.session(token, in: opened, policy: sessionPolicy) }
        firmSessions = firms
        let configuration = EstateServerConfiguration(
            storeName: "sqlite::memory:", publicSummary: publicSummary, sessions: sessionPolicy, rateLimit: rateLimit,
            rateClock: rateClock, trustForwardedFor: trustForwardedFor)
        served = TokenLookupCounter(store)
        let (router, routes) = try buildRouter(configuration: configuration, store: served)
        self.routes = routes
        var logger = Logger(label: "estate.test")
        logger.logLevel = .warning
        app = Hummingbird.Application(router: router, logger: logger)
    }

    /// Sends one request and hands back the response.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, as role: APIRole? = nil, firm: String? = nil,
        headers: HTTPFields = [:], json: String? = nil, body: String? = nil, bytes: [UInt8]? = nil
    ) async throws -> TestResponse {
        var headers = headers
        if let role { headers[.authorization] = "Bearer \(tokens[role]!)" }
        if let firm { headers[.authorization] = "Bearer \(firmTokens[firm]!)" }
        var payload: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            payload = ByteBuffer(string: json)
        } else if let body {
            payload = ByteBuffer(string: body)
        } else if let bytes {
            payload = ByteBuffer(bytes: bytes)
        }
        let request = (method, uri, headers, payload)
        return try await app.test(.router) { client in
            try await client.execute(uri: request.1, method: request.0, headers: request.2, body: request.3)
        }
    }
}

extension ServerFixture {
    /// A session started in `store` for `token` now, as `estate_session=…`.
    static func session(_ token: String, in store: any StoreService, policy: SessionPolicy) async throws -> String {
        let issued = IssuedSession.generate(
            tokenID: AccessTokens.parse(token)!.id, now: policy.clock(), lifetime: policy.lifetimeSeconds, address: nil)
        try await store.startSession(issued.stored, actor: "test")
        return "\(DashboardSession.cookieName)=\(issued.cookie)"
    }

    /// The CSRF value of the session in `cookie` (`estate_session=…`), as its pages carry it.
    func csrf(_ cookie: String) async throws -> String {
        let secret = String(cookie.split(separator: "=", maxSplits: 1)[1])
        let session = try #require(try await store.session(secretSHA256: AccessTokens.digest(secret)))
        return DashboardSession(session, key: try await store.serverKey("csrf", proposed: AccessTokens.randomKey())).csrf
    }

    /// Signs in through the sign-in form as a browser does: the page's nonce cookie and CSRF
    /// value, then the token; `headers` are added to the POST (an `Origin`, a `Sec-Fetch-Site`).
    func signIn(_ token: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        let page = try await send(.get, "/dashboard/signin")
        let nonce = try #require(page.headers[.setCookie]?.split(separator: ";").first.map(String.init))
        let csrf = try #require(DashboardFlowTests.field("signin_csrf", in: page.text))
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: nonce]
        headers.append(contentsOf: extra)
        return try await send(
            .post, "/dashboard/signin", headers: headers,
            body: DashboardRulesTests.encoded([("signin_csrf", csrf), ("token", token)]))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

extension ServerFixture {
    /// Writes a signed lease of `plot` to CV Baja Mandiri Sentosa far ahead (from `start`), so that
    /// a test has a lease that has not started whatever today is.
    func leaseAhead(plot: String = "A-04", start: String = "2031-01-01", end: String?) async throws {
        var batch = EstateBatch()
        batch.leases = [
            Sourced(
                try Lease(
                    plotCode: plot, nib: try NIB(parsing: "9120983690060"), start: try CivilDate(parsing: start, field: "start"),
                    end: try end.map { try CivilDate(parsing: $0, field: "end") }))
        ]
        _ = try await store.write(batch, actor: "test")
    }
}
