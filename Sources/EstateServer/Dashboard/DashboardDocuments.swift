import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// The tenant page's documents (issue 17, item 3): the firm's own account uploads its papers,
/// which wait for an officer; an officer's upload is accepted as it is kept; officers accept or
/// refuse the waiting ones; each links to its file, served by the API's route as an attachment.
/// Each form calls the use case the API and the CLI call.
extension Dashboard {
    /// `POST /dashboard/tenants/{nib}/documents`: a `multipart/form-data` form with the file.
    func uploadDocumentForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let form = try await api.receivingUpload(for: try ReadRoutes.nib(context), context) {
            try await MultipartForm.read(
                request, context, api: api, fileField: "file", limit: DocumentUpload.maximumBytes + 64 * 1024)
        }
        return try await tenantForm("upload", request, context, read: form.fields) { fields, nib in
            let kind = try DocumentKind.parse(fields["kind"] ?? "", field: "kind")
            let until = try (fields["valid_until"].flatMap { $0.isEmpty ? nil : $0 }).map {
                try CivilDate(parsing: $0, field: "valid_until")
            }
            let upload = try DocumentUpload(kind: kind, number: fields["number"] ?? "", validUntil: until, content: form.file)
            let byOfficer = context.caller!.role >= .officer
            _ = try await api.operations.uploadDocument(upload, for: nib, byOfficer: byOfficer, actor: context.caller!.actor)
            return byOfficer ? "document-kept" : "document-sent"
        }
    }

    /// `POST /dashboard/tenants/{nib}/documents/{id}/acceptance` (officers).
    func acceptDocumentForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("decideDocument", request, context) { _, nib in
            _ = try await decideDocument(try DocumentRoutes.id(context), of: nib, .accept, context)
            return "document-accepted"
        }
    }

    /// `POST /dashboard/tenants/{nib}/documents/{id}/refusal` (officers), with a reason.
    func refuseDocumentForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("decideDocument", request, context) { form, nib in
            let decision = try SubmissionDecision.refusal(form["reason"] ?? "")
            _ = try await decideDocument(try DocumentRoutes.id(context), of: nib, decision, context)
            return "document-refused"
        }
    }

    /// Decides the document `id` when it is the page's firm's (another firm's is not found here).
    private func decideDocument(
        _ id: Int64, of nib: NIB, _ decision: SubmissionDecision, _ context: EstateRequestContext
    ) async throws -> FirmDocument {
        guard try await api.operations.document(id, visibleTo: [nib]).nib == nib else {
            throw StoreError.notFound(what: "document", key: String(id))
        }
        return try await api.operations.decideDocument(id, decision, actor: context.caller!.actor)
    }

    /// The page's documents part: the rows (each with its download link and, for an officer and
    /// a waiting one, the actions that decide it), the kinds for the upload form, its action.
    func documentSection(of nib: NIB, mayDecide: Bool, refusal: FormRefusal?, _ l: Language) async throws -> [String: Any] {
        let rows = try await api.operations.documents(nib: nib).map { document -> [String: Any] in
            let base = "/dashboard/tenants/\(nib.digits)/documents/\(document.id)"
            return [
                "kind": document.kind.name(l), "number": document.number,
                "validUntil": document.validUntil?.format(l) ?? "–",
                "file": "\(document.format.rawValue.uppercased()), \(Self.size(document.byteCount))",
                "uploaded": document.uploadedOn.format(l), "state": SubmissionView.stateName(document.state, l),
                "download": "\(here.apiBase)/documents/\(document.id)/content",
                "mayDecide": mayDecide && document.state == .submitted,
                "acceptAction": here.link(base + "/acceptance"), "refuseAction": here.link(base + "/refusal"),
            ]
        }
        let kept = refusal?.form == "upload" ? refusal?.values ?? [:] : [:]
        return [
            "documents": rows, "hasDocuments": !rows.isEmpty,
            "uploadAction": here.link("/dashboard/tenants/\(nib.digits)/documents"),
            "kinds": DocumentKind.allCases.map {
                ["value": $0.rawValue, "name": $0.name(l), "selected": kept["kind"] == $0.rawValue]
            },
            "upload": ["number": kept["number"] ?? "", "validUntil": kept["valid_until"] ?? ""],
        ]
    }

    /// A byte count as people read it (KiB below a MiB).
    static func size(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? "\(max(1, (bytes + 1023) / 1024)) KiB" : String(format: "%.1f MiB", Double(bytes) / 1048576)
    }
}
