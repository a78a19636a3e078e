import EstateDomain
import EstateReports
import EstateStore
import Foundation
import Hummingbird

/// The dashboard's plot page (issue 15): the plot's measures and status on the date, every lease
/// it has had, its history panel (for a store-wide admin), and an admin's forms to correct its
/// measures and withdraw it, through the operations the API calls.
extension Dashboard {
    func plot(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await plotPage(request, context, refusal: nil)
    }

    func plotPage(_ request: Request, _ context: EstateRequestContext, refusal: FormRefusal?) async throws -> Response {
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let plot = try ReadRoutes.plot(context, in: estate)
        let l = context.language
        let isAdmin = (context.caller?.role ?? .viewer) >= .admin
        let leases = estate.leases(onPlot: plot.code).sorted { $0.start < $1.start }.map { lease -> [String: Any] in
            [
                "tenant": estate.tenant(lease.nib)?.legalName ?? lease.nib.digits,
                "link": here.link("/dashboard/tenants/\(lease.nib.digits)"), "start": lease.start.format(l),
                "end": lease.effectiveEnd?.format(l) ?? t(l, "terbuka", "open"), "state": lease.state.name(l),
            ]
        }
        // Plot codes are the estate's own: another estate's A-05 is another record.
        let history = try await self.history(record: "plot:\(plot.code)", estate: here.code ?? here.served, for: context.caller)
        let kept = { (field: String, otherwise: String) in refusal.map { $0.values[field] ?? "" } ?? otherwise }
        var object: [String: Any] = [
            "estate": estate.name, "code": plot.code, "phase": "\(plot.phase)", "area": plot.area.format(l),
            "outline": plot.outline?.text ?? t(l, "belum digambar", "not drawn"),
            "status": estate.status(of: plot, on: date).name(l),
            "withdrawn": plot.withdrawnOn.map { t(l, "ditarik mulai ", "withdrawn from ") + $0.format(l) } ?? "",
            "leases": leases, "hasLeases": !leases.isEmpty,
            "history": history ?? [], "showHistory": history != nil, "hasHistory": !(history ?? []).isEmpty,
            "mayCorrect": isAdmin, "mayWithdraw": isAdmin && plot.withdrawnOn == nil, "csrf": context.session?.csrf ?? "",
            "today": date.iso, "areaValue": kept("area_m2", plot.area.squareMetresText),
            "polygonValue": kept("polygon", plot.outline?.text ?? ""),
            "correctAction": here.link("/dashboard/plots/\(plot.code)/correction"),
            "withdrawAction": here.link("/dashboard/plots/\(plot.code)/withdrawal"),
            "labels": plotLabels(l),
        ]
        if let refusal {
            object["refusal"] = refusal.message
            object["\(refusal.form)Refused"] = true
        }
        var response = page(
            t(l, "Kavling ", "Plot ") + plot.code, content: library.render(object, withTemplate: "plot") ?? "",
            provenance: date.format(l), request, context)
        if let refusal { response.status = refusal.status }
        return response
    }

    private func plotLabels(_ l: Language) -> [String: String] {
        [
            "plot": t(l, "Kavling", "Plot"), "phase": t(l, "Tahap", "Phase"), "area": t(l, "Luas", "Area"),
            "outline": t(l, "Garis batas", "Outline"), "status": t(l, "Status", "Status"), "leases": t(l, "Sewa", "Leases"),
            "tenant": t(l, "Penyewa", "Tenant"), "start": t(l, "Mulai", "Start"), "end": t(l, "Sampai", "Until"),
            "state": t(l, "Keadaan", "State"), "none": t(l, "belum ada", "none"),
            "history": t(l, "Riwayat perubahan", "History of changes"), "at": t(l, "Waktu", "When"),
            "actor": t(l, "Oleh", "By"), "action": t(l, "Tindakan", "Action"), "record": t(l, "Catatan", "Record"),
            "before": t(l, "Sebelum", "Before"), "after": t(l, "Sesudah", "After"), "estateColumn": t(l, "Kawasan", "Estate"),
            "refused": t(l, "Tidak ada yang ditulis", "Nothing was written"),
            "correctHeading": t(l, "Perbaiki ukuran", "Correct the measures"), "areaM2": t(l, "Luas m²", "Area m²"),
            "polygon": t(l, "Garis batas (x y;x y;…)", "Outline (x y;x y;…)"), "correct": t(l, "Simpan", "Save"),
            "withdrawHeading": t(l, "Tarik dari penyewaan", "Withdraw from leasing"), "from": t(l, "mulai", "from"),
            "withdraw": t(l, "Tarik", "Withdraw"),
        ]
    }

    /// `POST /dashboard/plots/{code}/correction`: an admin corrects the area or outline.
    func correctPlotForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await plotForm("correct", request, context) { form, code in
            let area = try Area(parsing: form["area_m2"] ?? "", field: "area_m2")
            let outline = try Self.given(form, "polygon").map { try PlanPolygon(parsing: $0, field: "polygon") }
            _ = try await api.operations.amend(
                .correctPlot(code: code, area: area, outline: outline, removeOutline: outline == nil),
                actor: context.caller!.actor)
            return "plot-corrected"
        }
    }

    /// `POST /dashboard/plots/{code}/withdrawal`: an admin takes the plot off the market.
    func withdrawPlotForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await plotForm("withdraw", request, context) { form, code in
            let on = try CivilDate(parsing: form["on"] ?? "", field: "on")
            _ = try await api.operations.amend(.withdrawPlot(code: code, on: on), actor: context.caller!.actor)
            return "plot-withdrawn"
        }
    }

    private func plotForm(
        _ name: String, _ request: Request, _ context: EstateRequestContext,
        _ body: ([String: String], String) async throws -> String
    ) async throws -> Response {
        let code = try api.domain { try Plot.normalise(code: try context.pathParameter("code"), field: "code") }
        return try await recordForm(
            name, request, context, page: "/dashboard/plots/\(code)",
            rerender: { try await plotPage(request, context, refusal: $0) }, { try await body($0, code) })
    }
}
