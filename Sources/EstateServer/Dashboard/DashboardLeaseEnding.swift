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
            // The first step writes nothing: the domain decides the change on the estate as it is
            // (this firm's signed lease, the day, the reason); a refusal is shown on the tenant page.
            try checkCSRF(form, context)
            do {
                let change = try leaseChange(form, context)
                _ = try change.recordChange(in: try await api.estate(asOf: .todayInBekasi), today: .todayInBekasi)
            } catch {
                return try await tenantPage(request, context, refusal: try refusal(of: error, in: "lease", values: form, context))
            }
            return try await confirmLeaseEnding(form, request, context)
        }
        return try await tenantForm("lease", request, context, read: form) { form, _ in
            let change = try leaseChange(form, context)
            _ = try await api.operations.amend(change, actor: context.caller!.actor)
            return form["kind"] == "terminate" ? "lease-terminated" : "lease-ended"
        }
    }

    /// The change the form asks for, on the path's plot, for a lease the path's firm holds.
    private func leaseChange(_ form: [String: String], _ context: EstateRequestContext) throws -> EstateChange {
        let nib = try ReadRoutes.nib(context)
        let plot = try context.pathParameter("plot")
        let on = try CivilDate(parsing: form["on"] ?? "", field: "on")
        return form["kind"] == "terminate"
            ? .terminateLease(plot: plot, on: on, reason: form["reason"] ?? "", holder: nib)
            : .endLease(plot: plot, on: on, holder: nib)
    }

    /// The confirmation page: the lease, the day, the reason and what follows; nothing written.
    private func confirmLeaseEnding(
        _ form: [String: String], _ request: Request, _ context: EstateRequestContext
    ) async throws -> Response {
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
