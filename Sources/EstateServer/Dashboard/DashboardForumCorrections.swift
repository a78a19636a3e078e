import EstateDomain
import Hummingbird

/// An officer's corrections of the forum's register on the forum page (issue 18, item 1): a
/// large industry's fields and an open need's, by `IndustryChange` and `NeedChange` and the use
/// cases the API's `PATCH` routes and the CLI's `update` commands call. An empty field keeps the
/// stored value; a ticked `clear_…` box empties an optional one.
extension Dashboard {
    /// `POST /dashboard/forum/industries/correction`.
    func correctIndustryForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("industry-correction", request, context) { form in
            let nib = try NIB(parsing: Self.text(form, "nib"), field: "nib")
            let change = try IndustryChange(
                name: Self.given(form, "name"), kbli: Self.given(form, "kbli"), location: Self.given(form, "location"),
                regency: Self.given(form, "regency"), contact: Self.given(form, "contact"),
                clearContact: form["clear_contact"] == "on", clearField: "clear_contact")
            guard !change.isEmpty else { throw Self.nothingToCorrect }
            _ = try await api.operations.updateIndustry(nib, change, actor: context.caller!.actor)
            return "industry-corrected"
        }
    }

    /// `POST /dashboard/forum/needs/correction`: `requires` and `prefers`, when filled, replace
    /// the stored lists (certifications separated by commas, as on the command line).
    func correctNeedForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await forumForm("need-correction", request, context) { form in
            let id = try ForumRegisterRoutes.needID(Self.text(form, "id"))
            func list(_ name: String) -> [String]? {
                Self.given(form, name).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            }
            let change = try NeedChange(
                item: Self.given(form, "item"), process: Self.given(form, "process"), material: Self.given(form, "material"),
                kbli: Self.given(form, "kbli"), volumePerMonth: try Self.optionalCount(form, "volume_per_month"),
                unit: Self.given(form, "unit"), requires: list("requires"), prefers: list("prefers"),
                deadline: Self.given(form, "deadline"), clear: NeedChange.clearable.sorted().filter { form["clear_\($0)"] == "on" },
                names: .keys)
            guard !change.isEmpty else { throw Self.nothingToCorrect }
            _ = try await api.operations.updateNeed(id, change, actor: context.caller!.actor)
            return "need-corrected"
        }
    }

    static let nothingToCorrect = InputError(
        field: "form", value: "", problem: "changes nothing", fix: "Fill in the fields to correct, or tick what to empty.",
        masalah: "tidak mengubah apa pun", perbaikan: "Isi bagian yang diperbaiki, atau centang yang dikosongkan.")
}
