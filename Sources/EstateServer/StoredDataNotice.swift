import Foundation
import HTTPTypes
import Hummingbird

/// The invariant problems of the estate a request read, collected while the request is
/// handled. A read answers even when the stored data breaks an invariant (a manual SQL edit, an
/// old bug); the answer then says so: the API in the `Estate-Problems` header (how many;
/// `GET /api/v1/validation` lists them), the dashboard in a banner.
final class StoredDataNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []

    /// The notice of the request being handled, if any.
    @TaskLocal static var current: StoredDataNotice?

    func record(_ problems: [String]) {
        lock.withLock { if found.isEmpty { found = problems } }
    }

    var problems: [String] { lock.withLock { found } }
}

/// Gives each request a `StoredDataNotice` and puts its count on the response.
struct StoredDataNoticeMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let notice = StoredDataNotice()
        var response = try await StoredDataNotice.$current.withValue(notice) { try await next(request, context) }
        let problems = notice.problems
        if !problems.isEmpty { response.headers[.estateProblems] = String(problems.count) }
        return response
    }
}

extension HTTPField.Name {
    /// How many invariants the estate a read answered from breaks (absent when none).
    static let estateProblems = Self("Estate-Problems")!
}
