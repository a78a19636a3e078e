import EstateDomain
import EstateStore
import Hummingbird

/// Adding a firm from the dashboard (issue 15, item 6): an officer's page with the firm's NIB,
/// name, NPWP, KBLI codes, address and contact; the operation the API calls; then the firm's
/// page, where its declaration is recorded next.
extension Dashboard {
    /// `GET /dashboard/firms/new`.
    func newFirm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await newFirmPage(request, context, refusal: nil)
    }

    func newFirmPage(_ request: Request, _ context: EstateRequestContext, refusal: FormRefusal?) async throws -> Response {
        let l = context.language
        let kept = { (field: String) in refusal?.values[field] ?? "" }
        var object: [String: Any] = [
            "csrf": context.session?.csrf ?? "", "action": here.link("/dashboard/firms"),
            "nib": kept("nib"), "name": kept("name"), "npwp": kept("npwp"), "kbli": kept("kbli"),
            "address": kept("address"), "contact": kept("contact"),
            "labels": [
                "heading": t(l, "Tambah perusahaan", "Add a firm"), "name": t(l, "Nama terdaftar", "Registered name"),
                "kbli": t(l, "KBLI (kegiatan utama dahulu)", "KBLI (main activity first)"),
                "address": t(l, "Alamat", "Address"), "contact": t(l, "Kontak", "Contact"),
                "add": t(l, "Tambah", "Add"), "refused": t(l, "Tidak ada yang ditulis", "Nothing was written"),
            ],
        ]
        if let refusal { object["refusal"] = refusal.message }
        var response = page(
            t(l, "Tambah perusahaan", "Add a firm"), content: library.render(object, withTemplate: "newFirm") ?? "",
            provenance: "", request, context)
        if let refusal { response.status = refusal.status }
        return response
    }

    /// `POST /dashboard/firms`: on success the new firm's page.
    func addFirmForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let form = try await formFields(request, context)
        let nib = try? NIB(parsing: form["nib"] ?? "", field: "nib")
        return try await recordForm(
            "add", request, context, read: form, page: "/dashboard/tenants/\(nib?.digits ?? "")",
            rerender: { try await newFirmPage(request, context, refusal: $0) }
        ) { form in
            let given = { (name: String) in Self.given(form, name) }
            let tenant = try Tenant(
                nib: try NIB(parsing: form["nib"] ?? "", field: "nib"), legalName: form["name"] ?? "",
                npwp: try NPWP(parsing: form["npwp"] ?? "", field: "npwp"),
                kbli: try KBLI.list(parsing: form["kbli"] ?? ""),
                contact: try TenantContact(address: given("address"), contact: given("contact")))
            let summary = try await api.operations.addTenant(tenant, actor: context.caller!.actor)
            guard summary.totalInserted > 0 else {
                throw StoreError.refused(
                    "\(tenant.legalName) (NIB \(tenant.nib)) is already there with the same values",
                    indonesian: "\(tenant.legalName) (NIB \(tenant.nib)) sudah tercatat dengan data yang sama")
            }
            return "tenant-added"
        }
    }
}
