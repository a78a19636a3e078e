import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// The API's money (issue 16, item 8): admins issue a month's invoices and cancel one by a
/// credit note, officers record payments, viewers read invoices, payments, statements and the
/// printable documents. Each calls the use case the CLI calls; only input and output differ.
struct MoneyRoutes: Sendable {
    let api: APISupport
    let write: WriteRoutes

    /// `POST /api/v1/invoice-runs`: the month's invoices, 201 when any was issued.
    func run(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(InvoiceRunBody.self, request, context)
        let period = try api.domain { try BillingPeriod(parsing: body.period, field: "period") }
        let dryRun = body.dryRun ?? false
        let run = try await api.operations.runInvoices(period, actor: context.caller!.actor, dryRun: dryRun)
        return try api.json(
            InvoiceRunView(run, language: context.language), status: !dryRun && !run.issued.isEmpty ? .created : .ok)
    }

    /// `GET /api/v1/invoices[?nib=&period=&format=csv]`: a page of invoices, or every one as CSV.
    func list(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let invoiceQuery = try api.domain {
            InvoiceQuery(
                nib: try Self.nib(request),
                period: try query.get("period").map { try BillingPeriod(parsing: $0, field: "period") })
        }
        let csv = try Self.wantsCSV(request)
        if let nib = invoiceQuery.nib { try context.requireOwn(firm: nib) }
        let invoices = try await api.store.invoices(invoiceQuery).visible(to: context, \.nib)
        // The page's bounds are checked for CSV too (which carries every invoice), so that a bad
        // `limit` is refused whatever the format.
        let page = try api.page(invoices, request, InvoiceView.init)
        return csv ? Self.csv(MoneyCSV.invoices(invoices), name: "invoices") : try api.json(page)
    }

    /// `GET /api/v1/invoices/{series}/{issuer}/{year}/{sequence}`: one invoice as JSON.
    func show(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try api.json(InvoiceView(try await api.operations.invoice(try Self.number(context), visibleTo: context.visibleFirms)))
    }

    /// `GET …/document`: the invoice as the firm receives it, one A4 HTML page.
    func document(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let html = try await api.operations.invoiceDocument(
            .number(try Self.number(context)), language: context.language, visibleTo: context.visibleFirms)
        return Self.html(html, context)
    }

    /// `GET /api/v1/invoice-runs/{period}/document`: every invoice of the month, one sheet each.
    func runDocument(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let text = try context.pathParameter("period")
        let period = try api.domain { try BillingPeriod(parsing: text, field: "period") }
        return Self.html(try await api.operations.invoiceDocument(.period(period), language: context.language), context)
    }

    /// `POST …/cancellation`: a credit note cancels the invoice; 201 with the credit note.
    func cancel(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let number = try Self.number(context)
        let body = try await api.body(CancellationBody.self, request, context)
        let credit = try await api.domain {
            try await api.store.cancelInvoice(number, reason: body.reason, actor: context.caller!.actor)
        }
        return try api.json(InvoiceView(credit), status: .created)
    }

    /// `GET /api/v1/payments[?nib=&format=csv]`.
    func payments(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let nib = try api.domain { try Self.nib(request) }
        let csv = try Self.wantsCSV(request)
        if let nib { try context.requireOwn(firm: nib) }
        let records = try await api.store.payments(nib: nib).visible(to: context, \.payment.nib)
        let page = try api.page(records, request, PaymentView.init)
        return csv ? Self.csv(MoneyCSV.payments(records), name: "payments") : try api.json(page)
    }

    /// `POST /api/v1/payments`: 201 when recorded, 200 when the same payment was already there.
    func record(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(PaymentBody.self, request, context)
        let paidOn = try write.date(body.paidOn, field: "paid_on")
        let payment = try api.domain {
            try Payment(
                reference: body.reference, nib: try NIB(parsing: body.nib, field: "nib"),
                amount: body.amount, paidOn: paidOn,
                invoice: try body.invoice.map { try InvoiceNumber(parsing: $0, field: "invoice") },
                withholdingSlip: body.withholdingSlip)
        }
        return try answer(try await api.store.recordPayment(payment, actor: context.caller!.actor))
    }

    /// `POST /api/v1/payments/reversals`: takes a payment back by a reversal of its own (admin).
    func reverse(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(ReversalBody.self, request, context)
        let on = try write.date(body.on, field: "on")
        let record = try await api.domain {
            try await api.store.reversePayment(
                body.payment, reversal: body.reference, on: on, reason: body.reason, actor: context.caller!.actor)
        }
        return try answer(record)
    }

    /// A payment or reversal written (201), or the same one found already recorded (200, marked
    /// `Idempotent-Replayed` as a replayed commit is).
    private func answer(_ record: PaymentRecord) throws -> Response {
        var response = try api.json(PaymentView(record), status: record.replayed ? .ok : .created)
        if record.replayed { response.headers[.idempotentReplayed] = "true" }
        return response
    }

    /// `GET /api/v1/payments/receipt?reference=REF`: the receipt (kuitansi), one A4 HTML page.
    func receipt(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        guard let reference = request.uri.queryParameters.get("reference"), !reference.isEmpty else {
            throw Problem(
                .invalidField, "reference wajib: referensi pembayaran, mis. ?reference=BRI-20261205-0042.",
                "reference is required: the payment's reference, e.g. ?reference=BRI-20261205-0042.", field: "reference")
        }
        let html = try await api.operations.receipt(
            String(reference), language: context.language, visibleTo: context.visibleFirms)
        return Self.html(html, context)
    }

    /// `GET /api/v1/tenants/{nib}/statement[?from=&to=]`: the firm's account with the running balance.
    func statement(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let nib = try ReadRoutes.nib(context)
        let query = request.uri.queryParameters
        let from = try query.get("from").map { text in try api.domain { try CivilDate(parsing: text, field: "from") } }
        let to = try query.get("to").map { text in try api.domain { try CivilDate(parsing: text, field: "to") } }
        return try api.json(StatementView(try await api.domain { try await api.operations.statement(nib, from: from, to: to) }))
    }

    /// The invoice number the path spells (`INV/KAWASAN-1/2026/00001` as four segments); a path
    /// that spells no number is no invoice (404), like any other unknown record.
    static func number(_ context: EstateRequestContext) throws -> InvoiceNumber {
        let text = try ["series", "issuer", "year", "sequence"].map { try context.pathParameter($0) }.joined(separator: "/")
        guard let number = try? InvoiceNumber(parsing: text) else {
            throw Problem(
                .notFound, "Tagihan \(text) tidak ada; nomor ditulis seperti INV/KAWASAN-1/2026/00001.",
                "There is no invoice \(text); a number reads like INV/KAWASAN-1/2026/00001.")
        }
        return number
    }

    /// `?nib=`, read as a form would send it: a `+` stands for a space, which the NIB reader
    /// ignores like dots and dashes (`9120+983+690+060`).
    static func nib(_ request: Request) throws -> NIB? {
        try request.uri.queryParameters.get("nib").map {
            try NIB(parsing: $0.replacingOccurrences(of: "+", with: " "), field: "nib")
        }
    }

    /// `?format=csv` (else JSON; any other value refused, naming both).
    static func wantsCSV(_ request: Request) throws -> Bool {
        switch request.uri.queryParameters.get("format") {
        case nil, "json": return false
        case "csv": return true
        case let other?:
            throw Problem(
                .invalidField, "format: \"\(other)\" harus json atau csv.", "format: \"\(other)\" must be json or csv.",
                field: "format")
        }
    }

    static func csv(_ text: String, name: String) -> Response {
        var response = APISupport.text(text, type: "text/csv; charset=utf-8")
        response.headers[.contentDisposition] = "attachment; filename=\"\(name)-\(CivilDate.todayInBekasi.iso).csv\""
        return response
    }

    /// A printable page (`SecurityHeadersMiddleware` gives it its policy: no script, nothing
    /// loaded from elsewhere, never sniffed as another type).
    static func html(_ text: String, _ context: EstateRequestContext) -> Response {
        var response = APISupport.text(text, type: "text/html; charset=utf-8")
        response.headers[.contentLanguage] = context.language.rawValue
        return response
    }
}

struct InvoiceRunBody: JSONBody {
    static let fields: Set<String> = ["period", "dry_run"]
    let period: String
    let dryRun: Bool?
}

struct CancellationBody: JSONBody {
    static let fields: Set<String> = ["reason"]
    let reason: String
}

/// A payment as `estate payments record` takes it; `amount` a JSON integer or Rupiah text
/// ("Rp9.210.000"), `paid_on` today when left out.
struct PaymentBody: JSONBody {
    static let fields: Set<String> = ["nib", "amount", "paid_on", "reference", "invoice", "withholding_slip"]
    let nib: String
    let amount: Rupiah
    let paidOn: String?
    let reference: String
    let invoice: String?
    let withholdingSlip: String?
}

struct ReversalBody: JSONBody {
    static let fields: Set<String> = ["payment", "reference", "on", "reason"]
    let payment: String
    let reference: String
    let on: String?
    let reason: String
}
