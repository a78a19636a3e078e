import EstateDomain
import EstateStore
import Hummingbird

/// The API's corrections of stored records (issue 15): a firm's record, a plot's measures, the
/// dates of a lease not yet started. Each is one `EstateChange` through `amend`, the same change
/// the CLI makes.
extension WriteRoutes {
    /// `PATCH /api/v1/tenants/{nib}`: corrects the firm's name, NPWP, KBLI codes, address, contact or legal form.
    func correctTenant(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(TenantCorrectionBody.self, request, context)
        guard body.name != nil || body.npwp != nil || body.kbli != nil || body.address != nil || body.contact != nil
            || body.legalForm != nil
        else {
            throw Problem(
                .invalidField, "Kirim paling sedikit satu dari name, npwp, kbli, address, contact dan legal_form.",
                "Send at least one of name, npwp, kbli, address, contact and legal_form.", field: "name")
        }
        let nib = try ReadRoutes.nib(context)
        let change = try api.domain {
            EstateChange.updateTenant(
                nib: nib, name: body.name, npwp: try body.npwp.map { try NPWP(parsing: $0, field: "npwp") },
                kbli: try body.kbli.map { try $0.map { try KBLI(parsing: $0, field: "kbli") } }, address: body.address,
                contact: body.contact, legalForm: try body.legalForm.map { try LegalForm(parsing: $0, field: "legal_form") })
        }
        return try await amend(change, context)
    }

    /// `POST /api/v1/leases/{plot}/rescheduling`: a signed lease not yet started gets new dates.
    func rescheduleLease(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(LeaseReschedulingBody.self, request, context)
        guard body.newStart != nil || body.end != nil || body.openEnd == true else {
            throw Problem(
                .invalidField, "Kirim paling sedikit satu dari new_start, end dan open_end.",
                "Send at least one of new_start, end and open_end.", field: "new_start")
        }
        let change = try api.domain {
            EstateChange.rescheduleLease(
                plot: try context.pathParameter("plot"), starting: try CivilDate(parsing: body.start, field: "start"),
                newStart: try body.newStart.map { try CivilDate(parsing: $0, field: "new_start") },
                end: try body.end.map { try CivilDate(parsing: $0, field: "end") }, openEnd: body.openEnd ?? false)
        }
        return try await amend(change, context)
    }

    /// `PATCH /api/v1/plots/{code}`: corrects the plot's measured area or outline.
    func correctPlot(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(PlotCorrectionBody.self, request, context)
        guard body.areaM2 != nil || body.polygon != nil || body.removePolygon == true else {
            throw Problem(
                .invalidField, "Kirim paling sedikit satu dari area_m2, polygon dan remove_polygon.",
                "Send at least one of area_m2, polygon and remove_polygon.", field: "area_m2")
        }
        let outline = try api.domain { try body.polygon.map { try PlanPolygon(parsing: $0, field: "polygon") } }
        let code = try context.pathParameter("code")
        return try await amend(
            .correctPlot(code: code, area: body.areaM2, outline: outline, removeOutline: body.removePolygon ?? false), context)
    }
}
