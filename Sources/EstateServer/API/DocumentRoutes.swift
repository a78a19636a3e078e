import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// A firm's documents (issue 17, item 3): `POST /api/v1/tenants/{nib}/documents` (the file
/// itself as the body, its particulars in the query), `GET /api/v1/documents[/{id}]`, the file
/// at `…/{id}/content` (always an attachment, never shown inline), the officers' `…/acceptance`
/// and `…/refusal`, and `GET /api/v1/expiring-documents`. Each calls the use case the CLI and
/// the dashboard call.
struct DocumentRoutes: Sendable {
    let api: APISupport

    /// 201 with the document: waiting when the firm's account sent it, accepted when an
    /// officer did. The format is read from the bytes; the body may be at most 5 MiB.
    func upload(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let nib = try ReadRoutes.nib(context)
        let type = (request.headers[.contentType] ?? "").lowercased()
        if type.hasPrefix("multipart/") || type.hasPrefix("application/x-www-form-urlencoded") {
            throw Problem(
                .unsupportedMediaType, "Kirim berkasnya sendiri sebagai isi permintaan (mis. Content-Type: application/pdf), bukan formulir.",
                "Send the file itself as the request body (e.g. Content-Type: application/pdf), not a form.")
        }
        let query = request.uri.queryParameters
        let kind = try api.domain { try DocumentKind.parse(query.get("kind").map { String($0) } ?? "", field: "kind") }
        let validUntil = try query.get("valid_until").map { _ in try api.date(request, parameter: "valid_until") }
        let upload = try await api.receivingUpload(for: nib, context) {
            let bytes = try await api.bytes(request, context, limit: DocumentUpload.maximumBytes)
            return try api.domain {
                try DocumentUpload(
                    kind: kind, number: query.get("number").map { String($0) } ?? "", validUntil: validUntil,
                    content: Array(bytes.readableBytesView))
            }
        }
        let kept = try await api.domain {
            try await api.operations.uploadDocument(
                upload, for: nib, byOfficer: context.caller!.role >= .officer, actor: context.caller!.actor)
        }
        return try api.json(DocumentView(kept), status: .created)
    }

    /// `?nib=` and `?state=submitted|accepted|refused|all`; a firm's account sees its own only.
    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let nib = try api.domain { try MoneyRoutes.nib(request) }
        if let nib { try context.requireOwn(firm: nib) }
        let filter = try api.domain {
            try EstateOperations.SubmissionFilter.parse(request.uri.queryParameters.get("state").map { String($0) }, field: "state")
        }
        let estate = try await api.estate(asOf: .todayInBekasi)
        let documents = try await api.operations.documents(nib: nib, filter: filter).visible(to: context, \.nib)
        return try api.json(try api.page(documents, request) { DocumentView($0, firm: estate.tenant($0.nib)) })
    }

    func show(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let document = try await api.operations.document(try Self.id(context), visibleTo: context.visibleFirms)
        return try api.json(DocumentView(document))
    }

    /// The file as kept, with the media type its bytes showed, as an attachment under a name
    /// made here; `sandbox` keeps a browser from running anything in it should it open it.
    func content(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let (document, bytes) = try await api.operations.documentContent(try Self.id(context), visibleTo: context.visibleFirms)
        var response = Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        response.headers[.contentType] = document.format.mediaType
        response.headers[.contentDisposition] = "attachment; filename=\"\(document.downloadName)\""
        response.headers[.contentSecurityPolicy] = "sandbox; default-src 'none'"
        response.headers[.contentLength] = String(bytes.count)
        return response
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
            try await api.operations.decideDocument(id, decision, actor: context.caller!.actor)
        }
        return try api.json(DocumentView(decided))
    }

    /// `?as_of=`: the accepted documents lapsing within the rule set's notice window (a firm's
    /// account: its own).
    func expiring(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let (window, expiring) = try await api.domain { try await api.operations.expiringDocuments(on: date) }
        let estate = try await api.estate(asOf: date)
        return try api.json(
            DocumentExpiryReportView(
                asOf: date, windowDays: window, expiring: expiring.visible(to: context, \.document.nib),
                firms: { estate.tenant($0) }))
    }

    /// The path's `{id}`; one that is no document number is no document (404).
    static func id(_ context: EstateRequestContext) throws -> Int64 { try context.recordNumber("document", apa: "Dokumen") }
}

extension APISupport {
    /// Runs `body` (which reads and checks an uploaded file) when no other upload is being read:
    /// a burst of 5 MiB uploads then holds one file in memory and one core, not hundreds and both.
    /// A firm's account with its waiting places taken is refused first, before its file is read.
    func receivingUpload<T: Sendable>(
        for nib: NIB, _ context: EstateRequestContext, _ body: () async throws -> sending T
    ) async throws -> sending T {
        if context.caller?.role == .tenant { try await domain { try await operations.checkWaitingPlace(for: nib) } }
        return try await uploads.run(body)
    }
}
