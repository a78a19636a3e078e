import EstateDomain
import EstateReports
import EstateStore
import Hummingbird

/// `GET /api/v1/applications` (every state, `?state=` to filter) and the changes that close an
/// application: `POST /api/v1/applications/{nib}/withdrawal` and `…/refusal`, as
/// `estate applications list|withdraw|refuse` make them.
struct ApplicationRoutes: Sendable {
    let api: APISupport
    let write: WriteRoutes

    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let states = try api.domain {
            try ApplicationStates.parse(request.uri.queryParameters.get("state"), field: "state")
        }
        let estate = try await api.estate(asOf: date)
        let views = ApplicationView.list(of: estate, asOf: date, states: states).visible(to: context, digits: \.nib)
        return try api.json(try api.page(views, request))
    }

    func withdraw(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(WithdrawalBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        let submitted = try body.submittedOn.map { try write.date($0, field: "submitted_on") }
        return try await write.amend(
            .withdrawApplication(
                nib: nib, submitted: submitted, on: try context.firmsDay(try write.date(body.on, field: "on"), field: "on"),
                reason: body.reason), context)
    }

    func refuse(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(RefusalBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        let submitted = try body.submittedOn.map { try write.date($0, field: "submitted_on") }
        return try await write.amend(
            .refuseApplication(nib: nib, submitted: submitted, on: try write.date(body.on, field: "on")), context)
    }
}

/// A firm withdraws its application: why, from when, and which one when it has several.
struct WithdrawalBody: JSONBody {
    static let fields: Set<String> = ["on", "reason", "submitted_on"]
    let on: String?
    let reason: String
    let submittedOn: String?
}

/// An officer refuses an application: from when (judged by the rules then), and which one.
struct RefusalBody: JSONBody {
    static let fields: Set<String> = ["on", "submitted_on"]
    let on: String?
    let submittedOn: String?
}
