import EstateDomain
import EstateReports
import EstateStore
import Hummingbird

/// The tenant page's applications (issue 15, item 6): the firm's applications in every state,
/// and an officer's forms to add one, reconfirm the active one and withdraw it, each through the
/// operation the API calls.
extension Dashboard {
    /// The firm's applications on `date` for the page, newest first, and whether one is active;
    /// a refused withdrawal keeps its reason in its row.
    func applicationRows(
        of nib: NIB, in estate: Estate, asOf date: CivilDate, refusal: FormRefusal?, _ l: Language
    ) -> [[String: Any]] {
        ApplicationView.list(of: estate, asOf: date).filter { $0.nib == nib.digits }.reversed().map { view in
            let withdrawal = RowForm(refusal, form: "withdraw", row: ["submitted_on": view.submittedOn.iso])
            return [
                "submitted": view.submittedOn.format(l), "area": "\(view.minAreaM2)–\(view.maxAreaM2) m²",
                "phase": view.phase.map(String.init) ?? t(l, "mana saja", "any"),
                "state": ApplicationView.name(view.state, language: l),
                "detail": [
                    view.closedOn?.format(l), view.detail,
                    view.reconfirmedOn.map { t(l, "dikonfirmasi ", "reconfirmed ") + $0.format(l) },
                    view.lapsesOn.map { t(l, "gugur ", "lapses ") + $0.format(l) },
                ]
                    .compactMap { $0 }.joined(separator: " · "),
                "active": view.state == .active, "submittedISO": view.submittedOn.iso,
                "withdrawReasonValue": withdrawal.value("reason", ""),
            ]
        }
    }

    /// `POST /dashboard/tenants/{nib}/applications`: an officer puts the firm on the waitlist.
    func applyForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("apply", request, context) { form, nib in
            let field = { (name: String) in Self.text(form, name) }
            let phase = field("phase").isEmpty ? nil : Int(field("phase"))
            if !field("phase").isEmpty, phase == nil {
                throw InputError(
                    field: "phase", value: field("phase"), problem: "is not a phase number",
                    fix: "Leave it empty for any phase, or write the phase's number, e.g. 1.",
                    masalah: "bukan nomor tahap",
                    perbaikan: "Kosongkan untuk tahap mana saja, atau tuliskan nomor tahap, misalnya 1.")
            }
            let application = try Application(
                nib: nib, minArea: try Area(parsing: field("min_area_m2"), field: "min_area_m2"),
                maxArea: try Area(parsing: field("max_area_m2"), field: "max_area_m2"), phase: phase,
                submittedOn: try context.firmsDay(
                    field("submitted_on").isEmpty && context.caller?.role == .tenant
                        ? .todayInBekasi : try CivilDate(parsing: field("submitted_on"), field: "submitted_on"),
                    field: "submitted_on"))
            _ = try await api.operations.apply(application, actor: context.caller!.actor)
            return "application-added"
        }
    }

    /// `POST /dashboard/tenants/{nib}/applications/reconfirmation`: the firm still wants a plot.
    func reconfirmForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("reconfirm", request, context) { form, nib in
            let on = try context.firmsDay(try CivilDate(parsing: form["on"] ?? "", field: "on"), field: "on")
            _ = try await api.operations.amend(.reconfirm(nib: nib, on: on), actor: context.caller!.actor)
            return "application-reconfirmed"
        }
    }

    /// `POST /dashboard/tenants/{nib}/applications/withdrawal`: the firm withdraws its application.
    func withdrawApplicationForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("withdraw", request, context) { form, nib in
            let submitted = try CivilDate(parsing: form["submitted_on"] ?? "", field: "submitted_on")
            let on = try context.firmsDay(try CivilDate(parsing: form["on"] ?? "", field: "on"), field: "on")
            _ = try await api.operations.amend(
                .withdrawApplication(nib: nib, submitted: submitted, on: on, reason: form["reason"] ?? ""),
                actor: context.caller!.actor)
            return "application-withdrawn"
        }
    }
}
