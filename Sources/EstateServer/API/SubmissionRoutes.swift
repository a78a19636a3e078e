import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// Declarations a firm's own account sends, and the officers' decisions on them (issue 17,
/// item 1): `POST /api/v1/tenants/{nib}/declaration-submissions` (the firm, or an officer for
/// it), `GET /api/v1/declaration-submissions`, and `POST …/{id}/acceptance` and `…/refusal`
/// (officers). Each calls the use case the CLI and the dashboard call.
struct SubmissionRoutes: Sendable {
    let api: APISupport

    /// 201 with the submission, waiting; it counts in no verdict until an officer accepts it.
    func submit(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(SubmissionBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        let declaration = try api.domain {
            try Declaration(
                fiscalYear: body.fiscalYear, turnover: body.turnover, workers: body.workers,
                localWorkers: body.localWorkers, investment: body.investment, declaredOn: .todayInBekasi)
        }
        let sent = try await api.domain {
            try await api.operations.submitDeclaration(declaration, for: nib, actor: context.caller!.actor)
        }
        return try api.json(SubmissionView(sent), status: .created)
    }

    /// `?nib=` and `?state=submitted|accepted|refused|all`; a firm's account sees its own only.
    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let nib = try api.domain { try MoneyRoutes.nib(request) }
        if let nib { try context.requireOwn(firm: nib) }
        let filter = try api.domain {
            try EstateOperations.SubmissionFilter.parse(query.get("state").map { String($0) }, field: "state")
        }
        let estate = try await api.estate(asOf: .todayInBekasi)
        let submissions = try await api.operations.declarationSubmissions(nib: nib, filter: filter)
            .visible(to: context, \.nib)
        return try api.json(try api.page(submissions, request) { SubmissionView($0, firm: estate.tenant($0.nib)) })
    }

    func accept(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await decide(.accept, context)
    }

    func refuse(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(CancellationBody.self, request, context)
        return try await decide(try api.domain { try SubmissionDecision.refusal(body.reason) }, context)
    }

    private func decide(_ decision: SubmissionDecision, _ context: EstateRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let decided = try await api.domain {
            try await api.operations.decideDeclarationSubmission(id, decision, actor: context.caller!.actor)
        }
        return try api.json(SubmissionView(decided))
    }

    /// The path's `{id}`; one that is no submission number is no submission (404).
    static func id(_ context: EstateRequestContext) throws -> Int64 {
        try context.recordNumber("declaration submission", apa: "Laporan kiriman")
    }
}

/// A year's figures as a firm sends them; the day sent is today.
struct SubmissionBody: JSONBody {
    static let fields: Set<String> = ["fiscal_year", "turnover", "workers", "local_workers", "investment"]
    let fiscalYear: Int
    let turnover: Rupiah
    let workers: Int
    let localWorkers: Int
    let investment: Rupiah
}
