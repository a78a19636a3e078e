import EstateDomain
import EstateOperations
import EstateReports
import Hummingbird

/// `/api/v1/rules…`: the stored rule-set versions, one version, the difference between two, and
/// a draft simulated against the estate's firms (nothing written), as `estate rules` answers.
struct RuleRoutes: Sendable {
    let api: APISupport

    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let (book, inForce) = try await api.operations.ruleVersions(asOf: date)
        return try api.json(
            RuleVersionsDocument(
                library: book.library, book: book.book, inForce: inForce?.version, asOf: date, language: context.language))
    }

    func show(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try api.json(try await api.operations.ruleVersion(try context.pathParameter("version")))
    }

    func diff(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let from = try context.pathParameter("version")
        let to = try context.pathParameter("other")
        return try api.json(
            RuleDiffDocument(from: from, to: to, differences: try await api.operations.ruleDifferences(from: from, to: to)))
    }

    func simulate(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try request.uri.queryParameters.get("as_of").map { _ in try api.date(request) }
        let text = String(buffer: try await api.bytes(request, context))
        let simulation = try await api.operations.simulateRules(text: text, named: "draft", asOf: date)
        return try api.json(RuleSimulationView(simulation, language: context.language))
    }
}
