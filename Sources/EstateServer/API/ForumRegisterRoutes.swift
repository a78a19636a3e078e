import EstateDomain
import EstateReports
import Hummingbird

/// The forum's register written over HTTP (issue 18, items 1 and 4): register a large industry,
/// record and close a need, add a forum and invite to it. Each body is read through the domain's
/// checked initialisers and the CLI's one-line certification forms (`ForumSpecs`), and written by
/// the use case `estate industries add`, `needs add|close`, `forum add|invite` run; officers,
/// regency-wide. A key a body does not know is refused. Corrections stay on the command line.
struct ForumRegisterRoutes: Sendable {
    let api: APISupport

    /// `POST /api/v1/forum/industries` (201).
    func addIndustry(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(NewIndustryBody.self, request, context)
        let industry = try api.domain {
            try LargeIndustry(
                nib: try NIB(parsing: body.nib), name: body.name, kbli: try KBLI.list(parsing: body.kbli), location: body.location,
                regency: body.regency ?? "Kabupaten Bekasi", contact: body.contact)
        }
        try await api.domain { try await api.operations.addIndustry(industry, actor: context.caller!.actor) }
        return try api.json(IndustryView(industry, openNeeds: 0), status: .created)
    }

    /// `POST /api/v1/forum/needs` (201): open from `opened_on`, else today in Bekasi.
    func addNeed(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(NewNeedBody.self, request, context)
        let need = try api.domain {
            try IndustryNeed(
                id: 0, industry: try NIB(parsing: body.industry, field: "industry"), item: body.item,
                process: try IndustrialProcess(parsing: body.process), material: body.material,
                kbli: try body.kbli.map { try KBLI(parsing: $0) }, volumePerMonth: body.volumePerMonth, unit: body.unit ?? "pcs",
                certifications: try ForumSpecs.wanted(requires: body.requires ?? [], prefers: body.prefers ?? []),
                deadline: try body.deadline.map { try CivilDate(parsing: $0, field: "deadline") },
                openedOn: try body.openedOn.map { try CivilDate(parsing: $0, field: "opened_on") } ?? .todayInBekasi)
        }
        let added = try await api.domain { try await api.operations.addNeed(need, actor: context.caller!.actor) }
        let name = try await api.operations.forumRegister().industries.first { $0.nib == added.industry }?.name
        return try api.json(NeedView(added, industryName: name, asOf: .todayInBekasi), status: .created)
    }

    /// `POST /api/v1/forum/needs/{id}/closing`: closed on `on`, else today in Bekasi.
    func closeNeed(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(CloseNeedBody.self, request, context)
        let id = try api.domain { try Self.needID(try context.pathParameter("id")) }
        let on = try body.on.map { text in try api.domain { try CivilDate(parsing: text, field: "on") } } ?? .todayInBekasi
        let closed = try await api.domain {
            do {
                return try await api.operations.closeNeed(id, on: on, actor: context.caller!.actor)
            } catch let error as InputError where error.field == "closed_on" {
                throw error.renamed(to: "on")  // the body's name for it
            }
        }
        let name = try await api.operations.forumRegister().industries.first { $0.nib == closed.industry }?.name
        return try api.json(NeedView(closed, industryName: name, asOf: .todayInBekasi))
    }

    /// `POST /api/v1/forums` (201).
    func addForum(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(NewForumBody.self, request, context)
        let forum = try api.domain {
            try ForumEvent(code: body.code, heldOn: try CivilDate(parsing: body.heldOn, field: "held_on"), venue: body.venue)
        }
        try await api.domain { try await api.operations.addForum(forum, actor: context.caller!.actor) }
        return try api.json(ForumView(forum), status: .created)
    }

    /// `POST /api/v1/forums/{code}/invitations`: large industries and IKM firms alike, by NIB.
    func invite(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(InvitationBody.self, request, context)
        let nibs = try api.domain { try body.nibs.map { try NIB(parsing: $0, field: "nibs") } }
        let forum = try await api.domain {
            try await api.operations.invite(nibs, to: try context.pathParameter("code"), actor: context.caller!.actor)
        }
        return try api.json(ForumView(forum))
    }

    /// A need's number in the path: 1 to 2^31 − 1.
    static func needID(_ text: String) throws -> Int64 {
        guard text.count <= 10, let id = Int64(text), (1...Int64(Int32.max)).contains(id) else {
            throw InputError(
                field: "id", value: text, problem: "is not a need's number", fix: "Give the number `GET /api/v1/forum/needs` shows, e.g. 1.",
                masalah: "bukan nomor kebutuhan", perbaikan: "Isi nomor yang ditampilkan `GET /api/v1/forum/needs`, misalnya 1.")
        }
        return id
    }
}

struct NewIndustryBody: JSONBody {
    static let fields: Set<String> = ["nib", "name", "kbli", "location", "regency", "contact"]
    let nib: String
    let name: String
    /// KBLI codes, main first, separated by `;`.
    let kbli: String
    let location: String
    let regency: String?
    let contact: String?
}

struct NewNeedBody: JSONBody {
    static let fields: Set<String> = [
        "industry", "item", "process", "material", "kbli", "volume_per_month", "unit", "requires", "prefers", "deadline", "opened_on",
    ]
    let industry: String
    let item: String
    let process: String
    let material: String?
    let kbli: String?
    let volumePerMonth: Int?
    let unit: String?
    let requires: [String]?
    let prefers: [String]?
    let deadline: String?
    let openedOn: String?
}

struct CloseNeedBody: JSONBody {
    static let fields: Set<String> = ["on"]
    let on: String?
}

struct NewForumBody: JSONBody {
    static let fields: Set<String> = ["code", "held_on", "venue"]
    let code: String
    let heldOn: String
    let venue: String
}

struct InvitationBody: JSONBody {
    static let fields: Set<String> = ["nibs"]
    let nibs: [String]
}
