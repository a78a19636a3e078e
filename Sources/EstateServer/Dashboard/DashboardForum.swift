import EstateDomain
import EstateReports
import EstateStore
import Hummingbird

/// The dashboard's forum page (issue 18, item 5): the Dinas's report of a year, the forums with
/// their agendas, what followed their meetings, and the open needs with their best matches; an
/// officer saves a forum's schedule and records an outcome. Regency-wide, as every forum route:
/// a token limited to some estates is refused, a firm's account has no such page. Each form
/// calls the operation the API and the CLI call; a refusal re-renders the page with its values.
extension Dashboard {
    /// `GET /dashboard/forum[?year=YYYY]`: the year asked for, else this year in Bekasi.
    func forum(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumPage(request, context, refusal: nil)
    }

    /// `POST /dashboard/forum/schedule`: an officer saves a forum's optimal schedule.
    func saveForumScheduleForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("schedule", request, context) { form in
            let slots = try Self.optionalCount(form, "slots") ?? 10
            let minutes = try Self.optionalCount(form, "minutes") ?? 20
            let times = try SlotTimes(start: Self.given(form, "start") ?? "09:00", minutes: minutes, slots: slots)
            _ = try await api.operations.saveSchedule(Self.text(form, "forum"), times: times, actor: context.caller!.actor)
            return "schedule-saved"
        }
    }

    /// `POST /dashboard/forum/outcomes`: an officer records what followed a saved meeting.
    func recordForumOutcomeForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("outcome", request, context) { form in
            // The meeting is chosen from the saved ones as FORUM|INDUSTRY|FIRM.
            let meeting = Self.text(form, "meeting").split(separator: "|").map(String.init)
            guard meeting.count == 3 else {
                throw InputError(
                    field: "meeting", value: Self.text(form, "meeting"), problem: "is not a saved meeting",
                    fix: "Choose a meeting from the list.", masalah: "bukan pertemuan yang tersimpan",
                    perbaikan: "Pilih pertemuan dari daftar.")
            }
            let outcome = try ForumOutcome(
                forum: meeting[0], industry: try NIB(parsing: meeting[1], field: "industry"), nib: try NIB(parsing: meeting[2]),
                kind: try ForumOutcome.Kind(parsing: Self.text(form, "kind")),
                on: try CivilDate(parsing: Self.text(form, "on"), field: "on"),
                value: try Self.given(form, "value").map { try Rupiah(parsing: $0, field: "value") },
                endsOn: try Self.given(form, "ends_on").map { try CivilDate(parsing: $0, field: "ends_on") },
                jobs: try Self.optionalCount(form, "jobs"), localJobs: try Self.optionalCount(form, "local_jobs"),
                reference: Self.given(form, "reference"))
            let recorded = try await api.operations.recordOutcome(outcome, actor: context.caller!.actor)
            return recorded.replayed ? "outcome-replayed" : "outcome-recorded"
        }
    }

    func forumPage(_ request: Request, _ context: EstateRequestContext, refusal: FormRefusal?) async throws -> Response {
        let l = context.language
        let today = CivilDate.todayInBekasi
        let year = try api.integer(request, "year", default: today.year, in: ForumDates.years)
        let operations = api.operations
        let register = try await operations.forumRegister()
        let firms = try await api.estate(asOf: today).tenants
        var names = Dictionary(register.industries.map { ($0.nib, $0.name) }, uniquingKeysWith: { first, _ in first })
        for firm in firms { names[firm.nib] = firm.legalName }
        let view = ForumPageView(
            language: l, year: year, role: context.caller?.role ?? .viewer, csrf: context.session?.csrf ?? "", here: here,
            refusal: refusal, today: today, names: names)
        let content = view.render(
            report: ForumReportDocument(try await operations.forumReport(year: year)), forums: try await operations.forums(),
            meetings: try await operations.forumMeetings(), outcomes: try await operations.forumOutcomes(),
            matches: try await api.domain { try await operations.forumMatches(asOf: today) },
            industries: register.industries, problems: register.problems)
        var response = page(
            t(l, "Forum bisnis", "Business forum"), content: content, provenance: t(l, "tahun \(year)", "year \(year)"), request,
            context)
        if let refusal { response.status = refusal.status }
        return response
    }
}
