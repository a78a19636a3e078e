import EstateDomain
import EstateStore
import Hummingbird

/// The API's writes of a firm's partnerships with large industry: add one, correct one, end one.
/// A partnership is named in the body by its partner and product as stored; each write goes
/// through the same operations as `estate partnerships`.
struct PartnershipRoutes: Sendable {
    let api: APISupport
    let write: WriteRoutes

    /// `POST /api/v1/tenants/{nib}/partnerships`: 201 when recorded, 200 when already there.
    func add(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        // A key the body does not know (a term of `…/correction`, a misspelt date) is refused,
        // not dropped without a word.
        let body = try await api.strictBody(NewPartnershipBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        let since = try write.date(body.since, field: "since")
        let ended = try body.endedOn.map { try write.date($0, field: "ended_on") }
        let partnership = try api.domain {
            try Partnership(partner: body.partner, product: body.product, since: since, endedOn: ended)
        }
        let summary = try await api.operations.addPartnership(partnership, to: nib, actor: context.caller!.actor)
        return try write.written(
            summary, "Recorded the partnership of NIB \(nib): \(partnership.summary).",
            unchangedMessage: "That partnership is already there with the same dates; nothing written.")
    }

    /// `POST /api/v1/tenants/{nib}/partnerships/correction`: corrects its partner, product or dates.
    func correct(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.strictBody(PartnershipCorrectionBody.self, request, context)
        // A partnership's terms feed the regency's forum report: only a token for every estate
        // writes them, as every forum write (the firm registry is shared by the estates).
        if body.industry != nil || body.valuePerYear != nil || body.jobs != nil || body.localJobs != nil || !(body.clear ?? []).isEmpty {
            try APISupport.requireRegencyWide(context.caller)
        }
        let correction = PartnershipCorrection(
            partner: body.newPartner, product: body.newProduct,
            since: try body.since.map { try write.date($0, field: "since") },
            endedOn: try body.endedOn.map { try write.date($0, field: "ended_on") }, reopen: body.reopen ?? false,
            industry: try api.domain { try body.industry.map { try NIB(parsing: $0, field: "industry") } },
            valuePerYear: body.valuePerYear,
            jobs: body.jobs, localJobs: body.localJobs,
            clear: try api.domain { try PartnershipCorrection.clearing(body.clear ?? [], field: "clear") })
        guard !correction.isEmpty else {
            throw Problem(
                .invalidField,
                "Kirim paling sedikit satu dari new_partner, new_product, since, ended_on, reopen, industry, value_per_year, jobs, local_jobs dan clear.",
                "Send at least one of new_partner, new_product, since, ended_on, reopen, industry, value_per_year, jobs, local_jobs and clear.",
                field: "new_partner")
        }
        let nib = try ReadRoutes.nib(context)
        return try await write.amend(
            .correctPartnership(nib: nib, partner: body.partner, product: body.product, correction: correction), context)
    }

    /// `POST /api/v1/tenants/{nib}/partnerships/end`: no longer in force from `on` (default today).
    func end(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(PartnershipEndBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        // `ended_on`, the name the other two bodies use, is read as `on`; both must not differ.
        if let on = body.on, let ended = body.endedOn, on != ended {
            throw Problem(
                .invalidField, "on dan ended_on berbeda; kirim salah satu saja.", "on and ended_on differ; send one of them.",
                field: "ended_on")
        }
        let on = try write.date(body.on ?? body.endedOn, field: body.on == nil && body.endedOn != nil ? "ended_on" : "on")
        return try await write.amend(.endPartnership(nib: nib, partner: body.partner, product: body.product, on: on), context)
    }
}

struct NewPartnershipBody: JSONBody {
    static let fields: Set<String> = ["partner", "product", "since", "ended_on"]
    let partner: String
    let product: String
    let since: String?
    let endedOn: String?
}

/// Names a stored partnership (`partner`, `product`) and what to correct, at least one.
struct PartnershipCorrectionBody: JSONBody {
    static let fields: Set<String> = [
        "partner", "product", "new_partner", "new_product", "since", "ended_on", "reopen", "industry", "value_per_year", "jobs",
        "local_jobs", "clear",
    ]
    let partner: String
    let product: String
    let newPartner: String?
    let newProduct: String?
    let since: String?
    let endedOn: String?
    let reopen: Bool?
    let industry: String?
    /// Whole rupiah a year, as a JSON integer or text such as "Rp600.000.000".
    let valuePerYear: Rupiah?
    let jobs: Int?
    let localJobs: Int?
    /// Terms to empty: industry, value_per_year, jobs, local_jobs.
    let clear: [String]?
}

struct PartnershipEndBody: JSONBody {
    static let fields: Set<String> = ["partner", "product", "on", "ended_on"]
    let partner: String
    let product: String
    let on: String?
    let endedOn: String?
}
