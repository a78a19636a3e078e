import EstateDomain
import EstateStore
import EstateTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// A firm's own account (issue 17, item 1): firm A's tenant token, by every route of the API and
/// the dashboard, with firm B's real identifiers, gets 403 or 404, or an answer that holds
/// nothing of firm B; with its own identifiers it sees its own records.
@Suite("HTTP: a firm's account sees only its own firms")
struct TenantAccessTests {
    static let (firmA, firmB) = (ServerFixture.firmA, ServerFixture.firmB)
    static let firmBName = "PT Indo Mur Baut Serang"
    static let submissionB: Int64 = 1

    /// The sample cluster with November 2026 invoiced and one payment by each firm.
    /// Firm B has also sent its 2026 declaration, waiting as submission `submissionB`.
    static func billedServer() async throws -> (ServerFixture, invoiceA: InvoiceNumber, invoiceB: InvoiceNumber) {
        let server = try await ServerFixture()
        try await server.readyToBill()
        let run = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        try #require(run.status == .created, "\(run.text)")
        let day = CivilDate(year: 2026, month: 11, day: 20)!
        for (reference, nib) in [("BRI-A-0001", firmA), ("BRI-B-0001", firmB)] {
            _ = try await server.store.recordPayment(
                try Payment(reference: reference, nib: try NIB(parsing: nib), amount: Rupiah(1_000_000), paidOn: day),
                actor: "test")
        }
        let sent = try await server.store.submitDeclaration(
            try Declaration(
                fiscalYear: 2026, turnover: Rupiah(23_000_000_000), workers: 15, localWorkers: 10,
                investment: Rupiah(6_000_000_000), declaredOn: day),
            for: try NIB(parsing: firmB), actor: "test")
        #expect(sent.id == submissionB)
        // Firm B's permit, kept as document `submissionB` too (its own numbering, starting at 1).
        let document = try await server.store.uploadDocument(
            try DocumentUpload(kind: .businessPermit, number: "PB-B-SECRET-77", validUntil: day.adding(days: 30),
                               content: SampleFiles.pdf("B")),
            for: try NIB(parsing: firmB), accepted: true, actor: "test")
        #expect(document.id == submissionB)
        let a = try #require(try await server.store.invoices(InvoiceQuery(nib: try NIB(parsing: firmA))).first?.number)
        let b = try #require(try await server.store.invoices(InvoiceQuery(nib: try NIB(parsing: firmB))).first?.number)
        return (server, a, b)
    }

    /// A route's path with firm B's identifiers: its NIB, its plot, its invoice, its payment.
    static func uriForFirmB(_ path: String, invoice: InvoiceNumber, query: Bool) -> String {
        let segments = invoice.description.split(separator: "/").map(String.init)
        let named = path.replacingOccurrences(of: "{nib}", with: firmB).replacingOccurrences(of: "{code}", with: "A-18")
            .replacingOccurrences(of: "{plot}", with: "A-18").replacingOccurrences(of: "{series}", with: segments[0])
            .replacingOccurrences(of: "{issuer}", with: segments[1]).replacingOccurrences(of: "{year}", with: segments[2])
            .replacingOccurrences(of: "{sequence}", with: segments[3]).replacingOccurrences(of: "{id}", with: "\(submissionB)")
        let uri = RoleMatrixTests.uri(named)
        return query ? uri + "&nib=\(firmB)&reference=BRI-B-0001" : uri
    }

    /// A body a route would accept from firm B itself, so that only the firm check can refuse it.
    static func bodyForFirmB(_ route: RouteSpec) -> String? {
        guard route.method == .post else { return nil }
        if route.path.hasSuffix("/applications") && route.isAPI {
            return #"{"nib": "\#(firmB)", "min_area_m2": 100, "max_area_m2": 200, "submitted_on": "2026-06-01"}"#
        }
        if route.path.hasSuffix("/withdrawal") { return #"{"reason": "tidak jadi", "on": "2026-06-30"}"# }
        return #"{"on": "2026-06-30"}"#
    }

    @Test("firm A's account gets 403 or 404 for firm B's records by every route, or an answer without them")
    func firmBIsInvisible() async throws {
        let (server, _, invoiceB) = try await Self.billedServer()
        let secrets = [
            Self.firmB, Self.firmBName, invoiceB.description, "BRI-B-0001", "A-18", "A-19", "23000000000", "PB-B-SECRET-77",
        ]
        let version = try await server.store.version()
        var answered = 0
        for route in server.routes where route.role != nil {
            for query in [false, true] {
                let uri = Self.uriForFirmB(route.path, invoice: invoiceB, query: query)
                let body = Self.bodyForFirmB(route)
                let response = try await server.send(
                    route.method, uri, firm: Self.firmA, json: route.isAPI ? body : nil,
                    body: route.isAPI ? nil : "on=2026-06-30&reason=x")
                let label = "\(route.method) \(uri)"
                let status = response.status.code
                if route.tenant == .refused { #expect(status == 403, "\(label): \(status)") }
                guard (200..<400).contains(status) else {
                    #expect([403, 404, 422].contains(status), "\(label): \(status) \(response.text)")
                    if status == 422 { #expect(!route.path.contains("{nib}"), "\(label): B's NIB reached the handler") }
                    continue
                }
                answered += 1
                for secret in secrets {
                    #expect(!response.text.contains(secret), "\(label) answered \(status) naming \(secret)")
                }
                #expect(response.headers[.location]?.contains(Self.firmB) != true, "\(label) sent to B's page")
            }
        }
        #expect(answered >= 10, "too few routes answered firm A at all: the test would prove nothing")
        #expect(try await server.store.version() == version, "firm A's account wrote something of firm B's")
        #expect(try await server.store.documents(nib: nil).count == 1, "firm A's account uploaded a document")
    }

    @Test("firm A's account sees its own firm: profile, leases, invoices, payments, receipt and statement")
    func ownRecords() async throws {
        let (server, invoiceA, invoiceB) = try await Self.billedServer()
        func get(_ path: String, firm: String = Self.firmA) async throws -> TestResponse {
            try await server.send(.get, path + (path.contains("?") ? "&" : "?") + "as_of=\(ServerFixture.asOf)", firm: firm)
        }
        let tenants = try await get("/api/v1/tenants")
        #expect(tenants.object["total"] as? Int == 1 && tenants.text.contains(Self.firmA), "\(tenants.text)")
        #expect(try await get("/api/v1/tenants/\(Self.firmA)").status == .ok)
        #expect(try await get("/api/v1/tenants/\(Self.firmA)/statement").status == .ok)
        #expect(try await get("/api/v1/firms/\(Self.firmA)").status == .ok)
        let leases = try await get("/api/v1/leases")
        #expect(leases.text.contains("A-01") && !leases.text.contains("A-02"), "\(leases.text)")
        let invoices = try await get("/api/v1/invoices")
        let numbers = (invoices.object["items"] as? [[String: Any]])?.compactMap { $0["number"] as? String } ?? []
        #expect(numbers.contains(invoiceA.description) && !numbers.contains(invoiceB.description), "\(numbers)")
        let path = "/api/v1/invoices/" + invoiceA.description
        #expect(try await get(path).status == .ok)
        #expect(try await get(path + "/document").status == .ok)
        let staffView = try await server.send(.get, "/api/v1/invoices/" + invoiceB.description, as: .viewer)
        #expect(staffView.status == .ok, "the staff still read B's invoice")
        let payments = try await get("/api/v1/payments")
        #expect(payments.text.contains("BRI-A-0001") && !payments.text.contains("BRI-B-0001"), "\(payments.text)")
        #expect(try await get("/api/v1/payments/receipt?reference=BRI-A-0001").status == .ok)
        // Another firm's receipt is as unknown as a reference never recorded, in the same words.
        let other = try await get("/api/v1/payments/receipt?reference=BRI-B-0001")
        let never = try await get("/api/v1/payments/receipt?reference=BRI-B-0001X")
        #expect(other.status == .notFound && never.status == .notFound)
        #expect(
            other.object["detail"] as? String
                == (never.object["detail"] as? String)?.replacingOccurrences(of: "BRI-B-0001X", with: "BRI-B-0001"))
        #expect(try await get("/api/v1/public/summary").status == .ok)
        #expect(try await get("/api/v1/rules").status == .ok)
        #expect(try await get("/api/v1/plots").status == .forbidden)
        #expect(try await get("/api/v1/reports/occupancy").status == .forbidden)
    }

    @Test("firm B's account sees its own places in the waitlist, ranked as the officers see them, and no other firm")
    func waitlistPlaces() async throws {
        let server = try await ServerFixture()
        // Firm B applied on 2026-07-01.
        let all = try await server.send(.get, "/api/v1/waitlist?as_of=2026-11-01", as: .viewer)
        let own = try await server.send(.get, "/api/v1/waitlist?as_of=2026-11-01", firm: Self.firmB)
        let items = { (response: TestResponse) in response.object["items"] as? [[String: Any]] ?? [] }
        let expected = items(all).filter { $0["nib"] as? String == Self.firmB }
        #expect(!expected.isEmpty && items(all).count > expected.count)
        #expect(items(own).count == expected.count)
        #expect(items(own).map { $0["rank"] as? Int } == expected.map { $0["rank"] as? Int }, "\(own.text)")
        #expect(items(own).allSatisfy { $0["nib"] as? String == Self.firmB })
        let applications = try await server.send(.get, "/api/v1/applications", firm: Self.firmB)
        #expect((applications.object["items"] as? [[String: Any]])?.allSatisfy { $0["nib"] as? String == Self.firmB } == true)
    }

    @Test("a firm's account applies, reconfirms and withdraws its own application; it cannot refuse one or declare")
    func ownApplications() async throws {
        let server = try await ServerFixture()
        // A firm acts today: a backdated application (an earlier place in the queue) is refused.
        let backdated = try await server.send(
            .post, "/api/v1/applications?lang=en", firm: Self.firmA,
            json: #"{"nib": "\#(Self.firmA)", "min_area_m2": 200, "max_area_m2": 300, "submitted_on": "2026-06-01"}"#)
        #expect(backdated.status == .unprocessableContent && backdated.text.contains("submitted_on"), "\(backdated.text)")
        #expect(backdated.text.contains("is not today"), "\(backdated.text)")
        let applied = try await server.send(
            .post, "/api/v1/applications", firm: Self.firmA,
            json: #"{"nib": "\#(Self.firmA)", "min_area_m2": 200, "max_area_m2": 300}"#)
        #expect(applied.status == .created, "\(applied.text)")
        let actor = try #require(try await server.store.auditLog(limit: 1).first?.actor)
        #expect(actor.contains("test-tenant-\(Self.firmA)"), "the audit names the firm's token: \(actor)")
        let ahead = try await server.send(
            .post, "/api/v1/applications/\(Self.firmB)/reconfirmation", firm: Self.firmB, json: #"{"on": "2099-01-01"}"#)
        #expect(ahead.status == .unprocessableContent && ahead.text.contains("on"), "a reconfirmation dated ahead")
        let reconfirmed = try await server.send(
            .post, "/api/v1/applications/\(Self.firmB)/reconfirmation", firm: Self.firmB, json: #"{}"#)
        #expect(reconfirmed.status == .ok, "\(reconfirmed.text)")
        let withdrawn = try await server.send(
            .post, "/api/v1/applications/\(Self.firmB)/withdrawal", firm: Self.firmB,
            json: #"{"reason": "sudah dapat tempat di Karawang"}"#)
        #expect(withdrawn.status == .ok, "\(withdrawn.text)")
        let version = try await server.store.version()
        let refusal = try await server.send(
            .post, "/api/v1/applications/\(Self.firmA)/refusal", firm: Self.firmA, json: #"{"on": "2026-06-30"}"#)
        #expect(refusal.status == .forbidden)
        let declaration = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declarations", firm: Self.firmA,
            json: #"{"fiscal_year": 2026, "turnover": 1000000000, "workers": 12, "local_workers": 8, "investment": 500000000}"#)
        #expect(declaration.status == .forbidden)
        #expect(try await server.store.version() == version)
        // Each refused write is in the audit trail with the token that tried it.
        let refused = try await server.store.auditLog(limit: 10).filter { $0.action == "refuse write" }
        #expect(refused.map(\.subject).contains("POST /api/v1/applications/\(Self.firmA)/refusal"), "\(refused)")
        #expect(refused.allSatisfy { $0.actor.hasPrefix("token:") && $0.actor.contains("test-tenant-\(Self.firmA)") })
    }

    @Test("the dashboard opens a firm's account on its own page, without the estate-wide pages", arguments: ["id", "en"])
    func dashboard(lang: String) async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.firmSessions[Self.firmA]!); lang=\(lang)"
        let home = try await server.send(.get, "/", headers: [.cookie: cookie])
        #expect(home.status == .seeOther && home.headers[.location] == "/dashboard/tenants/\(Self.firmA)")
        let page = try await server.send(
            .get, "/dashboard/tenants/\(Self.firmA)?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(page.status == .ok, "\(page.text)")
        #expect(page.text.contains("CV Baja Mandiri Sentosa"))
        #expect(!page.text.contains("/dashboard/money") && !page.text.contains("/dashboard/rules"), "staff links shown")
        #expect(page.text.contains("name=\"min_area_m2\""), "the firm may apply from its page")
        #expect(!page.text.contains("name=\"declared_on\""), "the officers' declaration form is shown to the firm")
        #expect(page.text.contains("/declaration-submissions\""), "the firm has no form to send its declaration")
        for path in ["/dashboard/tenants/\(Self.firmB)", "/dashboard/tenants/9120000000000"] {
            let other = try await server.send(.get, path, headers: [.cookie: cookie])
            #expect(other.status == .notFound, "\(path): \(other.status)")
            #expect(!other.text.contains(Self.firmBName))
        }
        // A browser is shown the refusal as a page, in its language, never the other firm's name.
        let browser = try await server.send(
            .get, "/dashboard/tenants/\(Self.firmB)", headers: [.cookie: cookie, .accept: "text/html,application/xhtml+xml"])
        #expect(browser.status == .notFound && browser.headers[.contentType]?.hasPrefix("text/html") == true)
        #expect(browser.text.contains(lang == "id" ? "Tidak ada perusahaan dengan NIB" : "There is no firm with NIB"))
        #expect(!browser.text.contains(Self.firmBName) && browser.text.contains("href=\"/\""))
        for path in ["/dashboard/money", "/dashboard/rules", "/dashboard/plots/A-18", "/dashboard/allocation"] {
            #expect(try await server.send(.get, path, headers: [.cookie: cookie]).status == .forbidden, "\(path)")
        }
    }

    @Test("on its page, a firm's account downloads its own invoice and receipt, and not firm B's")
    func downloads() async throws {
        let (server, invoiceA, invoiceB) = try await Self.billedServer()
        let cookie = "\(server.firmSessions[Self.firmA]!); lang=en"
        let page = try await server.send(.get, "/dashboard/tenants/\(Self.firmA)", headers: [.cookie: cookie])
        let invoiceLink = "/api/v1/invoices/\(invoiceA.description)/document?lang=en"
        let receiptLink = "/api/v1/payments/receipt?reference=BRI-A-0001&amp;lang=en"
        #expect(page.text.contains(invoiceLink) && page.text.contains(receiptLink), "\(page.text)")
        let invoice = try await server.send(.get, invoiceLink, headers: [.cookie: cookie])
        #expect(invoice.status == .ok && invoice.text.contains(invoiceA.description))
        let receipt = try await server.send(
            .get, receiptLink.replacingOccurrences(of: "&amp;", with: "&"), headers: [.cookie: cookie])
        #expect(receipt.status == .ok && receipt.text.contains("BRI-A-0001"))
        let other = try await server.send(.get, "/api/v1/invoices/\(invoiceB.description)/document", headers: [.cookie: cookie])
        #expect(other.status == .notFound && !other.text.contains(Self.firmBName))
    }
}
