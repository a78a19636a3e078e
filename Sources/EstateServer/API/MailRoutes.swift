import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// Reminders by e-mail over HTTP (issue 17, item 4): a firm's address, language and opt-outs,
/// which its own account may read and set (`/api/v1/tenants/{nib}/mail-recipient`), and the
/// outbox with a person's retry (officers). Each calls the use case the CLI calls.
struct MailRoutes: Sendable {
    let api: APISupport

    func recipient(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let nib = try ReadRoutes.nib(context)
        guard let found = try await api.operations.recipients().first(where: { $0.nib == nib }) else {
            throw Problem(
                .notFound, "Belum ada alamat e-mail untuk NIB \(nib.digits); pengingat tidak dikirim.",
                "NIB \(nib.digits) has no e-mail address on file; no reminder is sent.")
        }
        return try api.json(MailRecipientView(found))
    }

    func setRecipient(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let nib = try ReadRoutes.nib(context)
        let body = try await api.body(MailRecipientBody.self, request, context)
        let recipient = try api.domain {
            try MailRecipient.parse(
                nib: nib, email: body.email, language: body.language, optedOut: body.optedOut ?? [],
                fields: ("language", "opted_out"))
        }
        try await api.domain { try await api.operations.setRecipient(recipient, actor: context.caller!.actor) }
        return try api.json(MailRecipientView(recipient))
    }

    /// `?state=`, in pages, newest first. The outbox serves every estate: a token limited to
    /// some estates may not read it (another estate's firms are in it).
    func outbox(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let state = try api.domain {
            try EstateOperations.outboxState(request.uri.queryParameters.get("state").map { String($0) }, field: "state")
        }
        let entries = try await api.operations.outbox(state: state)
        return try api.json(try api.page(entries, request) { OutboxEntryView($0) })
    }

    func retry(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let id = try context.recordNumber("outbox entry", apa: "Entri kotak keluar")
        let entry = try await api.domain { try await api.operations.retryOutbox(id, actor: context.caller!.actor) }
        return try api.json(OutboxEntryView(entry))
    }
}

/// A firm's address, its language (`id` or `en`, default `id`) and the kinds it does not want.
struct MailRecipientBody: JSONBody {
    static let fields: Set<String> = ["email", "language", "opted_out"]
    let email: String
    let language: String?
    let optedOut: [String]?
}
