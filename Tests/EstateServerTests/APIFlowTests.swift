import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EstateServer

@Suite("API behaviour")
struct APIFlowTests {
    let asOf = ServerFixture.asOf

    @Test("lists paginate and reads match the store")
    func pagination() async throws {
        let server = try await ServerFixture()
        let all = try await server.send(.get, "/api/v1/plots?as_of=\(asOf)&limit=500", as: .viewer)
        let total = try #require(all.object["total"] as? Int)
        #expect(total == 28)
        let page = try await server.send(.get, "/api/v1/plots?as_of=\(asOf)&limit=5&offset=25", as: .viewer)
        #expect((page.object["items"] as? [Any])?.count == 3)
        #expect(page.object["offset"] as? Int == 25)
        for bad in ["limit=0", "limit=501", "offset=-1", "limit=x"] {
            let response = try await server.send(.get, "/api/v1/plots?\(bad)", as: .viewer)
            #expect(response.status == .unprocessableContent, "\(bad)")
            #expect(response.headers[.contentType] == "application/problem+json")
        }
        let leased = try await server.send(.get, "/api/v1/plots?as_of=\(asOf)&status=leased&limit=500", as: .viewer)
        #expect(
            (leased.object["items"] as? [[String: Any]])?.allSatisfy { $0["status"] as? String == "leased" } == true)
    }

    @Test("a write by another process (another instance) is seen on the next read")
    func cacheFollowsTheStore() async throws {
        let server = try await ServerFixture()
        let first = try await server.send(.get, "/api/v1/plots?limit=500", as: .viewer)
        #expect(first.object["total"] as? Int == 28)
        var batch = EstateBatch()
        batch.plots = [Sourced(try Plot(code: "B-77", phase: 2, area: try Area(parsing: "100", field: "area")))]
        _ = try await server.store.write(batch, actor: "elsewhere")
        let second = try await server.send(.get, "/api/v1/plots?limit=500", as: .viewer)
        #expect(second.object["total"] as? Int == 29)
    }

    @Test("exports and validation read through the snapshot cache: asked for in a loop, the estate is loaded once")
    func exportsAndValidationAreCached() async throws {
        let server = try await ServerFixture()
        let first = try await server.send(.get, "/api/v1/validation?as_of=\(asOf)", as: .viewer)
        #expect(first.status == .ok)
        let loads = server.served.estateLoads
        for _ in 0..<5 {
            for path in ["/api/v1/validation?as_of=\(asOf)", "/api/v1/exports/plots", "/api/v1/exports/tenants"] {
                #expect(try await server.send(.get, path, as: .viewer).status == .ok, "\(path)")
            }
        }
        #expect(server.served.estateLoads == loads, "\(server.served.estateLoads - loads) reloads for 15 reads")
        // A write moves the version: the next export answers from the new estate, loaded once.
        var batch = EstateBatch()
        batch.plots = [Sourced(try Plot(code: "B-77", phase: 2, area: try Area(parsing: "100", field: "area")))]
        _ = try await server.store.write(batch, actor: "elsewhere")
        let export = try await server.send(.get, "/api/v1/exports/plots", as: .viewer)
        #expect(export.text.contains("B-77"))
        #expect(server.served.estateLoads == loads + 1)
    }

    @Test("a list page evaluates its own tenants: pages joined are the whole list")
    func tenantPagesJoin() async throws {
        let server = try await ServerFixture()
        for list in ["tenants", "eligibility"] {
            let whole = try await server.send(.get, "/api/v1/\(list)?as_of=\(asOf)&limit=500", as: .viewer)
            let all = try #require(whole.object["items"] as? [[String: Any]])
            #expect(all.count == whole.object["total"] as? Int && all.count > 7)
            var joined: [[String: Any]] = []
            for offset in stride(from: 0, to: all.count, by: 7) {
                let page = try await server.send(.get, "/api/v1/\(list)?as_of=\(asOf)&limit=7&offset=\(offset)", as: .viewer)
                joined += try #require(page.object["items"] as? [[String: Any]])
            }
            #expect(joined.map { $0["nib"] as? String } == all.map { $0["nib"] as? String })
            #expect(joined.map { $0["eligible"] as? Bool } == all.map { $0["eligible"] as? Bool })
        }
        let uncovered = try await server.send(.get, "/api/v1/tenants?as_of=1990-01-01&offset=400", as: .viewer)
        #expect(uncovered.status == .unprocessableContent, "a date no rule set covers is refused on an empty page too")
    }

    @Test("problems are RFC 9457 in the request's language, naming the field")
    func problems() async throws {
        let server = try await ServerFixture()
        let body = #"{"nib":"12","name":"CV X","npwp":"012345678901234","kbli":["25920"]}"#
        let english = try await server.send(
            .post, "/api/v1/tenants", as: .officer, headers: [.acceptLanguage: "en-GB,en;q=0.9"], json: body)
        #expect(english.status == .unprocessableContent)
        #expect(english.headers[.contentType] == "application/problem+json")
        #expect(english.object["type"] as? String == "/problems/invalid-field")
        #expect(english.object["field"] as? String == "nib")
        #expect(english.object["status"] as? Int == 422)
        #expect((english.object["detail"] as? String)?.contains("\"12\"") == true)
        #expect(english.object["title"] as? String == "A field has a value that is not accepted")
        let indonesian = try await server.send(
            .post, "/api/v1/tenants", as: .officer, headers: [.acceptLanguage: "id"], json: body)
        #expect(indonesian.object["title"] as? String == "Nilai isian tidak dapat diterima")
        #expect(indonesian.headers[.contentLanguage] == "id")
        let missing = try await server.send(.post, "/api/v1/tenants", as: .officer, json: #"{"name":"CV X"}"#)
        #expect(missing.object["field"] as? String == "nib")
        let broken = try await server.send(.post, "/api/v1/tenants", as: .officer, json: #"{"nib":"#)
        #expect(broken.status == .badRequest)
        let noType = try await server.send(.post, "/api/v1/tenants", as: .officer, body: body)
        #expect(noType.status == .unsupportedMediaType)
        let unknownPlot = try await server.send(.get, "/api/v1/plots/Z-99", as: .viewer)
        #expect(unknownPlot.status == .notFound)
        let unknownTenant = try await server.send(.get, "/api/v1/tenants/9999999999999", as: .viewer)
        #expect(unknownTenant.status == .notFound)
        let noRoute = try await server.send(.get, "/api/v1/nothing-here", as: .viewer)
        #expect(noRoute.status == .notFound)
        #expect(noRoute.headers[.contentType] == "application/problem+json")
        let badDate = try await server.send(.get, "/api/v1/plots?as_of=2026-02-30", as: .viewer)
        #expect(badDate.status == .unprocessableContent)
        #expect(badDate.object["field"] as? String == "as_of")
    }

    @Test("an unknown ?lang= is refused naming lang; a known path asked with another method is 405 with Allow")
    func languageAndMethod() async throws {
        let server = try await ServerFixture()
        let lang = try await server.send(.get, "/api/v1/plots?lang=AAA", as: .viewer)
        #expect(lang.status == .unprocessableContent)
        #expect(lang.object["field"] as? String == "lang")
        #expect(try await server.send(.get, "/api/v1/plots?lang=en", as: .viewer).status == .ok)
        let trace = try await server.send(.trace, "/api/v1/tenants", as: .viewer)
        #expect(trace.status == .methodNotAllowed)
        #expect(trace.headers[.allow] == "GET, POST")
        #expect(trace.object["type"] as? String == "/problems/method-not-allowed")
        let templated = try await server.send(.delete, "/api/v1/plots/A-01", as: .admin)
        #expect(templated.status == .methodNotAllowed)
        #expect(templated.headers[.allow] == "GET, PATCH")
        #expect(try await server.send(.get, "/api/v1/nothing-here", as: .viewer).status == .notFound)
    }

    @Test("a tenant, its declaration and its application are written, then reported")
    func writes() async throws {
        let server = try await ServerFixture()
        let tenant = #"{"nib":"9120000000017","name":"CV Uji Coba","npwp":"01.234.567.8-901.000","kbli":["25920"]}"#
        #expect(try await server.send(.post, "/api/v1/tenants", as: .officer, json: tenant).status == .created)
        #expect(try await server.send(.post, "/api/v1/tenants", as: .officer, json: tenant).status == .ok)
        let declaration =
            #"{"fiscal_year":2025,"turnover":"4,5 miliar","workers":12,"local_workers":9,"investment":900000000,"declared_on":"2026-03-01"}"#
        let declared = try await server.send(
            .post, "/api/v1/tenants/9120000000017/declarations", as: .officer, json: declaration)
        #expect(declared.status == .created, "\(declared.text)")
        let shown = try await server.send(.get, "/api/v1/tenants/9120000000017?as_of=\(asOf)", as: .viewer)
        let declarations = try #require(shown.object["declarations"] as? [[String: Any]])
        #expect(declarations.first?["turnover"] as? Int == 4_500_000_000)
        let check = try await server.send(
            .get, "/api/v1/tenants/9120000000017/eligibility?as_of=\(asOf)", as: .viewer)
        #expect(check.object["eligible"] as? Bool == true, "\(check.text)")
        let application =
            #"{"nib":"9120000000017","min_area_m2":"150","max_area_m2":200.5,"submitted_on":"2026-06-01"}"#
        #expect(
            try await server.send(.post, "/api/v1/applications", as: .officer, json: application).status == .created)
        let reversed = #"{"nib":"9120000000017","min_area_m2":300,"max_area_m2":200,"submitted_on":"2026-06-01"}"#
        let refused = try await server.send(.post, "/api/v1/applications", as: .officer, json: reversed)
        #expect(refused.object["field"] as? String == "max_area_m2")
        let badArea = #"{"nib":"9120000000017","min_area_m2":"lots","max_area_m2":200,"submitted_on":"2026-06-01"}"#
        let areaProblem = try await server.send(.post, "/api/v1/applications", as: .officer, json: badArea)
        #expect(areaProblem.object["field"] as? String == "min_area_m2", "\(areaProblem.text)")
        let waitlist = try await server.send(.get, "/api/v1/waitlist?as_of=\(asOf)&limit=500", as: .viewer)
        #expect(waitlist.text.contains("CV Uji Coba"))
    }

    @Test("a commit with an Idempotency-Key, retried, returns the first result and creates nothing new")
    func idempotentCommit() async throws {
        let server = try await ServerFixture()
        let proposal = try await server.send(
            .post, "/api/v1/allocation/proposals", as: .officer, json: #"{"as_of":"\#(asOf)"}"#)
        let assignments = try #require(proposal.object["assignments"] as? [[String: Any]])
        #expect(!assignments.isEmpty)
        let expected = assignments.map { "{\"plot\":\"\($0["plot"]!)\",\"nib\":\"\($0["nib"]!)\"}" }
        let body = #"{"as_of":"\#(asOf)","assignments":[\#(expected.joined(separator: ","))]}"#
        let leasesBefore = try #require(try await server.store.loadEstate()).leases.count
        let first = try await server.send(
            .post, "/api/v1/allocation/commits", as: .admin, headers: [.idempotencyKey: "k-1"], json: body)
        #expect(first.status == .created, "\(first.text)")
        let leasesAfter = try #require(try await server.store.loadEstate()).leases.count
        #expect(leasesAfter == leasesBefore + assignments.count)
        let retry = try await server.send(
            .post, "/api/v1/allocation/commits", as: .admin, headers: [.idempotencyKey: "k-1"], json: body)
        #expect(retry.status == .ok)
        #expect(retry.headers[.idempotentReplayed] == "true")
        #expect(retry.text == first.text)
        // What was committed is kept, not a rendered answer: a replay reads in its own language.
        let inEnglish = try await server.send(
            .post, "/api/v1/allocation/commits", as: .admin, headers: [.idempotencyKey: "k-1", .acceptLanguage: "en"],
            json: body)
        let inIndonesian = try await server.send(
            .post, "/api/v1/allocation/commits", as: .admin, headers: [.idempotencyKey: "k-1", .acceptLanguage: "id"],
            json: body)
        #expect(inEnglish.headers[.idempotentReplayed] == "true" && inIndonesian.headers[.idempotentReplayed] == "true")
        #expect(inEnglish.text != inIndonesian.text)
        #expect([inEnglish.text, inIndonesian.text].contains(first.text))
        #expect(try #require(try await server.store.loadEstate()).leases.count == leasesAfter)
        // The same commit without the key is a double commit: the proposal changed, 409.
        let double = try await server.send(.post, "/api/v1/allocation/commits", as: .admin, json: body)
        #expect(double.status == .conflict)
        // Another admin's token sending the same key and body gets no replay of this one's commit,
        // and no word that the key was used: it is its own request (here a double commit, 409).
        let other = IssuedToken.generate(name: "second-admin", role: .admin)
        try await server.store.createToken(other.stored, actor: "test")
        let foreign = try await server.send(
            .post, "/api/v1/allocation/commits",
            headers: [.idempotencyKey: "k-1", .authorization: "Bearer \(other.text)"], json: body)
        #expect(foreign.status == .conflict && foreign.headers[.idempotentReplayed] == nil, "\(foreign.text)")
        #expect(!foreign.text.contains("Idempotency"), "\(foreign.text)")
        #expect(try #require(try await server.store.loadEstate()).leases.count == leasesAfter)
        // The key reused for another request is refused.
        let reused = try await server.send(
            .post, "/api/v1/allocation/commits", as: .admin, headers: [.idempotencyKey: "k-1"],
            json: #"{"as_of":"\#(asOf)","seed":7,"assignments":[]}"#)
        #expect(reused.status == .conflict)
        // A commit that does not say what it signs is refused and writes nothing.
        for stray in ["", "{}", #"{"as_of":"\#(asOf)"}"#] {
            let refused = try await server.send(.post, "/api/v1/allocation/commits", as: .admin, json: stray)
            #expect(refused.status == .unprocessableContent, "\(stray): \(refused.text)")
            #expect(refused.object["field"] as? String == "assignments")
        }
        // An assignment listed twice was not read from a proposal: 422, naming it.
        let twice = #"{"as_of":"\#(asOf)","assignments":[\#(expected[0]),\#(expected.joined(separator: ","))]}"#
        let repeated = try await server.send(.post, "/api/v1/allocation/commits", as: .admin, json: twice)
        #expect(repeated.status == .unprocessableContent, "\(repeated.text)")
        #expect(repeated.object["field"] as? String == "assignments")
        #expect(try #require(try await server.store.loadEstate()).leases.count == leasesAfter)
    }

    @Test("lease and plot changes answer 409 when the record's state forbids them")
    func conflicts() async throws {
        let server = try await ServerFixture()
        let withdraw = try await server.send(
            .post, "/api/v1/plots/A-01/withdrawal", as: .admin, json: #"{"on":"\#(asOf)"}"#)
        #expect(withdraw.status == .conflict, "\(withdraw.text)")
        let plot = #"{"code":"A-01","phase":1,"area_m2":"999"}"#
        #expect(try await server.send(.post, "/api/v1/plots", as: .admin, json: plot).status == .conflict)
        let emptyReason = try await server.send(
            .post, "/api/v1/leases/A-01/termination", as: .admin, json: #"{"reason":" "}"#)
        #expect(emptyReason.object["field"] as? String == "reason")
    }

    @Test("reports come in the format asked for by ?format= or Accept; other types are 406")
    func reports() async throws {
        let server = try await ServerFixture()
        let uri = "/api/v1/reports/occupancy?as_of=\(asOf)"
        let json = try await server.send(.get, uri, as: .viewer)
        #expect(json.headers[.contentType] == "application/json")
        let csv = try await server.send(.get, uri, as: .viewer, headers: [.accept: "text/csv"])
        #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(csv.headers[.contentDisposition]?.contains("occupancy-\(asOf).csv") == true)
        let html = try await server.send(.get, uri + "&format=html", as: .viewer)
        #expect(html.text.hasPrefix("<!DOCTYPE html>"))
        let xml = try await server.send(.get, uri, as: .viewer, headers: [.accept: "application/xml"])
        #expect(xml.status == .notAcceptable)
        let preferred = try await server.send(
            .get, uri, as: .viewer, headers: [.accept: "text/csv;q=0, text/html;q=0.5, text/markdown"])
        #expect(preferred.headers[.contentType] == "text/markdown; charset=utf-8")
        let section = try await server.send(.get, uri + "&format=csv&section=nope", as: .viewer)
        #expect(section.object["field"] as? String == "section", "\(section.text)")
        #expect(try await server.send(.get, "/api/v1/reports/nope", as: .viewer).status == .notFound)
        // The JSON report's figures are the ones the store counts.
        let figures = try await server.store.occupancyFigures(asOf: try CivilDate(parsing: asOf, field: "as_of"))
        let total = try #require(json.object["total"] as? [String: Any])
        #expect(total["plots_leased"] as? Int == figures.total.plotsLeased)
    }

    @Test("CSV imports: dry run writes nothing, bad rows are listed, a good file is written once")
    func imports() async throws {
        let server = try await ServerFixture()
        let csv = "code,phase,area_m2\r\nB-30,2,120\r\n"
        let dry = try await server.send(
            .post, "/api/v1/imports/plots?dry_run=true", as: .admin, headers: [.contentType: "text/csv"], body: csv)
        #expect(dry.status == .ok, "\(dry.text)")
        #expect(try #require(try await server.store.loadEstate()).plots.count == 28)
        let real = try await server.send(
            .post, "/api/v1/imports/plots", as: .admin, headers: [.contentType: "text/csv"], body: csv)
        #expect(real.status == .created, "\(real.text)")
        #expect(try #require(try await server.store.loadEstate()).plots.count == 29)
        let bad = try await server.send(
            .post, "/api/v1/imports/plots", as: .admin, headers: [.contentType: "text/csv"],
            body: "code,phase,area_m2\r\nA-31,1,-5\r\n")
        #expect(bad.status == .unprocessableContent)
        #expect((bad.object["detail"] as? String)?.contains("line 2") == true, "\(bad.text)")
        // Only true or false: `?dry_run=1` must not be read as "write".
        let vague = try await server.send(
            .post, "/api/v1/imports/plots?dry_run=1", as: .admin, headers: [.contentType: "text/csv"], body: csv)
        #expect(vague.status == .unprocessableContent)
        #expect(vague.object["field"] as? String == "dry_run")
    }

    @Test("exports give the CSV the importer reads; validation lists every problem")
    func exportsAndValidation() async throws {
        let server = try await ServerFixture()
        let export = try await server.send(.get, "/api/v1/exports/plots", as: .viewer)
        #expect(export.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(export.text.split(whereSeparator: \.isNewline).count == 29)
        // Importing the export again adds nothing.
        let again = try await server.send(
            .post, "/api/v1/imports/plots", as: .admin, headers: [.contentType: "text/csv"], body: export.text)
        #expect(again.status == .ok, "\(again.text)")
        #expect(again.object["written"] as? Bool == false)
        let valid = try await server.send(.get, "/api/v1/validation?as_of=\(asOf)", as: .viewer)
        #expect(valid.object["valid"] as? Bool == true)
        #expect((valid.object["problems"] as? [Any])?.isEmpty == true)
        #expect(try await server.send(.get, "/api/v1/exports/nope", as: .viewer).status == .notFound)
    }

    @Test("the dashboard signs in with a token into a server-side session: an HttpOnly SameSite=Strict cookie, CSRF per session")
    func dashboardSession() async throws {
        let server = try await ServerFixture()
        let token = server.tokens[.admin]!
        let signIn = try await server.signIn(token)
        #expect(signIn.status == .seeOther)
        let cookie = try #require(signIn.headers[values: .setCookie].first { $0.hasPrefix("estate_session=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(!cookie.contains(token) && !cookie.contains(String(token.dropFirst(14))), "the cookie holds the token")
        let session = String(cookie.split(separator: ";")[0])
        let page = try await server.send(.get, "/?as_of=\(asOf)&lang=en", headers: [.cookie: session])
        #expect(page.status == .ok)
        #expect(page.text.contains("class=\"site-plan\""))
        #expect(page.headers[.setCookie]?.contains("lang=en") == true)
        // An API write with the cookie but without the CSRF header is refused; with it, it passes.
        let plot = #"{"code":"B-40","phase":2,"area_m2":"100"}"#
        let noCSRF = try await server.send(
            .post, "/api/v1/plots", headers: [.cookie: session, .contentType: "application/json"], body: plot)
        #expect(noCSRF.status == .forbidden)
        // Another session's CSRF value (same token, another sign-in) is refused for this one.
        let other = try await server.csrf(server.sessions[.admin]!)
        let crossed = try await server.send(
            .post, "/api/v1/plots", headers: [.cookie: session, .contentType: "application/json", .csrfToken: other],
            body: plot)
        #expect(crossed.status == .forbidden)
        let csrf = try await server.csrf(session)
        let withCSRF = try await server.send(
            .post, "/api/v1/plots", headers: [.cookie: session, .contentType: "application/json", .csrfToken: csrf],
            body: plot)
        #expect(withCSRF.status == .created, "\(withCSRF.text)")
        let formWithout = try await server.send(
            .post, "/dashboard/signout",
            headers: [.cookie: session, .contentType: "application/x-www-form-urlencoded"],
            body: "csrf=wrong")
        #expect(formWithout.status == .forbidden)
        let wrongToken = try await server.signIn("x")
        #expect(wrongToken.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("estate_session=s_") })
    }

    @Test("health, readiness and metrics")
    func observability() async throws {
        let server = try await ServerFixture()
        #expect(try await server.send(.get, "/healthz").status == .ok)
        let ready = try await server.send(.get, "/readyz")
        #expect(ready.object["status"] as? String == "ready")
        #expect(ready.object["store"] as? String == "sqlite", "the engine only, never a path: \(ready.text)")
        _ = try await server.send(.get, "/api/v1/plots", as: .viewer)
        let metrics = try await server.send(.get, "/metrics")
        #expect(metrics.text.contains("/api/v1/plots"), "\(metrics.text.prefix(500))")
        #expect(metrics.headers[.requestID] != nil)
    }
}
