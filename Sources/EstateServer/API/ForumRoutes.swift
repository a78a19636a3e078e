import EstateDomain
import Foundation
import EstateReports
import EstateStore
import Hummingbird

/// The regency's business forum over HTTP (issue 18), for staff (the Dinas reads as a viewer):
/// the large industries, their needs, a firm's capability profile (a firm's own account reads its
/// own), the explained matches, the forums and each one's optimal schedule (JSON, or the
/// printable agenda as HTML). Each from the use case the CLI runs; the forum is the regency's, not
/// one estate's, so a token limited to some estates is refused (403), as for the regency report.
struct ForumRoutes: Sendable {
    let api: APISupport

    func industries(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let register = try await api.operations.forumRegister()
        let date = try api.date(request)
        return try api.json(IndustriesDocument(industries: IndustryView.list(register, asOf: date), problems: register.problems))
    }

    func needs(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let industry = try request.uri.queryParameters.get("industry").map { text in try api.domain { try NIB(parsing: text, field: "industry") } }
        let all = try api.flag(request, "all") ?? false
        let register = try await api.operations.forumRegister()
        return try api.json(NeedsDocument(needs: NeedView.list(register, industry: industry, all: all, asOf: date), problems: register.problems))
    }

    func capabilities(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        // A firm's own account reads its own (the route checks the NIB); staff need the regency.
        if context.caller?.role != .tenant { try APISupport.requireRegencyWide(context.caller) }
        let nib = try ReadRoutes.nib(context)
        let (name, profile) = try await api.operations.capabilityProfile(nib)
        guard let profile else { throw StoreError.notFound(what: "capability profile of firm", key: nib.digits) }
        return try api.json(CapabilityProfileView(profile, name: name, asOf: try api.date(request)))
    }

    func matches(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let need = try request.uri.queryParameters.get("need").map { _ in Int64(try api.integer(request, "need", default: 0, in: 1...Int(Int32.max))) }
        let nib = try request.uri.queryParameters.get("nib").map { text in try api.domain { try NIB(parsing: text) } }
        let report = try await api.domain { try await api.operations.forumMatches(asOf: date, need: need, nib: nib) }
        return try api.json(MatchesDocument(report))
    }

    func forums(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        return try api.json(ForumsDocument(forums: try await api.operations.forums().map(ForumView.init)))
    }

    /// `?slots=N` (required), `?start=09:00`, `?minutes=20`, `?format=json|html`.
    func schedule(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let code = try context.pathParameter("code")
        guard request.uri.queryParameters.get("slots") != nil else {
            throw Problem(
                .invalidField, "slots: jumlah putaran pertemuan wajib diisi, mis. ?slots=10.",
                "slots: give the number of meeting rounds, e.g. ?slots=10.", field: "slots")
        }
        let slots = try api.integer(request, "slots", default: 0, in: 1...48)
        let minutes = try api.integer(request, "minutes", default: 20, in: 5...240)
        let times = try api.domain {
            try SlotTimes(start: request.uri.queryParameters.get("start").map { String($0) } ?? "09:00", minutes: minutes, slots: slots)
        }
        let format = request.uri.queryParameters.get("format").map { String($0) } ?? "json"
        guard ["json", "html"].contains(format) else {
            throw Problem(.invalidField, "format: \"\(format)\" harus json atau html.", "format: \"\(format)\" must be json or html.", field: "format")
        }
        let (schedule, names, problems) = try await api.domain { try await api.operations.forumSchedule(code, times: times) }
        let document = ForumScheduleDocument(schedule, names: names, problems: problems)
        if format == "html" {
            return APISupport.text(ForumAgendaPage.html(document, language: context.language), type: "text/html; charset=utf-8")
        }
        return try api.json(document)
    }

    /// `PUT /api/v1/forum/capabilities/{nib}`: sets the firm's whole profile, by an officer or by
    /// the firm's own account (issue 18, item 2), from the use case `estate capabilities set` runs.
    func setCapabilities(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        if context.caller?.role != .tenant { try APISupport.requireRegencyWide(context.caller) }
        let nib = try ReadRoutes.nib(context)
        // The body replaces the whole profile: a misspelt key would empty the field it meant.
        let body = try await api.strictBody(CapabilityProfileBody.self, request, context)
        let profile = try api.domain {
            try ForumSpecs.profile(
                nib: nib, processes: body.processes, materials: body.materials ?? [], machines: body.machines ?? [],
                certifications: body.certifications ?? [], products: body.products ?? [], workers: body.workers,
                localWorkers: body.localWorkers, regency: body.regency, processField: "processes")
        }
        try await api.operations.setCapabilityProfile(profile, actor: context.caller!.actor)
        let (name, stored) = try await api.operations.capabilityProfile(nib)
        return try api.json(CapabilityProfileView(stored ?? profile, name: name, asOf: .todayInBekasi))
    }
}
