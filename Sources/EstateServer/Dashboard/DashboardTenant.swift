import EstateDomain
import EstateReports
import EstateStore
import Foundation
import Hummingbird

/// The dashboard's tenant page: the verdict with its trace, declarations, partnerships, leases
/// and (for a store-wide admin) the history panel; an officer adds and ends partnerships here
/// through CSRF forms that call the same operations as the API (issue 15, item 6).
extension Dashboard {
    func tenant(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantPage(request, context, refusal: nil)
    }

    /// A form the page refused: the message in the caller's language, the status, the values sent.
    struct FormRefusal {
        let form: String
        let message: String
        let status: HTTPResponse.Status
        let values: [String: String]
    }

    /// One row's form on a page that may be re-rendered after a refusal: open again with the
    /// values sent when the refusal is of `form` for this row (its identifying fields, `row`, hold
    /// the values sent), else showing the stored values.
    struct RowForm {
        let refused: FormRefusal?

        init(_ refusal: FormRefusal?, form: String, row: [String: String]) {
            refused = refusal.flatMap { refusal in
                refusal.form == form && row.allSatisfy { refusal.values[$0.key] == $0.value } ? refusal : nil
            }
        }

        var open: Bool { refused != nil }

        /// The value sent for `field` when this row's form was refused, else `stored`.
        func value(_ field: String, _ stored: String) -> String { refused.map { $0.values[field] ?? "" } ?? stored }
    }

    func tenantPage(_ request: Request, _ context: EstateRequestContext, refusal: FormRefusal?) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let tenant = try ReadRoutes.tenant(context, in: estate)
        let l = context.language
        let decision = try api.domain {
            try EligibilityEvaluator(ruleBook: estate.ruleBook).evaluate(tenant, asOf: date)
        }
        let mayEdit = (context.caller?.role ?? .viewer) >= .officer
        // Every version of a year, newest first; a superseded one is marked, a correction says why.
        let declarations = tenant.declarations.sorted { $0.fiscalYear > $1.fiscalYear }.flatMap { year in
            year.versions.reversed().map { d -> [String: Any] in
                let note =
                    d.version < year.version
                    ? t(l, "digantikan versi \(d.version + 1)", "superseded by version \(d.version + 1)")
                    : d.correction.map { t(l, "koreksi", "corrected") + " " + $0.on.format(l) + ": " + $0.reason } ?? ""
                let row: [String: Any] = [
                    "year": "\(d.fiscalYear)", "turnover": d.turnover.format(l), "workers": "\(d.workers)",
                    "local": "\(d.localWorkers)", "investment": d.investment.format(l), "version": "\(d.version)",
                    "note": note, "hasNote": !note.isEmpty, "superseded": d.version < year.version,
                ]
                return row.merging(
                    declarationCorrection(d, counts: d.version == year.version, mayEdit: mayEdit, refusal: refusal)) { $1 }
            }
        }
        let history = try await self.history(of: tenant.nib, for: context.caller)
        let mayEndLeases = (context.caller?.role ?? .viewer) >= .admin
        let leases = estate.leases.filter { $0.nib == tenant.nib }.sorted { $0.start < $1.start }.map { lease -> [String: Any] in
            let row: [String: Any] = [
                "plot": lease.plotCode, "start": lease.start.format(l),
                "end": lease.effectiveEnd?.format(l) ?? t(l, "terbuka", "open"), "state": lease.state.name(l),
                "mayEnd": mayEndLeases && lease.state == .signed && lease.runs(onOrAfter: date),
                "endingAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/leases/\(lease.plotCode)/ending"),
            ]
            return row.merging(leaseRescheduling(lease, on: date, isAdmin: mayEndLeases, refusal: refusal)) { $1 }
        }
        let partnerships = PartnershipView.list(of: estate, nib: tenant.nib, asOf: date).map { view -> [String: Any] in
            let row: [String: Any] = [
                "partner": view.partner, "product": view.product,
                "since": (try? CivilDate(parsing: view.since, field: "since"))?.format(l) ?? view.since,
                "ended": view.endedOn.flatMap { try? CivilDate(parsing: $0, field: "ended_on") }?.format(l) ?? "",
                "inForce": view.inForce ? t(l, "ya", "yes") : t(l, "tidak", "no"),
                // Its terms (issue 18), read-only here: `estate partnerships update` completes them.
                "terms": [
                    view.forum, view.valuePerYear.map { Rupiah($0).format(l) },
                    view.jobs.map { "\($0)" + (view.localJobs.map { " (\($0))" } ?? "") },
                ].compactMap { $0 }.joined(separator: " · "),
                "mayEnd": mayEdit && view.endedOn == nil,
            ]
            return row.merging(partnershipCorrection(view, refusal: refusal)) { $1 }
        }
        let applications = applicationRows(of: tenant.nib, in: estate, asOf: date, refusal: refusal, l)
        let statement = try await api.operations.statement(tenant.nib, from: nil, to: date)
        let entries = statement.entries.map { entry -> [String: Any] in
            [
                "date": entry.date.format(l), "kind": StatementView.name(of: entry.kind, l), "reference": entry.reference,
                "link": documentLink(entry, l), "hasLink": entry.kind != .reversal,
                "debit": entry.debit.amount > 0 ? entry.debit.format(l) : "",
                "credit": entry.credit.amount > 0 ? entry.credit.format(l) : "", "balance": entry.balance.format(l),
            ]
        }
        let kept = { (form: String, field: String) in refusal?.form == form ? refusal?.values[field] ?? "" : "" }
        let submissions = try await submissionRows(of: tenant.nib, mayDecide: mayEdit, l)
        let documents = try await documentSection(of: tenant.nib, mayDecide: mayEdit, refusal: refusal, l)
        let mail = try await mailSection(of: tenant.nib, refusal: refusal, l)
        var object: [String: Any] = [
            "estate": estate.name, "name": tenant.legalName, "nib": tenant.nib.digits, "npwp": tenant.npwp.digits,
            "kbli": tenant.kbli.map(\.code).joined(separator: ", "),
            "reach": [tenant.contact.address, tenant.contact.contact].compactMap { $0 }.joined(separator: " · "),
            "hasReach": tenant.contact.address != nil || tenant.contact.contact != nil,
            "verdict": decision.eligible
                ? t(l, "Memenuhi aturan", "Meets the rules") : t(l, "TIDAK memenuhi aturan", "Does NOT meet the rules"),
            "ruleSet": decision.ruleSetVersion,
            "usedDeclaration": decision.fiscalYear.map { year in
                t(l, "laporan \(year) versi \(decision.declarationVersion ?? 1)", "\(year) declaration, version \(decision.declarationVersion ?? 1)")
            } ?? t(l, "belum ada laporan", "no declaration"),
            "trace": decision.outcomes.map {
                ["rule": $0.ruleId, "result": $0.result.name(l), "text": $0.explanation(l)]
            },
            "declarations": declarations, "hasDeclarations": !declarations.isEmpty,
            "overdue": decision.overdue.map { $0.text(l) } ?? "", "hasOverdue": decision.overdue != nil,
            "history": history ?? [], "showHistory": history != nil, "hasHistory": !(history ?? []).isEmpty,
            "leases": leases, "hasLeases": !leases.isEmpty, "mayEndLeases": mayEndLeases,
            "partnerships": partnerships, "hasPartnerships": !partnerships.isEmpty, "mayEdit": mayEdit,
            // Officers, and the firm's own account, apply, reconfirm and withdraw its applications;
            // the firm sends its declaration, which an officer then accepts or refuses.
            "mayApply": mayEdit || context.caller?.role == .tenant, "maySubmit": context.caller?.role == .tenant,
            "submissions": submissions, "hasSubmissions": !submissions.isEmpty,
            "submitAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/declaration-submissions"),
            "submit": [
                "year": kept("submit", "fiscal_year"), "turnover": kept("submit", "turnover"),
                "workers": kept("submit", "workers"), "local": kept("submit", "local_workers"),
                "investment": kept("submit", "investment"),
            ],
            "applications": applications, "hasApplications": !applications.isEmpty,
            "statement": entries, "hasStatement": !entries.isEmpty,
            "statementClosing": StatementView.closingText(statement.closing, l),
            "applyAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/applications"),
            "reconfirmAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/applications/reconfirmation"),
            "withdrawAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/applications/withdrawal"),
            "apply": [
                "min": kept("apply", "min_area_m2"), "max": kept("apply", "max_area_m2"), "phase": kept("apply", "phase"),
                "submitted": refusal?.form == "apply" ? kept("apply", "submitted_on") : date.iso,
            ],
            "csrf": context.session?.csrf ?? "", "today": date.iso,
            "addAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/partnerships"),
            "endAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/partnerships/end"),
            "declareAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/declarations"),
            "correctAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/correction"),
            "correctDeclarationAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/declarations/corrections"),
            "partnershipCorrectAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/partnerships/correction"),
            "rescheduleAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/leases/rescheduling"),
            "form": [
                "year": kept("declare", "fiscal_year"), "turnover": kept("declare", "turnover"),
                "workers": kept("declare", "workers"), "local": kept("declare", "local_workers"),
                "investment": kept("declare", "investment"),
                "declaredOn": refusal?.form == "declare" ? kept("declare", "declared_on") : date.iso,
                "name": refusal?.form == "correct" ? kept("correct", "name") : tenant.legalName,
                "npwp": refusal?.form == "correct" ? kept("correct", "npwp") : tenant.npwp.digits,
                "kbli": refusal?.form == "correct" ? kept("correct", "kbli") : tenant.kbli.map(\.code).joined(separator: ";"),
                "address": refusal?.form == "correct" ? kept("correct", "address") : tenant.contact.address ?? "",
                "contact": refusal?.form == "correct" ? kept("correct", "contact") : tenant.contact.contact ?? "",
            ],
            "addPartner": kept("add", "partner"), "addProduct": kept("add", "product"),
            "addSince": refusal?.form == "add" ? kept("add", "since") : date.iso,
            "labels": tenantLabels(l),
        ]
        object.merge(documents) { $1 }
        object.merge(mail) { $1 }
        if let refusal {
            object["refusal"] = refusal.message
            object["\(refusal.form)Refused"] = true
        }
        var response = page(
            tenant.legalName, content: library.render(object, withTemplate: "tenant") ?? "",
            provenance: "\(date.format(l)) · \(decision.ruleSetVersion)", request, context)
        if let refusal { response.status = refusal.status }
        return response
    }

    /// `POST /dashboard/tenants/{nib}/partnerships`: an officer records a partnership.
    func addPartnership(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("add", request, context) { form, nib in
            let since = try CivilDate(parsing: form["since"] ?? "", field: "since")
            let partnership = try Partnership(
                partner: form["partner"] ?? "", product: form["product"] ?? "", since: since)
            _ = try await api.operations.addPartnership(partnership, to: nib, actor: context.caller!.actor)
            return "partnership-added"
        }
    }

    /// `POST /dashboard/tenants/{nib}/partnerships/end`: an officer ends one from a day.
    func endPartnership(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("end", request, context) { form, nib in
            let on = try CivilDate(parsing: form["on"] ?? "", field: "on")
            _ = try await api.operations.amend(
                .endPartnership(nib: nib, partner: form["partner"] ?? "", product: form["product"] ?? "", on: on),
                actor: context.caller!.actor)
            return "partnership-ended"
        }
    }

    /// A form's field without the spaces around it; empty when the form lacks it.
    static func text(_ form: [String: String], _ name: String) -> String {
        (form[name] ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// A field that may be left empty: nil then (a correction keeps the stored value).
    static func given(_ form: [String: String], _ name: String) -> String? {
        let value = text(form, name)
        return value.isEmpty ? nil : value
    }

    /// A form's refusal (a bad value, a record not found, a conflict) as the page shows it, in the
    /// caller's language; any other error is thrown on.
    func refusal(
        of error: any Error, in form: String, values: [String: String], _ context: EstateRequestContext
    ) throws -> FormRefusal {
        guard let problem = Problem.from(error) as? Problem,
            [.invalidField, .notFound, .conflict, .invalidData].contains(problem.kind)
        else { throw error }
        return FormRefusal(form: form, message: problem.detail.text(context.language), status: problem.status, values: values)
    }

    /// Runs one of the tenant page's forms (see `recordForm`), back to the tenant page.
    /// `read`: the form's fields when the caller has read the body already.
    func tenantForm(
        _ name: String, _ request: Request, _ context: EstateRequestContext, read: [String: String]? = nil,
        _ body: ([String: String], NIB) async throws -> String
    ) async throws -> Response {
        let nib = try ReadRoutes.nib(context)
        return try await recordForm(
            name, request, context, read: read, page: "/dashboard/tenants/\(nib.digits)",
            rerender: { try await tenantPage(request, context, refusal: $0) }, { try await body($0, nib) })
    }

    /// Runs one of a record page's forms: CSRF first; on success back to `page` with a fixed
    /// message; a refusal (bad value, not found, conflict) re-renders the page with the API's
    /// message in the caller's language, the values kept and nothing written.
    func recordForm(
        _ name: String, _ request: Request, _ context: EstateRequestContext, read: [String: String]? = nil,
        page: String, rerender: (FormRefusal) async throws -> Response, _ body: ([String: String]) async throws -> String
    ) async throws -> Response {
        let form: [String: String]
        if let read { form = read } else { form = try await formFields(request, context) }
        try checkCSRF(form, context)
        do {
            let done = try await body(form)
            return redirect(here.link("\(page)?done=\(done)"))
        } catch {
            return try await rerender(try refusal(of: error, in: name, values: form, context))
        }
    }
}
