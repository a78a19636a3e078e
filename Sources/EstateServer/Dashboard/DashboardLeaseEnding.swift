import EstateDomain
import EstateStore
import Hummingbird

/// Ending or terminating a lease from the tenant page (issue 15, item 6), for an admin, in two
/// steps: the first post shows a confirmation page saying what will happen and writes nothing;
/// only the confirmed post (`confirmed=yes`) calls the operation the API calls.
extension Dashboard {
    /// `POST /dashboard/tenants/{nib}/leases/{plot}/ending`.
    func leaseEnding(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let form = try await formFields(request, context)
        guard form["confirmed"] == "yes" else {
            // The first step writes nothing: it checks that this firm holds a signed lease of the
            // plot running then (else the tenant page says why), then asks for confirmation.
            let checked = try await tenantForm("lease", request, context, read: form) { form, nib in
                let on = try CivilDate(parsing: form["on"] ?? "", field: "on")
                let estate = try await api.estate(asOf: on)
                let code = try Plot.normalise(code: try context.pathParameter("plot"), field: "plot")
                guard estate.leases(onPlot: code).contains(where: { $0.nib == nib && $0.state == .signed && $0.runs(onOrAfter: on.adding(days: -1)) })
                else {
                    throw StoreError.notFound(what: "signed lease", key: "on plot \(code) held by NIB \(nib) running on \(on.iso)")
                }
                return "checked"
            }
            return checked.status == .seeOther ? try await confirmLeaseEnding(form, request, context) : checked
        }
        return try await tenantForm("lease", request, context, read: form) { form, nib in
            let plot = try context.pathParameter("plot")
            let on = try CivilDate(parsing: form["on"] ?? "", field: "on")
            let terminate = form["kind"] == "terminate"
            let change: EstateChange =
                terminate
                ? .terminateLease(plot: plot, on: on, reason: form["reason"] ?? "", holder: nib)
                : .endLease(plot: plot, on: on, holder: nib)
            _ = try await api.operations.amend(change, actor: context.caller!.actor)
            return terminate ? "lease-terminated" : "lease-ended"
        }
    }

    /// The confirmation page: the lease, the day, the reason and what follows; nothing written.
    private func confirmLeaseEnding(
        _ form: [String: String], _ request: Request, _ context: EstateRequestContext
    ) async throws -> Response {
        try checkCSRF(form, context)
        let l = context.language
        let estate = try await api.estate(asOf: try api.date(request))
        let tenant = try ReadRoutes.tenant(context, in: estate)
        let plot = (try? context.pathParameter("plot")) ?? ""
        let on = (try? CivilDate(parsing: form["on"] ?? "", field: "on"))?.format(l) ?? (form["on"] ?? "")
        let terminate = form["kind"] == "terminate"
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespaces)
        let object: [String: Any] = [
            "estate": estate.name, "name": tenant.legalName, "nib": tenant.nib.digits,
            "heading": terminate ? t(l, "Putus sewa lebih awal?", "Terminate the lease early?") : t(l, "Akhiri sewa?", "End the lease?"),
            "question": terminate
                ? t(
                    l, "Sewa kavling \(plot) oleh \(tenant.legalName) diputus: tidak berlaku lagi mulai \(on), karena “\(reason)”.",
                    "The lease of plot \(plot) to \(tenant.legalName) is terminated: it no longer runs from \(on), because “\(reason)”.")
                : t(
                    l, "Sewa kavling \(plot) oleh \(tenant.legalName) berakhir: tidak berlaku lagi mulai \(on).",
                    "The lease of plot \(plot) to \(tenant.legalName) ends: it no longer runs from \(on)."),
            "consequence": t(
                l, "Mulai hari itu kavling kosong dan dapat dialokasikan. Ini tidak dapat dibatalkan dari dasbor; riwayat menyimpannya.",
                "From that day the plot is vacant and can be allocated. This cannot be undone from the dashboard; the history keeps it."),
            "csrf": context.session?.csrf ?? "", "kind": terminate ? "terminate" : "end", "on": form["on"] ?? "",
            "reason": reason, "confirmAction": here.link("/dashboard/tenants/\(tenant.nib.digits)/leases/\(plot)/ending"),
            "confirm": terminate ? t(l, "Ya, putus sewa", "Yes, terminate the lease") : t(l, "Ya, akhiri sewa", "Yes, end the lease"),
            "back": here.link("/dashboard/tenants/\(tenant.nib.digits)"), "cancel": t(l, "Batal", "Cancel"),
        ]
        return page(
            object["heading"] as? String ?? "", content: library.render(object, withTemplate: "confirmLease") ?? "",
            provenance: tenant.legalName, request, context)
    }
}
