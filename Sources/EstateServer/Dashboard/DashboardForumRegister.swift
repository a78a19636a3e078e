import EstateDomain
import Hummingbird

/// An officer's forms for the forum's register on the forum page (issue 18, items 1 and 4):
/// register a large industry, record a need and close one, add a forum and invite to it. Each
/// reads its fields through the domain's checked initialisers and writes through the use case
/// the API and the CLI call; a refusal re-renders the page with the values sent.
extension Dashboard {
    /// `POST /dashboard/forum/industries`.
    func addIndustryForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("industry", request, context) { form in
            let industry = try LargeIndustry(
                nib: try NIB(parsing: Self.text(form, "nib")), name: Self.text(form, "name"),
                kbli: try KBLI.list(parsing: Self.text(form, "kbli")), location: Self.text(form, "location"),
                regency: Self.given(form, "regency") ?? "Kabupaten Bekasi", contact: Self.given(form, "contact"))
            try await api.operations.addIndustry(industry, actor: context.caller!.actor)
            return "industry-added"
        }
    }

    /// `POST /dashboard/forum/needs`: `requires` and `prefers` list certifications separated by
    /// commas, each as on the command line (`iso_9001`, `tkdn:40`).
    func addNeedForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("need", request, context) { form in
            // Each list separated by commas, as a person types it.
            func list(_ name: String) -> [String] {
                Self.text(form, name).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let need = try IndustryNeed(
                id: 0, industry: try NIB(parsing: Self.text(form, "industry"), field: "industry"), item: Self.text(form, "item"),
                process: try IndustrialProcess(parsing: Self.text(form, "process")), material: Self.given(form, "material"),
                kbli: try Self.given(form, "kbli").map { try KBLI(parsing: $0) },
                volumePerMonth: try Self.optionalCount(form, "volume_per_month"),
                unit: Self.given(form, "unit") ?? "pcs",
                certifications: try ForumSpecs.wanted(requires: list("requires"), prefers: list("prefers")),
                deadline: try Self.given(form, "deadline").map { try CivilDate(parsing: $0, field: "deadline") },
                openedOn: .todayInBekasi)
            _ = try await api.operations.addNeed(need, actor: context.caller!.actor)
            return "need-added"
        }
    }

    /// `POST /dashboard/forum/needs/closing`: closes the need `id` today.
    func closeNeedForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("close", request, context) { form in
            let id = try ForumRegisterRoutes.needID(Self.text(form, "id"))
            _ = try await api.operations.closeNeed(id, on: .todayInBekasi, actor: context.caller!.actor)
            return "need-closed"
        }
    }

    /// `POST /dashboard/forum/forums`.
    func addForumForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("forum", request, context) { form in
            let forum = try ForumEvent(
                code: Self.text(form, "code"), heldOn: try CivilDate(parsing: Self.text(form, "held_on"), field: "held_on"),
                venue: Self.text(form, "venue"))
            try await api.operations.addForum(forum, actor: context.caller!.actor)
            return "forum-added"
        }
    }

    /// `POST /dashboard/forum/invitations`: NIBs separated by spaces, commas or lines.
    func inviteForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("invite", request, context) { form in
            let nibs = try Self.text(form, "nibs").split(whereSeparator: { $0 == "," || $0.isWhitespace })
                .map { try NIB(parsing: String($0), field: "nibs") }
            _ = try await api.operations.invite(nibs, to: Self.text(form, "forum"), actor: context.caller!.actor)
            return "invited"
        }
    }

    /// One forum-page form (its route regency-wide): CSRF first, a refusal re-rendered with its values.
    func forumForm(
        _ name: String, _ request: Request, _ context: EstateRequestContext, _ body: ([String: String]) async throws -> String
    ) async throws -> Response {
        try await recordForm(
            name, request, context, page: "/dashboard/forum", rerender: { try await forumPage(request, context, refusal: $0) }, body)
    }
}
