import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// The tenant page's declaration submissions (issue 17, item 1): the firm's own account sends
/// its yearly figures; an officer accepts them (they become the declaration) or refuses them
/// with a reason the firm reads on the same page. Each form calls the use case the API calls.
extension Dashboard {
    /// `POST /dashboard/tenants/{nib}/declaration-submissions`: the firm sends a year's figures,
    /// filed today.
    func submitDeclarationForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("submit", request, context) { form, nib in
            let declaration = try Self.declaration(form, declaredOn: .todayInBekasi)
            _ = try await api.operations.submitDeclaration(declaration, for: nib, actor: context.caller!.actor)
            return "declaration-submitted"
        }
    }

    /// `POST /dashboard/tenants/{nib}/declaration-submissions/{id}/acceptance` (officers).
    func acceptSubmissionForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("decide", request, context) { _, nib in
            _ = try await decide(try SubmissionRoutes.id(context), of: nib, .accept, context)
            return "submission-accepted"
        }
    }

    /// `POST /dashboard/tenants/{nib}/declaration-submissions/{id}/refusal` (officers), with a reason.
    func refuseSubmissionForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("decide", request, context) { form, nib in
            let decision = try SubmissionDecision.refusal(form["reason"] ?? "")
            _ = try await decide(try SubmissionRoutes.id(context), of: nib, decision, context)
            return "submission-refused"
        }
    }

    /// Decides the submission `id` when it is the page's firm's (another firm's is not found here).
    private func decide(
        _ id: Int64, of nib: NIB, _ decision: SubmissionDecision, _ context: EstateRequestContext
    ) async throws -> DeclarationSubmission {
        guard try await api.operations.declarationSubmissions(nib: nib).contains(where: { $0.id == id }) else {
            throw StoreError.notFound(what: "declaration submission of NIB \(nib.digits)", key: String(id))
        }
        return try await api.operations.decideDeclarationSubmission(id, decision, actor: context.caller!.actor)
    }

    /// The firm's submissions for its page, newest first, each with its state in words and, for
    /// an officer and a waiting one, the actions that decide it.
    func submissionRows(of nib: NIB, mayDecide: Bool, _ l: Language) async throws -> [[String: Any]] {
        try await api.operations.declarationSubmissions(nib: nib).map { submission in
            let figures = submission.declaration
            let base = "/dashboard/tenants/\(nib.digits)/declaration-submissions/\(submission.id)"
            return [
                "id": "\(submission.id)", "year": "\(figures.fiscalYear)", "turnover": figures.turnover.format(l),
                "workers": "\(figures.workers)", "local": "\(figures.localWorkers)",
                "investment": figures.investment.format(l), "sent": submission.submittedOn.format(l),
                "state": SubmissionView.stateName(submission.state, l),
                "mayDecide": mayDecide && submission.state == .submitted,
                "acceptAction": here.link(base + "/acceptance"), "refuseAction": here.link(base + "/refusal"),
            ]
        }
    }
}
