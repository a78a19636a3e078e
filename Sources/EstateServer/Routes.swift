import EstateStore
import Hummingbird

/// One route: its method and path, the least role it needs (nil: anyone), where a session's
/// CSRF value must be, and its handler. The table in `EstateRoutes.all` is the single place
/// routes are declared, so the router, the role-matrix test and the OpenAPI check all read it.
public struct RouteSpec: Sendable {
    public let method: HTTPRequest.Method
    public let path: String
    public let role: APIRole?
    let csrf: CSRFCarrier
    /// Whether a firm's own account may use the route, and how it is kept to its firms;
    /// refused unless the table says otherwise.
    public let tenant: TenantAccess
    let handler: @Sendable (Request, EstateRequestContext) async throws -> Response

    init(
        _ method: HTTPRequest.Method, _ path: String, _ role: APIRole?, csrf: CSRFCarrier = .header,
        tenant: TenantAccess = .refused,
        _ handler: @escaping @Sendable (Request, EstateRequestContext) async throws -> Response
    ) {
        self.method = method
        self.path = path
        self.role = role
        self.csrf = csrf
        self.tenant = tenant
        self.handler = handler
    }

    /// The same route (role, CSRF carrier, tenant access) under `path`, running `handler`: how
    /// the estate wrappers serve a route again without changing who may call it.
    func serving(
        _ path: String? = nil, _ handler: @escaping @Sendable (Request, EstateRequestContext) async throws -> Response
    ) -> RouteSpec {
        RouteSpec(method, path ?? self.path, role, csrf: csrf, tenant: tenant, handler)
    }

    /// Whether the route belongs to the JSON API (and the OpenAPI document) rather than the
    /// dashboard's HTML pages.
    public var isAPI: Bool { !path.hasPrefix("/dashboard") && path != "/" }

    /// Whether a caller without a session is sent to the sign-in page (dashboard pages and
    /// forms) rather than answered 401 with a problem document.
    public var redirectsToSignIn: Bool { csrf == .form }
}

/// Every route of the server.
enum EstateRoutes {
    static func all(api: APISupport, dashboard: Dashboard) throws -> [RouteSpec] {
        let read = ReadRoutes(api: api)
        let write = WriteRoutes(api: api)
        let reports = ReportRoutes(api: api)
        let health = HealthRoutes(api: api)
        let records = RecordRoutes(api: api)
        let openAPI = try OpenAPIRoutes()
        let summaryRole: APIRole? = api.configuration.publicSummary ? nil : .regency
        let estates = EstateListRoutes(api: api)
        let firms = FirmRoutes(api: api)
        let forum = ForumRoutes(api: api)
        let outcomes = ForumOutcomeRoutes(api: api)
        let register = ForumRegisterRoutes(api: api)
        let registerCorrections = ForumCorrectionRoutes(api: api)
        let regency = APISupport.regencyWide
        let applications = ApplicationRoutes(api: api, write: write)
        let audit = AuditRoutes(api: api)
        let rules = RuleRoutes(api: api)
        let partnerships = PartnershipRoutes(api: api, write: write)
        let corrections = DeclarationCorrectionRoutes(api: api, write: write)
        let money = MoneyRoutes(api: api, write: write)
        let submissions = SubmissionRoutes(api: api)
        let documents = DocumentRoutes(api: api)
        let mail = MailRoutes(api: api)
        let sessions = SessionRoutes(api: api)
        let v1 = "/api/v1"
        let invoice = "\(v1)/invoices/{series}/{issuer}/{year}/{sequence}"
        let unscoped: [RouteSpec] = [
            RouteSpec(.get, "/healthz", nil, health.healthz),
            RouteSpec(.get, "/readyz", nil, health.readyz),
            RouteSpec(.get, "/metrics", nil, health.metrics),
            RouteSpec(.get, "/openapi.json", nil, openAPI.json),
            RouteSpec(.get, "/openapi.yaml", nil, openAPI.yaml),
            RouteSpec(.get, "\(v1)/public/summary", summaryRole, tenant: .filtered, read.summary),
            RouteSpec(.get, "\(v1)/plots", .regency, read.plots),
            RouteSpec(.get, "\(v1)/plots.geojson", .regency, read.plotsGeoJSON),
            RouteSpec(.post, "\(v1)/plots", .admin, write.addPlot),
            RouteSpec(.get, "\(v1)/plots/{code}", .viewer, read.plot),
            RouteSpec(.patch, "\(v1)/plots/{code}", .admin, write.correctPlot),
            RouteSpec(.post, "\(v1)/plots/{code}/withdrawal", .admin, write.withdrawPlot),
            RouteSpec(.get, "\(v1)/tenants", .viewer, tenant: .filtered, read.tenants),
            RouteSpec(.post, "\(v1)/tenants", .officer, write.addTenant),
            RouteSpec(.get, "\(v1)/tenants/{nib}", .viewer, tenant: .ownFirm, read.tenant),
            RouteSpec(.patch, "\(v1)/tenants/{nib}", .officer, write.correctTenant),
            RouteSpec(.post, "\(v1)/tenants/{nib}/declarations", .officer, write.declare),
            RouteSpec(.post, "\(v1)/tenants/{nib}/declarations/{fiscal_year}/corrections", .officer, corrections.correct),
            RouteSpec(
                .post, "\(v1)/tenants/{nib}/declaration-submissions", .officer, tenant: .ownFirm, submissions.submit),
            RouteSpec(.get, "\(v1)/declaration-submissions", .viewer, tenant: .filtered, submissions.list),
            RouteSpec(.post, "\(v1)/declaration-submissions/{id}/acceptance", .officer, submissions.accept),
            RouteSpec(.post, "\(v1)/declaration-submissions/{id}/refusal", .officer, submissions.refuse),
            RouteSpec(.post, "\(v1)/tenants/{nib}/documents", .officer, tenant: .ownFirm, documents.upload),
            RouteSpec(.get, "\(v1)/documents", .viewer, tenant: .filtered, documents.list),
            RouteSpec(.get, "\(v1)/documents/{id}", .viewer, tenant: .filtered, documents.show),
            RouteSpec(.get, "\(v1)/documents/{id}/content", .viewer, tenant: .filtered, documents.content),
            RouteSpec(.post, "\(v1)/documents/{id}/acceptance", .officer, documents.accept),
            RouteSpec(.post, "\(v1)/documents/{id}/refusal", .officer, documents.refuse),
            RouteSpec(.get, "\(v1)/expiring-documents", .viewer, tenant: .filtered, documents.expiring),
            RouteSpec(.get, "\(v1)/tenants/{nib}/mail-recipient", .viewer, tenant: .ownFirm, mail.recipient),
            RouteSpec(.put, "\(v1)/tenants/{nib}/mail-recipient", .officer, tenant: .ownFirm, mail.setRecipient),
            RouteSpec(.post, "\(v1)/tenants/{nib}/partnerships", .officer, partnerships.add),
            RouteSpec(.post, "\(v1)/tenants/{nib}/partnerships/correction", .officer, partnerships.correct),
            RouteSpec(.post, "\(v1)/tenants/{nib}/partnerships/end", .officer, partnerships.end),
            RouteSpec(.get, "\(v1)/tenants/{nib}/eligibility", .viewer, tenant: .ownFirm, read.eligibility),
            RouteSpec(.get, "\(v1)/eligibility", .viewer, tenant: .filtered, read.eligibility),
            RouteSpec(.get, "\(v1)/partnerships", .regency, tenant: .filtered, read.partnerships),
            RouteSpec(.get, "\(v1)/waitlist", .viewer, tenant: .filtered, read.waitlist),
            RouteSpec(.post, "\(v1)/applications", .officer, tenant: .filtered, write.apply),
            RouteSpec(.get, "\(v1)/applications", .viewer, tenant: .filtered, applications.list),
            RouteSpec(.post, "\(v1)/applications/{nib}/reconfirmation", .officer, tenant: .ownFirm, write.reconfirm),
            RouteSpec(.post, "\(v1)/applications/{nib}/withdrawal", .officer, tenant: .ownFirm, applications.withdraw),
            RouteSpec(.post, "\(v1)/applications/{nib}/refusal", .officer, applications.refuse),
            RouteSpec(.post, "\(v1)/allocation/proposals", .officer, write.propose),
            RouteSpec(.post, "\(v1)/allocation/commits", .admin, write.commit),
            RouteSpec(.get, "\(v1)/leases", .viewer, tenant: .filtered, read.leases),
            RouteSpec(.post, "\(v1)/leases/{plot}/end", .admin, write.endLease),
            RouteSpec(.post, "\(v1)/leases/{plot}/termination", .admin, write.terminateLease),
            RouteSpec(.post, "\(v1)/leases/{plot}/rescheduling", .admin, write.rescheduleLease),
            RouteSpec(.get, "\(v1)/reports/{kind}", .regency, reports.report),
            RouteSpec(.post, "\(v1)/imports/{kind}", .admin, write.importCSV),
            RouteSpec(.get, "\(v1)/exports/{kind}", .viewer, records.export),
            RouteSpec(.get, "\(v1)/validation", .viewer, records.validation),
            RouteSpec(.get, "\(v1)/rules", .regency, tenant: .filtered, rules.list),
            RouteSpec(.get, "\(v1)/rules/{version}", .regency, tenant: .filtered, rules.show),
            RouteSpec(.get, "\(v1)/rules/{version}/diff/{other}", .regency, tenant: .filtered, rules.diff),
            RouteSpec(.post, "\(v1)/rule-simulations", .viewer, rules.simulate),
            RouteSpec(.post, "\(v1)/invoice-runs", .admin, money.run),
            RouteSpec(.get, "\(v1)/invoice-runs/{period}/document", .viewer, money.runDocument),
            RouteSpec(.get, "\(v1)/invoices", .viewer, tenant: .filtered, money.list),
            RouteSpec(.get, invoice, .viewer, tenant: .filtered, money.show),
            RouteSpec(.get, "\(invoice)/document", .viewer, tenant: .filtered, money.document),
            RouteSpec(.post, "\(invoice)/cancellation", .admin, money.cancel),
            RouteSpec(.get, "\(v1)/payments", .viewer, tenant: .filtered, money.payments),
            RouteSpec(.post, "\(v1)/payments", .officer, money.record),
            RouteSpec(.post, "\(v1)/payments/reversals", .admin, money.reverse),
            RouteSpec(.get, "\(v1)/payments/receipt", .viewer, tenant: .filtered, money.receipt),
            RouteSpec(.get, "\(v1)/tenants/{nib}/statement", .viewer, tenant: .ownFirm, money.statement),
        ]
        let scoped = unscoped.filter(EstateListRoutes.isEstateScoped)
        return unscoped.filter { !EstateListRoutes.isEstateScoped($0) }
            + scoped.map { EstateListRoutes.forDefaultEstate($0, api: api) }
            + [
                RouteSpec(.get, "\(v1)/audit", .admin, regency(audit.list)),
                RouteSpec(.get, "\(v1)/sessions", .admin, regency(sessions.list)),
                RouteSpec(.post, "\(v1)/sessions/{id}/revocation", .admin, regency(sessions.revoke)),
                RouteSpec(.get, "\(v1)/outbox", .officer, regency(mail.outbox)),
                RouteSpec(.post, "\(v1)/outbox/{id}/retry", .officer, regency(mail.retry)),
                RouteSpec(.get, "\(v1)/estates", .regency, estates.list),
                RouteSpec(.get, "\(v1)/estates/{estate}", .regency, estates.show),
                RouteSpec(.get, "\(v1)/firms/{nib}", .viewer, tenant: .ownFirm, firms.firm),
                RouteSpec(.get, "\(v1)/forum/industries", .regency, regency(forum.industries)),
                RouteSpec(.post, "\(v1)/forum/industries", .officer, regency(register.addIndustry)),
                RouteSpec(.patch, "\(v1)/forum/industries/{nib}", .officer, regency(registerCorrections.correctIndustry)),
                RouteSpec(.get, "\(v1)/forum/needs", .regency, regency(forum.needs)),
                RouteSpec(.post, "\(v1)/forum/needs", .officer, regency(register.addNeed)),
                RouteSpec(.patch, "\(v1)/forum/needs/{id}", .officer, regency(registerCorrections.correctNeed)),
                RouteSpec(.post, "\(v1)/forum/needs/{id}/closing", .officer, regency(register.closeNeed)),
                RouteSpec(.get, "\(v1)/forum/capabilities/{nib}", .regency, tenant: .ownFirm, forum.capabilities),
                RouteSpec(.put, "\(v1)/forum/capabilities/{nib}", .officer, tenant: .ownFirm, forum.setCapabilities),
                RouteSpec(.get, "\(v1)/forum/matches", .regency, regency(forum.matches)),
                RouteSpec(.get, "\(v1)/forums", .regency, regency(forum.forums)),
                RouteSpec(.post, "\(v1)/forums", .officer, regency(register.addForum)),
                RouteSpec(.post, "\(v1)/forums/{code}/invitations", .officer, regency(register.invite)),
                RouteSpec(.get, "\(v1)/forums/{code}/schedule", .regency, regency(forum.schedule)),
                RouteSpec(.post, "\(v1)/forums/{code}/schedule", .officer, regency(outcomes.saveSchedule)),
                RouteSpec(.post, "\(v1)/forums/{code}/outcomes", .officer, regency(outcomes.record)),
                RouteSpec(.get, "\(v1)/forum/outcomes", .regency, regency(outcomes.list)),
                RouteSpec(.get, "\(v1)/forum/report", .regency, regency(outcomes.report)),
            ] + scoped.map { EstateListRoutes.forNamedEstate($0, api: api) }
            // A dashboard page shows the estate `?estate=` names, else the default one.
            + dashboard.routes.map { $0.role == nil ? $0 : DashboardEstate.route($0, api: api) }
    }
}
