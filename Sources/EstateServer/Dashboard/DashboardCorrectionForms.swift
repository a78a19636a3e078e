import EstateDomain
import EstateReports
import EstateStore
import Hummingbird

/// The tenant page's corrections of one row (issue 15, items 2 and 6): a year's declaration
/// corrected by a new version with a reason, a partnership's names or dates, and (for an admin)
/// the dates of a lease not yet started. Each form sits folded under its row, holds the row's
/// values, and calls the change the API's correction calls.
extension Dashboard {
    /// The correction form's part of a declaration row: only the version that counts is corrected.
    func declarationCorrection(
        _ d: Declaration, counts: Bool, mayEdit: Bool, refusal: FormRefusal?
    ) -> [String: Any] {
        let row = RowForm(refusal, form: "correctDeclaration", row: ["fiscal_year": "\(d.fiscalYear)"])
        let value = row.value
        return [
            "mayCorrect": mayEdit && counts, "open": row.open,
            "fields": [
                "year": "\(d.fiscalYear)", "turnover": value("turnover", "\(d.turnover.amount)"),
                "workers": value("workers", "\(d.workers)"), "local": value("local_workers", "\(d.localWorkers)"),
                "investment": value("investment", "\(d.investment.amount)"), "reason": value("reason", ""),
            ],
        ]
    }

    /// The correction form's part of a partnership row, with the stored values (or those refused).
    func partnershipCorrection(_ view: PartnershipView, refusal: FormRefusal?) -> [String: Any] {
        let row = RowForm(refusal, form: "correctPartnership", row: ["partner": view.partner, "product": view.product])
        let value = row.value
        return [
            "open": row.open,
            "fields": [
                "partner": value("new_partner", view.partner), "product": value("new_product", view.product),
                "since": value("since", view.since), "ended": value("ended_on", view.endedOn ?? ""),
            ],
        ]
    }

    /// The rescheduling form's part of a lease row: a signed lease that has not started on `date`.
    func leaseRescheduling(_ lease: Lease, on date: CivilDate, isAdmin: Bool, refusal: FormRefusal?) -> [String: Any] {
        let row = RowForm(refusal, form: "reschedule", row: ["plot": lease.plotCode, "start": lease.start.iso])
        let value = row.value
        return [
            "mayReschedule": isAdmin && lease.state == .signed && date < lease.start, "open": row.open,
            "startISO": lease.start.iso,
            "fields": [
                "newStart": value("new_start", lease.start.iso), "end": value("end", lease.end?.iso ?? ""),
                "openEnd": row.refused.map { $0.values["open_end"] == "yes" } ?? (lease.end == nil),
            ],
        ]
    }

    /// `POST /dashboard/tenants/{nib}/declarations/corrections`: the year's figures as corrected,
    /// a new version with the reason; the version before stays, superseded.
    func correctDeclarationForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("correctDeclaration", request, context) { form, nib in
            let figures = try Declaration(
                fiscalYear: try Self.count(form, "fiscal_year"),
                turnover: try Rupiah(parsing: Self.text(form, "turnover"), field: "turnover"),
                workers: try Self.count(form, "workers"), localWorkers: try Self.count(form, "local_workers"),
                investment: try Rupiah(parsing: Self.text(form, "investment"), field: "investment"))
            let correction = try DeclarationCorrection(reason: form["reason"] ?? "", on: .todayInBekasi)
            _ = try await api.operations.amend(
                .correctDeclaration(nib: nib, figures: figures, correction: correction), actor: context.caller!.actor)
            return "declaration-corrected"
        }
    }

    /// `POST /dashboard/tenants/{nib}/partnerships/correction`: the partnership named by its
    /// stored partner and product gets the form's values; an empty end means it runs on.
    func correctPartnershipForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("correctPartnership", request, context) { form, nib in
            let ended = try Self.given(form, "ended_on").map { try CivilDate(parsing: $0, field: "ended_on") }
            let correction = PartnershipCorrection(
                partner: Self.text(form, "new_partner"), product: Self.text(form, "new_product"),
                since: try CivilDate(parsing: Self.text(form, "since"), field: "since"), endedOn: ended,
                reopen: ended == nil)
            _ = try await api.operations.amend(
                .correctPartnership(
                    nib: nib, partner: form["partner"] ?? "", product: form["product"] ?? "", correction: correction),
                actor: context.caller!.actor)
            return "partnership-corrected"
        }
    }

    /// `POST /dashboard/tenants/{nib}/leases/rescheduling`: an admin moves the dates of the firm's
    /// lease on `plot` starting `start`, not yet begun; only a lease this firm holds. An end with
    /// `open_end` is refused as the API refuses it.
    func rescheduleLeaseForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("reschedule", request, context) { form, nib in
            let start = try CivilDate(parsing: Self.text(form, "start"), field: "start")
            let newStart = try Self.given(form, "new_start").map { try CivilDate(parsing: $0, field: "new_start") }
            let openEnd = form["open_end"] == "yes"
            let end = try Self.given(form, "end").map { try CivilDate(parsing: $0, field: "end") }
            _ = try await api.operations.amend(
                .rescheduleLease(
                    plot: form["plot"] ?? "", starting: start, newStart: newStart,
                    end: end, openEnd: openEnd, holder: nib),
                actor: context.caller!.actor)
            return "lease-rescheduled"
        }
    }
}
