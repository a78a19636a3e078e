import EstateDomain
import EstateInterchange
import EstateOperations
import EstateReports
import EstateStore
import Foundation
import HTTPTypes
import Hummingbird

/// The API's writes. Each goes through the same repository calls as the CLI, so the same
/// checks and the database's own rules apply; each answers with what it wrote.
struct WriteRoutes: Sendable {
    let api: APISupport

    /// What a write did, for the response body.
    struct WriteResult: Encodable, Sendable {
        let written: Bool
        let inserted: [String: Int]
        let unchanged: [String: Int]
        let message: String
    }

    struct ChangeResult: Encodable, Sendable {
        let subject: String
        let before: String
        let after: String
    }

    func date(_ text: String?, field: String) throws -> CivilDate {
        guard let text else { return .todayInBekasi }
        return try api.domain { try CivilDate(parsing: text, field: field) }
    }

    func written(_ summary: WriteSummary, _ message: String, unchangedMessage: String) throws -> Response {
        let wrote = summary.totalInserted > 0
        return try api.json(
            WriteResult(
                written: wrote, inserted: summary.inserted, unchanged: summary.unchanged,
                message: wrote ? message : unchangedMessage),
            status: wrote ? .created : .ok)
    }

    func addTenant(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(NewTenantBody.self, request, context)
        let tenant = try api.domain {
            try Tenant(
                nib: try NIB(parsing: body.nib, field: "nib"), legalName: body.name,
                npwp: try NPWP(parsing: body.npwp, field: "npwp"),
                kbli: try body.kbli.map { try KBLI(parsing: $0, field: "kbli") })
        }
        let summary = try await api.operations.addTenant(tenant, actor: context.caller!.actor)
        return try written(
            summary, "Added \(tenant.legalName) (NIB \(tenant.nib)).",
            unchangedMessage: "\(tenant.legalName) is already there with the same values; nothing written.")
    }

    func declare(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(NewDeclarationBody.self, request, context)
        let filed = try date(body.declaredOn, field: "declared_on")
        let declaration = try api.domain {
            try Declaration(
                fiscalYear: body.fiscalYear, turnover: body.turnover, workers: body.workers,
                localWorkers: body.localWorkers, investment: body.investment, declaredOn: filed)
        }
        let nib = try ReadRoutes.nib(context)
        let (tenant, summary) = try await api.operations.declare(declaration, for: nib, actor: context.caller!.actor)
        return try written(
            summary, "Recorded \(tenant.legalName)'s \(body.fiscalYear) declaration.",
            unchangedMessage: "That declaration is already there with the same figures; nothing written.")
    }

    func apply(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(NewApplicationBody.self, request, context)
        let day = try context.firmsDay(try date(body.submittedOn, field: "submitted_on"), field: "submitted_on")
        let application = try api.domain {
            try Application(
                nib: try NIB(parsing: body.nib, field: "nib"), minArea: body.minAreaM2, maxArea: body.maxAreaM2,
                phase: body.phase, submittedOn: day)
        }
        // A firm's account applies for its own firms only.
        try context.requireOwn(firm: application.nib)
        let summary = try await api.operations.apply(application, actor: context.caller!.actor)
        return try written(
            summary, "NIB \(application.nib) is on the waitlist from \(day.iso).",
            unchangedMessage: "That application is already on the waitlist; nothing written.")
    }

    func addPlot(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(NewPlotBody.self, request, context)
        let plot = try api.domain {
            try Plot(
                code: body.code, phase: body.phase, area: body.areaM2,
                outline: try body.polygon.map { try PlanPolygon(parsing: $0, field: "polygon") })
        }
        let summary = try await api.operations.addPlot(plot, actor: context.caller!.actor)
        return try written(
            summary, "Added plot \(plot.code).",
            unchangedMessage: "Plot \(plot.code) is already there with the same values; nothing written.")
    }

    func amend(_ change: EstateChange, _ context: EstateRequestContext) async throws -> Response {
        let outcome = try await api.operations.amend(change, actor: context.caller!.actor)
        return try api.json(ChangeResult(subject: outcome.subject, before: outcome.before, after: outcome.after))
    }

    func reconfirm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(OnDayBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        return try await amend(.reconfirm(nib: nib, on: try context.firmsDay(try date(body.on, field: "on"), field: "on")), context)
    }

    func withdrawPlot(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(OnDayBody.self, request, context)
        let code = try context.pathParameter("code")
        return try await amend(.withdrawPlot(code: code, on: try date(body.on, field: "on")), context)
    }

    func endLease(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(OnDayBody.self, request, context)
        let plot = try context.pathParameter("plot")
        return try await amend(.endLease(plot: plot, on: try date(body.on, field: "on")), context)
    }

    func terminateLease(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(TerminationBody.self, request, context)
        guard !body.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Problem(
                .invalidField, "reason kosong; tulis alasan sewa berakhir lebih awal.",
                "reason is empty; say why the lease ends early, e.g. \"usaha pindah ke Karawang\".", field: "reason")
        }
        let plot = try context.pathParameter("plot")
        return try await amend(
            .terminateLease(plot: plot, on: try date(body.on, field: "on"), reason: body.reason), context)
    }

    /// `POST /api/v1/allocation/proposals`: what an allocation would do now; nothing is written.
    func propose(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(ProposalBody.self, request, context)
        let (estate, proposal) = try await proposal(body)
        return try api.json(
            AllocationView(proposal, names: { estate.tenant($0)?.legalName ?? $0.digits }, language: context.language))
    }

    private func proposal(_ body: ProposalBody) async throws -> (Estate, AllocationProposal) {
        let asOf = try date(body.asOf, field: "as_of")
        let (reading, proposal) = try await api.domain {
            try await api.operations.propose(policy: body.policy ?? .optimal, asOf: asOf, seed: body.seed ?? 0)
        }
        return (api.noting(reading), proposal)
    }

    /// `POST /api/v1/allocation/commits`: signs the proposal's leases, all or none. With an
    /// `Idempotency-Key`, a retry returns the first response and writes nothing.
    func commit(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let buffer = try await api.bytes(request, context)
        let body = try api.decode(ProposalBody.self, buffer, request)
        guard let expected = body.assignments else {
            // An empty or stray POST must never sign leases.
            throw Problem(
                .invalidField,
                "assignments wajib: kirim penugasan dari usulan yang sudah dibaca (POST /api/v1/allocation/proposals).",
                "assignments is required: send the assignments of the proposal you read "
                    + "(POST /api/v1/allocation/proposals) as [{\"plot\": ..., \"nib\": ...}].",
                field: "assignments")
        }
        let end = try body.end.map { try date($0, field: "end") }
        let asOf = try date(body.asOf, field: "as_of")
        let commit = try api.domain {
            try AllocationCommit(
                policy: body.policy ?? .optimal, seed: body.seed ?? 0, asOf: asOf, end: end,
                assignments: try expected.map {
                    AllocationCommit.Shown(
                        plot: try Plot.normalise(code: $0.plot, field: "assignments"),
                        nib: try NIB(parsing: $0.nib, field: "assignments"))
                })
        }
        let language = context.language
        let render = { (committed: CommittedAllocation) in
            try JSONOutput.encode(
                AllocationView(
                    committed.proposal, names: committed.name, language: language, committed: committed.leases))
        }
        let actor = context.caller!.actor
        guard let key = request.headers[.idempotencyKey] else {
            let committed = try await api.operations.commit(commit, actor: actor)
            return APISupport.text(try render(committed), type: "application/json", status: .created)
        }
        let idempotency = try api.idempotencyKey(
            key, field: "Idempotency-Key", request: String(buffer: buffer), caller: context.caller!)
        let answer = try await api.operations.commit(commit, actor: actor, idempotency: idempotency)
        var response = APISupport.text(
            try render(answer.committed), type: "application/json", status: answer.replayed ? .ok : .created)
        if answer.replayed { response.headers[.idempotentReplayed] = "true" }
        return response
    }

    /// `POST /api/v1/imports/{kind}` with a `text/csv` body: one file, atomically; every bad row
    /// is listed; `?dry_run=true` checks everything and writes nothing.
    func importCSV(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let kindText = try context.pathParameter("kind")
        guard let kind = RecordKind(rawValue: kindText) else {
            let names = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw Problem(
                .notFound, "Tidak ada impor \"\(kindText)\"; pilih \(names).",
                "There is no import \"\(kindText)\"; choose one of \(names).")
        }
        let contentType = (request.headers[.contentType] ?? "").lowercased()
        guard contentType.hasPrefix("text/csv") || contentType.hasPrefix("text/plain") else {
            throw Problem(
                .unsupportedMediaType, "Kirim berkas CSV dengan Content-Type: text/csv.",
                "Send the CSV file as the body with Content-Type: text/csv (got \"\(contentType)\").")
        }
        let dryRun = try api.flag(request, "dry_run") ?? false
        let buffer = try await api.bytes(request, context)
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw Problem(
                .invalidField, "Berkas bukan teks UTF-8; simpan sebagai CSV UTF-8.",
                "The file is not UTF-8 text; save it as CSV UTF-8 (Comma delimited).", field: "body")
        }
        guard !text.isEmpty else { throw Problem(.badRequest, "Berkas CSV kosong.", "The CSV body is empty.") }
        let summary = try await api.operations.importFile(
            kind, named: "\(kind.rawValue).csv", text: text, actor: context.caller!.actor, dryRun: dryRun)
        let added = summary.inserted.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return try api.json(
            WriteResult(
                written: !dryRun && summary.totalInserted > 0, inserted: summary.inserted,
                unchanged: summary.unchanged,
                message: (dryRun ? "Dry run, nothing written: would add " : "Added ")
                    + (added.isEmpty ? "nothing" : added) + "."),
            status: !dryRun && summary.totalInserted > 0 ? .created : .ok)
    }
}

extension HTTPField.Name {
    static let idempotentReplayed = Self("Idempotent-Replayed")!
}
