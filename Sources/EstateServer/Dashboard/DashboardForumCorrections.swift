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
            var change = IndustryChange()
            change.name = Self.given(form, "name")
            change.kbli = try Self.given(form, "kbli").map { try KBLI.list(parsing: $0) }
            change.location = Self.given(form, "location")
            change.regency = Self.given(form, "regency")
            change.contact = Self.given(form, "contact")
            change.clearContact = form["clear_contact"] == "on"
            if change.clearContact, change.contact != nil {
                throw InputError(
                    field: "contact", value: change.contact!, problem: "is both given and removed",
                    fix: "Give a contact or tick the box, not both.", masalah: "diisi sekaligus dihapus",
                    perbaikan: "Isi kontak atau centang kotaknya, jangan keduanya.")
            }
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
            var change = NeedChange()
            change.item = Self.given(form, "item")
            change.process = try Self.given(form, "process").map { try IndustrialProcess(parsing: $0) }
            change.material = Self.given(form, "material")
            change.kbli = try Self.given(form, "kbli").map { try KBLI(parsing: $0) }
            change.volumePerMonth = try Self.optionalCount(form, "volume_per_month")
            change.unit = Self.given(form, "unit")
            change.required = try list("requires").map { try ForumSpecs.wanted($0, required: true, field: "requires") }
            change.preferred = try list("prefers").map { try ForumSpecs.wanted($0, required: false, field: "prefers") }
            change.deadline = try Self.given(form, "deadline").map { try CivilDate(parsing: $0, field: "deadline") }
            try change.clear(NeedChange.clearable.sorted().filter { form["clear_\($0)"] == "on" }, field: "clear")
            guard !change.isEmpty else { throw Self.nothingToCorrect }
            _ = try await api.operations.updateNeed(id, change, actor: context.caller!.actor)
            return "need-corrected"
        }
    }

    static let nothingToCorrect = InputError(
        field: "form", value: "", problem: "changes nothing", fix: "Fill in the fields to correct, or tick what to empty.",
        masalah: "tidak mengubah apa pun", perbaikan: "Isi bagian yang diperbaiki, atau centang yang dikosongkan.")
}
