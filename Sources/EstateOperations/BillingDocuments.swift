import EstateDomain
import EstateReports
import EstateStore
import Foundation

/// What a firm receives and what the accountant exports (issue 16, item 7), built once for the
/// CLI, the API and the dashboard: invoices and receipts as printable pages, and CSV files.
extension EstateOperations {
    /// Which invoices a document shows: one by its number, or a whole month's run.
    public enum InvoiceSelection: Sendable {
        case number(InvoiceNumber)
        case period(BillingPeriod)
    }

    /// The invoices selected as one printable HTML page in `language`, with the billing profile
    /// and each firm's registry record; an unknown number or a month without invoices is
    /// `StoreError.notFound`.
    /// With `visibleTo`, only those firms' invoices count (another's is unknown).
    public func invoiceDocument(
        _ selection: InvoiceSelection, language: Language, visibleTo firms: Set<NIB>? = nil
    ) async throws -> String {
        let invoices: [Invoice]
        switch selection {
        case .number(let number): invoices = [try await invoice(number, visibleTo: firms)]
        case .period(let period):
            invoices = try await store.invoices(InvoiceQuery(period: period)).filter { firms?.contains($0.nib) ?? true }
            guard !invoices.isEmpty else { throw StoreError.notFound(what: "invoice of the month", key: period.description) }
        }
        let profile = try await store.billingProfile()
        let estate = try await reading(asOf: .todayInBekasi).estate
        return InvoiceDocument.html(invoices, profile: profile, firm: { estate.tenant($0) }, language: language)
    }

    /// The receipt (kuitansi) of the payment `reference`; a reversal has none, and a payment
    /// taken back by one has none any more (refused, saying so).
    /// With `visibleTo`, another firm's payment is unknown, in the same words as one never made.
    public func receipt(_ reference: String, language: Language, visibleTo firms: Set<NIB>? = nil) async throws -> String {
        let records = try await store.payments(nib: nil).filter { firms?.contains($0.payment.nib) ?? true }
        let record = try Self.payment(reference, in: records)
        guard record.payment.kind == .payment else {
            throw StoreError.refused(
                "\(reference) is a reversal of payment \(record.payment.reverses ?? ""); a reversal has no receipt",
                indonesian: "\(reference) adalah pembatalan pembayaran \(record.payment.reverses ?? ""); "
                    + "pembatalan tidak punya kuitansi")
        }
        if let reversal = records.first(where: { $0.payment.reverses == record.payment.reference }) {
            throw StoreError.refused(
                "payment \(record.payment.reference) was taken back by \(reversal.payment.reference); it settles nothing "
                    + "and has no receipt",
                indonesian: "pembayaran \(record.payment.reference) sudah dibatalkan oleh \(reversal.payment.reference); "
                    + "tidak melunasi apa pun dan tidak punya kuitansi")
        }
        let profile = try await store.billingProfile()
        let firm = try await reading(asOf: .todayInBekasi).estate.tenant(record.payment.nib)
        return ReceiptDocument.html(record, profile: profile, firm: firm, language: language)
    }

    /// The payment or reversal recorded as `reference` among `records`, or `StoreError.notFound`
    /// naming it.
    private static func payment(_ reference: String, in records: [PaymentRecord]) throws -> PaymentRecord {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        guard let record = records.first(where: { $0.payment.reference == reference }) else {
            throw StoreError.notFound(what: "payment", key: reference)
        }
        return record
    }
}
