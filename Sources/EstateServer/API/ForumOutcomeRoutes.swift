import EstateDomain
import EstateReports
import Hummingbird

/// What the forums led to, over HTTP (issue 18, item 5): saving a forum's schedule so outcomes can
/// be recorded against its meetings, recording an MoU, a purchase order or a partnership, listing
/// them, and the Dinas's yearly report. Each from the use case `estate forum schedule --save`,
/// `forum outcome`, `forum outcomes` and `forum report` run; regency-wide, as every forum route.
struct ForumOutcomeRoutes: Sendable {
    let api: APISupport

    /// `POST /api/v1/forums/{code}/schedule`: plans the optimal schedule for `slots` rounds and
    /// keeps its meetings (201); refused (409) once the forum has outcomes.
    func saveSchedule(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(SaveScheduleBody.self, request, context)
        let times = try api.domain { try SlotTimes(start: body.start ?? "09:00", minutes: body.minutes ?? 20, slots: body.slots) }
        let (schedule, names, problems) = try await api.domain {
            try await api.operations.saveSchedule(try context.pathParameter("code"), times: times, actor: context.caller!.actor)
        }
        return try api.json(ForumScheduleDocument(schedule, names: names, problems: problems), status: .created)
    }

    /// `POST /api/v1/forums/{code}/outcomes`: records what followed one of its saved meetings (201;
    /// 200 when its reference is recorded already with the same values).
    func record(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(ForumOutcomeBody.self, request, context)
        let outcome = try api.domain {
            try ForumOutcome(
                forum: try context.pathParameter("code"), industry: try NIB(parsing: body.industry, field: "industry"),
                nib: try NIB(parsing: body.nib), kind: try ForumOutcome.Kind(parsing: body.kind),
                on: try CivilDate(parsing: body.on, field: "on"), value: body.value,
                endsOn: try body.endsOn.map { try CivilDate(parsing: $0, field: "ends_on") }, jobs: body.jobs, localJobs: body.localJobs,
                reference: body.reference)
        }
        let (recorded, replayed) = try await api.domain { try await api.operations.recordOutcome(outcome, actor: context.caller!.actor) }
        // The same reference with the same values again (a retry): 200, nothing written.
        return try api.json(ForumOutcomeView(recorded), status: replayed ? .ok : .created)
    }

    /// `GET /api/v1/forum/outcomes[?forum=CODE]`: every outcome recorded, or one forum's.
    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let forum = try request.uri.queryParameters.get("forum").map { text in try api.domain { try ForumEvent.code(String(text), field: "forum") } }
        return try api.json(ForumOutcomesDocument(try await api.operations.forumOutcomes(forum: forum)))
    }

    /// `GET /api/v1/forum/report?year=YYYY` (default: this year in Bekasi): the Dinas's report.
    func report(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let year = try api.integer(request, "year", default: CivilDate.todayInBekasi.year, in: ForumDates.years)
        let report = try await api.domain { try await api.operations.forumReport(year: year) }
        return try api.json(ForumReportDocument(report))
    }
}

struct SaveScheduleBody: JSONBody {
    static let fields: Set<String> = ["slots", "start", "minutes"]
    let slots: Int
    let start: String?
    let minutes: Int?
}

struct ForumOutcomeBody: JSONBody {
    static let fields: Set<String> = ["industry", "nib", "kind", "on", "value", "ends_on", "jobs", "local_jobs", "reference"]
    let industry: String
    let nib: String
    let kind: String
    let on: String
    /// A purchase order's value, or a partnership's value a year: whole rupiah or text the domain reads.
    let value: Rupiah?
    let endsOn: String?
    let jobs: Int?
    let localJobs: Int?
    /// An MoU's or an order's own number, e.g. its PO number.
    let reference: String?
}
