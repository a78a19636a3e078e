import EstateDomain
import EstateReports
import EstateStore
import Hummingbird

/// The dashboard's money page (issue 16, item 8): a month's invoices with their printable pages,
/// the payments with their receipts, and the forms of the roles: an admin issues the month's
/// invoices and cancels one by a credit note, an officer records a payment. Each form calls the
/// operation the API calls; a refusal re-renders the page with the values kept.
extension Dashboard {
    /// `GET /dashboard/money[?period=YYYY-MM]`: the month asked for, else this month in Bekasi.
    func money(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await moneyPage(request, context, refusal: nil)
    }

    /// `POST /dashboard/money/run`: an admin issues the month's invoices.
    func runInvoicesForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await moneyForm("run", request, context) { form in
            let period = try BillingPeriod(parsing: Self.text(form, "period"), field: "period")
            _ = try await api.operations.runInvoices(period, actor: context.caller!.actor, dryRun: false)
            return ("invoices-issued", period)
        }
    }

    /// `POST /dashboard/money/payments`: an officer records a payment.
    func recordPaymentForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await moneyForm("pay", request, context) { form in
            let payment = try Payment(
                reference: Self.text(form, "reference"), nib: try NIB(parsing: Self.text(form, "nib"), field: "nib"),
                amount: try Rupiah(parsing: Self.text(form, "amount"), field: "amount"),
                paidOn: try CivilDate(parsing: Self.text(form, "paid_on"), field: "paid_on"),
                invoice: try Self.given(form, "invoice").map { try InvoiceNumber(parsing: $0, field: "invoice") },
                withholdingSlip: Self.given(form, "withholding_slip"))
            let record = try await api.store.recordPayment(payment, actor: context.caller!.actor)
            return (record.replayed ? "payment-replayed" : "payment-recorded", nil)
        }
    }

    /// `POST /dashboard/money/cancellation`: an admin cancels an invoice by a credit note.
    func cancelInvoiceForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await moneyForm("cancel", request, context) { form in
            let number = try InvoiceNumber(parsing: Self.text(form, "number"), field: "number")
            let credit = try await api.store.cancelInvoice(number, reason: Self.text(form, "reason"), actor: context.caller!.actor)
            return ("invoice-cancelled", BillingPeriod(year: credit.periodStart.year, month: credit.periodStart.month))
        }
    }

    /// Runs a money form through the record pages' one form runner (`recordForm`: CSRF first, a
    /// refusal re-rendered with the values kept), back to the month's page with a fixed message.
    private func moneyForm(
        _ name: String, _ request: Request, _ context: EstateRequestContext,
        _ body: ([String: String]) async throws -> (done: String, period: BillingPeriod?)
    ) async throws -> Response {
        try await recordForm(
            name, request, context, page: "/dashboard/money",
            rerender: { try await moneyPage(request, context, refusal: $0) }
        ) { form in
            let (done, period) = try await body(form)
            // Only a month the form named correctly goes into the link back, after the message.
            let named = Self.given(form, "period").flatMap { try? BillingPeriod(parsing: $0) }
            return done + ((period ?? named).map { "&period=\($0)" } ?? "")
        }
    }

    func moneyPage(_ request: Request, _ context: EstateRequestContext, refusal: FormRefusal?) async throws -> Response {
        let l = context.language
        let today = CivilDate.todayInBekasi
        let query: String? = request.uri.queryParameters.get("period").map { String($0) }
        // A refused form's month shows when it is one; the page's own ?period= must be one.
        let kept = refusal?.values["period"].flatMap { try? BillingPeriod(parsing: $0) }
        let period = try kept ?? query.map { text in try api.domain { try BillingPeriod(parsing: text, field: "period") } }
            ?? BillingPeriod(year: today.year, month: today.month)!
        let estate = try await api.estate(asOf: today)
        let invoices = try await api.store.invoices(InvoiceQuery(period: period))
        let payments = try await api.store.payments(nib: nil)
        let view = MoneyPageView(
            language: l, period: period, role: context.caller?.role ?? .viewer, csrf: context.session?.csrf ?? "",
            here: here, refusal: refusal, today: today)
        let content = view.render(invoices: invoices, payments: payments, firms: { estate.tenant($0)?.legalName })
        var response = page(
            t(l, "Tagihan dan pembayaran", "Invoices and payments"), content: content,
            provenance: t(l, "periode \(period)", "period \(period)"), request, context)
        if let refusal { response.status = refusal.status }
        return response
    }
}
