import EstateDomain
import EstateReports
import EstateStore
import Foundation
import Hummingbird

/// The API's reads: plots, tenants, eligibility, the waitlist, leases, partnerships, reports.
struct ReadRoutes: Sendable {
    let api: APISupport

    func plots(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let phase = try request.uri.queryParameters.get("phase").map { _ in
            try api.integer(request, "phase", default: 0, in: 1...9999)
        }
        let status = try request.uri.queryParameters.get("status").map { text in
            guard let status = PlotStatus(rawValue: text) else {
                throw Problem(
                    .invalidField, "status: \"\(text)\" harus planned, vacant, leased atau withdrawn.",
                    "status: \"\(text)\" must be planned, vacant, leased or withdrawn.", field: "status")
            }
            return status
        }
        let plots = estate.plots.filter { plot in
            phase.map { plot.phase == $0 } ?? true && status.map { estate.status(of: plot, on: date) == $0 } ?? true
        }
        return try api.json(try api.page(plots, request) { PlotView(plot: $0, estate: estate, asOf: date) })
    }

    func plot(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let plot = try Self.plot(context, in: estate)
        let code = plot.code
        return try api.json(
            PlotDetail(
                plot: PlotView(plot: plot, estate: estate, asOf: date),
                leases: estate.leases(onPlot: code).sorted { $0.start < $1.start }.map {
                    LeaseRecord($0, estate: estate)
                }))
    }

    func tenants(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        // The rule set is found before paging, so that a date no rule covers is refused on
        // every page; then only the page's tenants are evaluated.
        let set = try api.domain { try estate.ruleBook.ruleSet(asOf: date) }
        let tenants = estate.tenants.visible(to: context, \.nib)
        return try api.json(
            try api.page(tenants, request) {
                TenantView(tenant: $0, decision: evaluator.evaluate($0, asOf: date, under: set), estate: estate)
            })
    }

    func tenant(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let tenant = try Self.tenant(context, in: estate)
        let decision = try api.domain {
            try EligibilityEvaluator(ruleBook: estate.ruleBook).evaluate(tenant, asOf: date)
        }
        return try api.json(
            TenantDetail(
                tenant: TenantView(tenant: tenant, decision: decision, estate: estate),
                declarations: DeclarationRecord.all(tenant.declarations),
                partnerships: tenant.partnerships.map { PartnershipView($0, asOf: date) },
                leases: estate.leases.filter { $0.nib == tenant.nib }.sorted { $0.start < $1.start }.map {
                    LeaseRecord($0, estate: estate)
                },
                eligibility: EligibilityView(
                    decision: decision, tenantName: tenant.legalName, language: context.language)))
    }

    func eligibility(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let tenants =
            try context.parameters.get("nib").map { _ in [try Self.tenant(context, in: estate)] }
            ?? estate.tenants.visible(to: context, \.nib)
        let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
        let set = try api.domain { try estate.ruleBook.ruleSet(asOf: date) }
        let view = { (tenant: Tenant) in
            EligibilityView(
                decision: evaluator.evaluate(tenant, asOf: date, under: set), tenantName: tenant.legalName,
                language: context.language)
        }
        // A list evaluates only its page's tenants.
        return try context.parameters.get("nib") == nil
            ? api.json(try api.page(tenants, request, view)) : api.json(view(tenants[0]))
    }

    func waitlist(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        // A tenant sees its own applications' places in the queue, not the firms around them.
        var views = try api.domain { try WaitlistView.entries(of: estate, asOf: date, language: context.language) }
            .visible(to: context, digits: \.nib)
        if let stale = try api.flag(request, "stale") { views = views.filter { $0.stale == stale } }
        return try api.json(try api.page(views, request))
    }

    func leases(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let inForce = try api.flag(request, "in_force") ?? false
        let leases = estate.leases.visible(to: context, \.nib).filter { !inForce || $0.isInForce(on: date) }
            .sorted { ($0.plotCode, $0.start) < ($1.plotCode, $1.start) }
        return try api.json(try api.page(leases, request) { LeaseRecord($0, estate: estate) })
    }

    func partnerships(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let inForce = try api.flag(request, "in_force") ?? false
        let views = PartnershipView.list(of: estate, asOf: date, inForceOnly: inForce)
            .visible(to: context, digits: \.nib)
        return try api.json(try api.page(views, request))
    }

    func summary(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let estate: Estate
        do {
            estate = try await api.estate(asOf: date)
        } catch let problem as Problem where context.caller == nil && problem.kind == .invalidData {
            // Anonymous callers never see the records' problems (they name firms).
            context.logger.warning("public summary refused: \(problem.detail.english)")
            throw Problem(
                .invalidData, "Ringkasan tidak tersedia sementara data sedang diperbaiki.",
                "The summary is unavailable while the records are being corrected.")
        }
        let report = try api.domain { try OccupancyReport(estate: estate, asOf: date) }
        return try api.json(OccupancySummaryView(report))
    }

    /// The plot the path's `{code}` names, or a 404 (a malformed code is a 422 naming it).
    static func plot(_ context: EstateRequestContext, in estate: Estate) throws -> Plot {
        let code: String
        do {
            code = try Plot.normalise(code: try context.pathParameter("code"), field: "code")
        } catch let error as InputError {
            throw Problem(input: error)
        }
        guard let plot = estate.plots.first(where: { $0.code == code }) else {
            throw Problem.notFound(LocalizedText(indonesian: "Kavling", english: "Plot"), code)
        }
        return plot
    }

    static func tenant(_ context: EstateRequestContext, in estate: Estate) throws -> Tenant {
        let nib = try self.nib(context)
        guard let tenant = estate.tenant(nib) else {
            throw Problem.notFound(
                LocalizedText(indonesian: "Perusahaan dengan NIB", english: "The firm with NIB"), nib.digits)
        }
        return tenant
    }

    /// The path's `{nib}`, read as the domain reads a NIB; a malformed one is a 422 naming it.
    static func nib(_ context: EstateRequestContext) throws -> NIB {
        do {
            return try NIB(parsing: try context.pathParameter("nib"), field: "nib")
        } catch let error as InputError {
            throw Problem(input: error)
        }
    }
}

/// A plot with its lease history.
struct PlotDetail: Encodable, Sendable {
    let plot: PlotView
    let leases: [LeaseRecord]
}

/// A tenant with everything the store holds about it and its eligibility trace.
struct TenantDetail: Encodable {
    let tenant: TenantView
    let declarations: [DeclarationRecord]
    let partnerships: [PartnershipView]
    let leases: [LeaseRecord]
    let eligibility: EligibilityView
}

/// A lease as stored, with its state.
struct LeaseRecord: Encodable, Sendable {
    let plot: String
    let nib: String
    let tenant: String
    let start: String
    let end: String?
    let state: String
    let terminatedOn: String?
    let terminationReason: String?

    init(_ lease: Lease, estate: Estate) {
        plot = lease.plotCode
        nib = lease.nib.digits
        tenant = estate.tenant(lease.nib)?.legalName ?? lease.nib.digits
        start = lease.start.iso
        end = lease.effectiveEnd?.iso
        state = lease.state.name
        if case .terminated(let on, let reason) = lease.state {
            terminatedOn = on.iso
            terminationReason = reason
        } else {
            terminatedOn = nil
            terminationReason = nil
        }
    }
}

/// A yearly declaration, one version of it; Rupiah as whole integers.
struct DeclarationRecord: Encodable, Sendable {
    let fiscalYear: Int
    let turnover: Int64
    let workers: Int
    let localWorkers: Int
    let investment: Int64
    let effectiveFrom: String
    let version: Int
    /// Why and when this version corrected the one before; absent for version 1.
    let correctionReason: String?
    let correctedOn: String?
    /// The version that replaced this one; absent for the version that counts.
    let supersededBy: Int?

    init(_ declaration: Declaration, current: Int) {
        fiscalYear = declaration.fiscalYear
        turnover = declaration.turnover.amount
        workers = declaration.workers
        localWorkers = declaration.localWorkers
        investment = declaration.investment.amount
        effectiveFrom = declaration.effectiveFrom.iso
        version = declaration.version
        correctionReason = declaration.correction?.reason
        correctedOn = declaration.correction?.on.iso
        supersededBy = declaration.version < current ? declaration.version + 1 : nil
    }

    /// Every version of every year, by year, oldest version first.
    static func all(_ declarations: [Declaration]) -> [Self] {
        declarations.sorted { $0.fiscalYear < $1.fiscalYear }.flatMap { year in
            year.versions.map { Self($0, current: year.version) }
        }
    }
}

