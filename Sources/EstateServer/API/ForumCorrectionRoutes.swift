import EstateDomain
import EstateReports
import Hummingbird

/// The forum's register corrected over HTTP (issue 18, item 1): a large industry's fields and a
/// need's, by the use cases `estate industries update` and `estate needs update` run
/// (`IndustryChange`, `NeedChange`: only what the body gives changes, checked as a new record
/// is, against the record as stored when the write runs). Officers, regency-wide. A key the
/// body does not know is refused, and so is a body that changes nothing.
struct ForumCorrectionRoutes: Sendable {
    let api: APISupport

    /// `PATCH /api/v1/forum/industries/{nib}`: `clear: ["contact"]` removes the contact.
    func correctIndustry(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(IndustryCorrectionBody.self, request, context)
        let nib = try api.domain { try NIB(parsing: try context.pathParameter("nib"), field: "nib") }
        let change = try api.domain {
            for name in body.clear ?? [] where name != "contact" {
                throw InputError(
                    field: "clear", value: name, problem: "is not a field that can be emptied", fix: "Give contact, the only optional one.",
                    masalah: "bukan isian yang dapat dikosongkan", perbaikan: "Isi contact, satu-satunya yang tidak wajib.")
            }
            return try IndustryChange(
                name: body.name, kbli: body.kbli, location: body.location, regency: body.regency, contact: body.contact,
                clearContact: body.clear?.contains("contact") ?? false, clearField: "clear")
        }
        guard !change.isEmpty else { throw Self.nothing(IndustryCorrectionBody.fields) }
        let changed = try await api.domain { try await api.operations.updateIndustry(nib, change, actor: context.caller!.actor) }
        let register = try await api.operations.forumRegister()
        let open = register.needs.filter { $0.industry == nib && $0.isOpen(on: .todayInBekasi) }.count
        return try api.json(IndustryView(changed, openNeeds: open))
    }

    /// `PATCH /api/v1/forum/needs/{id}`: `requires` and `prefers` replace the stored lists;
    /// `clear` empties `material`, `kbli`, `volume_per_month` or `deadline`.
    func correctNeed(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(NeedCorrectionBody.self, request, context)
        let id = try api.domain { try ForumRegisterRoutes.needID(try context.pathParameter("id")) }
        let change = try api.domain {
            try NeedChange(
                item: body.item, process: body.process, material: body.material, kbli: body.kbli,
                volumePerMonth: body.volumePerMonth, unit: body.unit, requires: body.requires, prefers: body.prefers,
                deadline: body.deadline, clear: body.clear ?? [], names: .keys)
        }
        guard !change.isEmpty else { throw Self.nothing(NeedCorrectionBody.fields) }
        let changed = try await api.domain { try await api.operations.updateNeed(id, change, actor: context.caller!.actor) }
        let name = try await api.operations.forumRegister().industries.first { $0.nib == changed.industry }?.name
        return try api.json(NeedView(changed, industryName: name, asOf: .todayInBekasi))
    }

    static func nothing(_ fields: Set<String>) -> Problem {
        let known = fields.sorted().joined(separator: ", ")
        return Problem(
            .invalidField, "Kirim paling sedikit satu dari \(known).", "Send at least one of \(known).",
            field: fields.sorted().first)
    }
}

struct IndustryCorrectionBody: JSONBody {
    static let fields: Set<String> = ["name", "kbli", "location", "regency", "contact", "clear"]
    let name: String?
    /// KBLI codes, main first, separated by `;`, in place of the stored ones.
    let kbli: String?
    let location: String?
    let regency: String?
    let contact: String?
    let clear: [String]?
}

struct NeedCorrectionBody: JSONBody {
    static let fields: Set<String> = [
        "item", "process", "material", "kbli", "volume_per_month", "unit", "requires", "prefers", "deadline", "clear",
    ]
    let item: String?
    let process: String?
    let material: String?
    let kbli: String?
    let volumePerMonth: Int?
    let unit: String?
    let requires: [String]?
    let prefers: [String]?
    let deadline: String?
    let clear: [String]?
}
