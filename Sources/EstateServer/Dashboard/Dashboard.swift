import EstateDomain
import EstateReports
import EstateStore
import Foundation
import Hummingbird
import Mustache

/// The web dashboard: server-rendered pages over the same library as the API, in Bahasa
/// Indonesia or English (`?lang=`, remembered in a cookie), signed in with an API token kept in
/// an HttpOnly, SameSite=Strict session cookie; every form carries the session's CSRF value.
struct Dashboard: Sendable {
    let api: APISupport
    let library: MustacheLibrary

    init(api: APISupport) throws {
        self.api = api
        library = try DashboardTemplates.library()
    }

    var routes: [RouteSpec] {
        [
            RouteSpec(.get, "/", .regency, csrf: .form, tenant: .filtered, overview),
            RouteSpec(.get, "/dashboard/signin", nil, csrf: .form, signInPage),
            RouteSpec(.post, "/dashboard/signin", nil, csrf: .form, signIn),
            RouteSpec(.post, "/dashboard/signout", .regency, csrf: .form, tenant: .filtered, signOut),
            RouteSpec(.get, "/dashboard/tenants/{nib}", .viewer, csrf: .form, tenant: .ownFirm, tenant),
            RouteSpec(.post, "/dashboard/tenants/{nib}/partnerships", .officer, csrf: .form, addPartnership),
            RouteSpec(.post, "/dashboard/tenants/{nib}/declarations", .officer, csrf: .form, declareForm),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/declaration-submissions", .officer, csrf: .form, tenant: .ownFirm,
                submitDeclarationForm),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/declaration-submissions/{id}/acceptance", .officer, csrf: .form,
                acceptSubmissionForm),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/declaration-submissions/{id}/refusal", .officer, csrf: .form,
                refuseSubmissionForm),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/documents", .officer, csrf: .form, tenant: .ownFirm, uploadDocumentForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/documents/{id}/acceptance", .officer, csrf: .form, acceptDocumentForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/documents/{id}/refusal", .officer, csrf: .form, refuseDocumentForm),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/mail-recipient", .officer, csrf: .form, tenant: .ownFirm, mailRecipientForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/correction", .officer, csrf: .form, correctTenantForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/applications", .officer, csrf: .form, tenant: .ownFirm, applyForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/leases/{plot}/ending", .admin, csrf: .form, leaseEnding),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/applications/reconfirmation", .officer, csrf: .form, tenant: .ownFirm,
                reconfirmForm),
            RouteSpec(
                .post, "/dashboard/tenants/{nib}/applications/withdrawal", .officer, csrf: .form, tenant: .ownFirm,
                withdrawApplicationForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/partnerships/end", .officer, csrf: .form, endPartnership),
            RouteSpec(.post, "/dashboard/tenants/{nib}/partnerships/correction", .officer, csrf: .form, correctPartnershipForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/declarations/corrections", .officer, csrf: .form, correctDeclarationForm),
            RouteSpec(.post, "/dashboard/tenants/{nib}/leases/rescheduling", .admin, csrf: .form, rescheduleLeaseForm),
            RouteSpec(.get, "/dashboard/firms/new", .officer, csrf: .form, newFirm),
            RouteSpec(.post, "/dashboard/firms", .officer, csrf: .form, addFirmForm),
            RouteSpec(.get, "/dashboard/plots/{code}", .viewer, csrf: .form, plot),
            RouteSpec(.post, "/dashboard/plots/{code}/correction", .admin, csrf: .form, correctPlotForm),
            RouteSpec(.post, "/dashboard/plots/{code}/withdrawal", .admin, csrf: .form, withdrawPlotForm),
            RouteSpec(.get, "/dashboard/allocation", .officer, csrf: .form, allocation),
            RouteSpec(.post, "/dashboard/allocation/commit", .admin, csrf: .form, commit),
            RouteSpec(.get, "/dashboard/rules", .viewer, csrf: .form, rules),
            RouteSpec(.get, "/dashboard/money", .viewer, csrf: .form, money),
            RouteSpec(.post, "/dashboard/money/run", .admin, csrf: .form, runInvoicesForm),
            RouteSpec(.post, "/dashboard/money/payments", .officer, csrf: .form, recordPaymentForm),
            RouteSpec(.post, "/dashboard/money/cancellation", .admin, csrf: .form, cancelInvoiceForm),
            RouteSpec(.post, "/dashboard/rules/simulation", .viewer, csrf: .form, simulateRules),
            RouteSpec(.get, "/dashboard/forum", .regency, csrf: .form, APISupport.regencyWide(forum)),
            RouteSpec(.post, "/dashboard/forum/schedule", .officer, csrf: .form, APISupport.regencyWide(saveForumScheduleForm)),
            RouteSpec(.post, "/dashboard/forum/outcomes", .officer, csrf: .form, APISupport.regencyWide(recordForumOutcomeForm)),
            RouteSpec(.post, "/dashboard/forum/industries", .officer, csrf: .form, APISupport.regencyWide(addIndustryForm)),
            RouteSpec(.post, "/dashboard/forum/needs", .officer, csrf: .form, APISupport.regencyWide(addNeedForm)),
            RouteSpec(.post, "/dashboard/forum/needs/closing", .officer, csrf: .form, APISupport.regencyWide(closeNeedForm)),
            RouteSpec(
                .post, "/dashboard/forum/industries/correction", .officer, csrf: .form, APISupport.regencyWide(correctIndustryForm)),
            RouteSpec(.post, "/dashboard/forum/needs/correction", .officer, csrf: .form, APISupport.regencyWide(correctNeedForm)),
            RouteSpec(.post, "/dashboard/forum/forums", .officer, csrf: .form, APISupport.regencyWide(addForumForm)),
            RouteSpec(.post, "/dashboard/forum/invitations", .officer, csrf: .form, APISupport.regencyWide(inviteForm)),
        ]
    }

    // MARK: Pages

    /// The estate the page shows (`DashboardEstate.route` sets it for every signed-in page).
    var here: DashboardEstate {
        DashboardEstate.current ?? DashboardEstate(code: nil, choices: [], regencyWide: true)
    }

    func overview(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        // A firm's account has no estate overview (it names every firm): it opens on its own page.
        if let firms = context.visibleFirms {
            guard let first = firms.min() else {
                throw Problem(
                    .forbidden, "Akun ini tidak terhubung dengan perusahaan mana pun; hubungi pengurus asosiasi.",
                    "This account acts for no firm; ask the association's officers.")
            }
            return Response(
                status: .seeOther, headers: [.location: DashboardEstate.current?.link("/dashboard/tenants/\(first.digits)")
                    ?? "/dashboard/tenants/\(first.digits)"])
        }
        // The regency office's account sees the estate's occupancy and site plan and the reports
        // it reads, not the firms' eligibility, leases' ends, waitlist or pages.
        let forRegencyOffice = context.caller?.role == .regency
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let l = context.language
        let reportContext = try api.domain {
            try ReportContext(estate: estate, asOf: date, language: l, store: api.configuration.storeName)
        }
        let occupancy = try api.domain { try ReportBuilder.document(.occupancy, context: reportContext) }
        let links = { (shape: SitePlan.Shape) -> String? in
            if forRegencyOffice { return nil }
            // A leased plot opens its tenant's page, any other plot its own page.
            return estate.lease(onPlot: shape.code, on: date).map { here.link("/dashboard/tenants/\($0.nib.digits)") }
                ?? here.link("/dashboard/plots/\(shape.code)")
        }
        var content = [
            "<header><p class=\"estate\">\(e(estate.name))</p><h1>\(e(t(l, "Keadaan kawasan", "Estate overview")))</h1>"
                + "<p class=\"provenance\">\(e(occupancy.provenance))</p></header>",
            "<form method=\"get\" action=\"/\"><label>\(e(t(l, "Tanggal", "Date"))) <input type=\"date\" name=\"as_of\" "
                + "value=\"\(date.iso)\"></label>"
                + (here.code.map { "<input type=\"hidden\" name=\"estate\" value=\"\(e($0))\">" } ?? "")
                + " <button type=\"submit\">\(e(t(l, "Tampilkan", "Show")))</button></form>",
        ]
        content += ReportHTMLRenderer.fragment(occupancy, sitePlanLink: links)
        if !forRegencyOffice {
            content += try firmsSections(reportContext, estate: estate, date: date, mayAddFirm: context.caller.map { $0.role >= .officer } ?? false, l)
        }
        content.append(
            "<section id=\"downloads\" class=\"downloads\"><h2>\(e(t(l, "Unduh laporan", "Download reports")))</h2>")
        let base = here.apiBase
        for kind in ReportKind.allCases
        where (kind != .regency || here.regencyWide) && (!forRegencyOffice || kind.readByRegencyOffice) {
            let query = "as_of=\(date.iso)&lang=\(l.rawValue)"
            content.append(
                "<p>\(e(kind.rawValue)): <a href=\"\(base)/reports/\(kind.rawValue)?format=csv&\(query)\">CSV</a>"
                    + "<a href=\"\(base)/reports/\(kind.rawValue)?format=html&\(query)\">"
                    + "\(e(t(l, "HTML untuk dicetak", "printable HTML")))</a></p>")
        }
        content.append("</section>")
        return page(
            t(l, "Keadaan kawasan", "Estate overview"), content: content.joined(separator: "\n"),
            provenance: occupancy.provenance, request, context)
    }

    /// The overview's sections about the firms: eligibility alerts, leases ending, the waitlist
    /// and the tenants with their pages (and, for an officer, the way to add a firm).
    private func firmsSections(
        _ reportContext: ReportContext, estate: Estate, date: CivilDate, mayAddFirm: Bool, _ l: Language
    ) throws -> [String] {
        var content = alerts(reportContext)
        let expiring = try api.domain { try ReportBuilder.document(.expiring, context: reportContext) }
        content += ReportHTMLRenderer.fragment(expiring).filter { !$0.hasPrefix("<ul class=\"summary\">") }
        let waitlist = try api.domain { try WaitlistView.entries(of: estate, asOf: date, language: l) }
        content.append("<section id=\"waitlist\"><h2>\(e(t(l, "Daftar tunggu", "Waitlist")))</h2>")
        content.append(
            waitlist.isEmpty
                ? "<p class=\"empty\">\(e(t(l, "Tidak ada permohonan.", "No application.")))</p>"
                : "<table><thead><tr><th class=\"n\">#</th><th>\(e(t(l, "Perusahaan", "Firm")))</th><th class=\"n\">m²</th>"
                    + "<th>\(e(t(l, "Keadaan", "State")))</th></tr></thead><tbody>"
                    + waitlist.map {
                        "<tr><td class=\"n\">\($0.rank)</td><td>\(e($0.name))</td><td class=\"n\">\(e($0.minAreaM2))–"
                            + "\(e($0.maxAreaM2))</td><td>\(e($0.active ? t(l, "aktif", "active") : $0.reason ?? ""))</td></tr>"
                    }.joined() + "</tbody></table>")
        content.append("</section>")
        content.append("<section id=\"tenants\"><h2>\(e(t(l, "Penyewa", "Tenants")))</h2><ul>")
        content += estate.tenants.map {
            "<li><a href=\"\(here.link("/dashboard/tenants/\($0.nib.digits)"))\">\(e($0.legalName))</a></li>"
        }
        content.append("</ul>")
        if mayAddFirm {
            content.append("<p><a href=\"\(here.link("/dashboard/firms/new"))\">\(e(t(l, "Tambah perusahaan", "Add a firm")))</a></p>")
        }
        content.append("</section>")
        return content
    }

    /// Tenants that no longer meet the rules in force, each with the rules it fails and a link
    /// to its trace.
    private func alerts(_ c: ReportContext) -> [String] {
        let l = c.language
        let out = c.occupancy.tenantsOutOfRules
        var html = ["<section id=\"alerts\"><h2>\(e(t(l, "Peringatan kelayakan", "Eligibility alerts")))</h2>"]
        if out.isEmpty {
            html.append(
                "<p class=\"empty\">\(e(t(l, "Semua penyewa memenuhi aturan.", "Every tenant meets the rules.")))</p>")
        } else {
            html.append(
                "<table><thead><tr><th>\(e(t(l, "Perusahaan", "Firm")))</th><th>\(e(t(l, "Tahun buku", "Fiscal year")))</th>"
                    + "<th>\(e(t(l, "Aturan yang gagal", "Failed rules")))</th></tr></thead><tbody>")
            for decision in out {
                let name = c.estate.tenant(decision.nib)?.legalName ?? decision.nib.digits
                html.append(
                    "<tr><td><a href=\"\(here.link("/dashboard/tenants/\(decision.nib.digits)"))\">\(e(name))</a></td>"
                        + "<td>\(decision.fiscalYear.map(String.init) ?? "–")</td>"
                        + "<td>\(e(decision.failedRules.joined(separator: ", ")))</td></tr>")
            }
            html.append("</tbody></table>")
        }
        html.append("</section>")
        return html
    }

    /// The proposal with a reason for every choice; an admin commits exactly what is shown.
    func allocation(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let l = context.language
        let (reading, proposal) = try await api.domain { try await api.operations.propose(policy: .optimal, asOf: date) }
        let estate = api.noting(reading)
        let name = { (nib: NIB) in estate.tenant(nib)?.legalName ?? nib.digits }
        let proposed = proposal.assignments.map {
            [
                "rank": "\($0.rank)", "name": name($0.nib), "plot": $0.plotCode, "area": $0.plotArea.format(l),
                "reason": ReasonText.assignment($0, language: l),
            ]
        }
        let unassigned = proposal.unassigned.map {
            ["rank": "\($0.rank)", "name": name($0.nib), "reason": ReasonText.refusal($0.reason, language: l)]
        }
        let assignments = proposal.assignments.map { "\($0.plotCode):\($0.nib.digits)" }.joined(separator: ",")
        let isAdmin = context.caller.map { $0.role >= .admin } ?? false
        let object: [String: Any] = [
            "estate": estate.name, "heading": t(l, "Usulan alokasi", "Allocation proposal"),
            "provenance": "\(t(l, "kebijakan", "policy")) \(proposal.policy.rawValue) · \(date.format(l)) · "
                + proposal.ruleSetVersion,
            "assignments": proposed, "hasAssignments": !proposed.isEmpty,
            "unassigned": unassigned, "hasUnassigned": !unassigned.isEmpty,
            "canCommit": isAdmin && !proposal.assignments.isEmpty, "mayNotCommit": !isAdmin,
            "csrf": context.session?.csrf ?? "", "policy": proposal.policy.rawValue, "asOf": date.iso,
            "commitAction": here.link("/dashboard/allocation/commit"),
            "idempotencyKey": UUID().uuidString, "assignmentsValue": assignments,
            "labels": [
                "assignments": t(l, "Kavling yang diusulkan", "Proposed leases"),
                "noAssignment": t(l, "Tidak ada yang dapat dialokasikan.", "Nothing can be allocated."),
                "unassigned": t(l, "Belum mendapat kavling", "Not allocated"), "none": t(l, "tidak ada", "none"),
                "firm": t(l, "Perusahaan", "Firm"), "plot": t(l, "Kavling", "Plot"), "area": "m²",
                "reason": t(l, "Alasan", "Reason"), "commit": t(l, "Tanda tangani sewa ini", "Sign these leases"),
                "commitHelp": t(
                    l, "Semua atau tidak sama sekali; mulai hari ini, tanpa batas akhir.",
                    "All or none; starting on this date, open-ended."),
                "adminOnly": t(l, "Hanya admin yang dapat menandatangani.", "Only an admin can sign the leases."),
            ],
        ]
        return page(
            t(l, "Usulan alokasi", "Allocation proposal"),
            content: library.render(object, withTemplate: "allocation") ?? "",
            provenance: proposal.ruleSetVersion, request, context)
    }

    func commit(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let form = try await formFields(request, context)
        try checkCSRF(form, context)
        let asOf = try api.domain { try CivilDate(parsing: form["as_of"] ?? "", field: "as_of") }
        let shownText = form["assignments"] ?? ""
        let commit = try api.domain {
            try AllocationCommit(
                policy: AllocationPolicy(rawValue: form["policy"] ?? "") ?? .optimal, seed: 0, asOf: asOf, end: nil,
                assignments: try shownText.split(separator: ",").map { try AllocationCommit.Shown(parsing: String($0)) })
        }
        // Checked and scoped as the API's header is (`APISupport.idempotencyKey`).
        let key = try api.idempotencyKey(
            "dashboard:" + (form["idempotency_key"] ?? UUID().uuidString), field: "idempotency_key", request: shownText,
            caller: context.caller!)
        let answer = try await api.operations.commit(
            commit, actor: context.caller!.actor, idempotency: key)
        // The page shows a fixed message for a number, so a crafted link cannot put text on it.
        return redirect(here.link(answer.replayed ? "/?signed=0" : "/?signed=\(commit.shown.count)"))
    }

    // MARK: Sign-in

    // MARK: Helpers

    func checkCSRF(_ form: [String: String], _ context: EstateRequestContext) throws {
        guard let session = context.session else { return }  // a bearer token, not a browser
        guard let sent = form["csrf"], AccessTokens.constantTimeEqual(sent, session.csrf) else {
            throw Problem(
                .csrf, "Formulir kedaluwarsa atau bukan dari dasbor ini; muat ulang halaman.",
                "The form has expired or did not come from this dashboard; reload the page.")
        }
    }

    /// The fields of an `application/x-www-form-urlencoded` form (Hummingbird's decoder).
    func formFields(_ request: Request, _ context: EstateRequestContext) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let fields: [String: String]
        do {
            fields = try URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: buffer))
        } catch {
            throw Problem(.badRequest, "Formulir tidak dapat dibaca.", "The form cannot be read.")
        }
        // Bytes that are not UTF-8 decode to U+FFFD; refused rather than stored as "�".
        if let (name, _) = fields.first(where: { $0.value.contains("\u{FFFD}") || $0.key.contains("\u{FFFD}") }) {
            throw Problem(
                .invalidField, "\(name) berisi teks yang bukan UTF-8; ketik ulang nilainya.",
                "\(name) holds text that is not UTF-8; type the value again.", field: name)
        }
        return fields
    }

    func page(
        _ title: String, content: String, provenance: String, _ request: Request, _ context: EstateRequestContext
    ) -> Response {
        let l = context.language
        let object: [String: Any] = [
            "lang": l.rawValue, "title": title, "style": ReportHTMLRenderer.style, "content": content,
            "provenance": provenance, "isID": l == .indonesian, "signedIn": context.caller != nil,
            "mayAllocate": (context.caller?.role ?? .viewer) >= .officer,
            // A firm's account has no estate-wide page: no link to the rules or the money pages.
            "isStaff": (context.caller?.role ?? .tenant) >= .viewer,
            "caller": context.caller.map { "\($0.tokenName) (\($0.role.rawValue))" } ?? "",
            "csrf": context.session?.csrf ?? "", "flash": flash(request, l) ?? false,
            "home": here.link("/"), "allocationLink": here.link("/dashboard/allocation"),
            "rulesLink": here.link("/dashboard/rules"), "moneyLink": here.link("/dashboard/money"),
            // The forum is the regency's: only a token for every estate reaches it.
            "mayForum": (context.caller?.role ?? .tenant) >= .regency && context.caller?.estates == nil,
            "forumLink": here.link("/dashboard/forum"),
            "langID": here.link("?lang=id"), "langEN": here.link("?lang=en"), "switcher": here.switcher(l),
            "storedProblems": StoredDataNotice.current?.problems ?? [],
            "hasStoredProblems": !(StoredDataNotice.current?.problems ?? []).isEmpty,
            "storedProblemsHeading": t(
                l, "Data tersimpan melanggar aturan kawasan; angka di bawah memuatnya. Perbaiki datanya:",
                "The stored data breaks the estate's rules; the figures below include it. Repair the data:"),
            "nav": [
                "home": t(l, "Ringkasan", "Overview"), "allocation": t(l, "Alokasi", "Allocation"),
                "rules": t(l, "Aturan", "Rules"), "money": t(l, "Tagihan", "Invoices"), "forum": t(l, "Forum bisnis", "Business forum"),
                "signOut": t(l, "Keluar", "Sign out"),
            ],
        ]
        var response = APISupport.text(
            library.render(object, withTemplate: "layout") ?? "", type: "text/html; charset=utf-8")
        response.headers[.contentLanguage] = l.rawValue
        // Its Content-Security-Policy is `SecurityHeadersMiddleware`'s, as every HTML answer's.
        if let chosen = request.uri.queryParameters.get("lang"), Language(rawValue: chosen) != nil {
            response.setCookie(
                Cookie(
                    name: "lang", value: chosen, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    func t(_ language: Language, _ indonesian: String, _ english: String) -> String {
        language == .indonesian ? indonesian : english
    }

    func e(_ text: String) -> String { ReportHTMLRenderer.escaped(text) }
}
