import EstateDomain

/// Links from a firm's statement on its page to the documents behind it, served by the API's
/// routes (which a dashboard session may read): the firm downloads its own invoices, credit notes
/// and receipts there, and an officer the firm's.
extension Dashboard {
    /// The printable document behind a statement line: the invoice (or credit note), or the
    /// payment's receipt; the firm downloads its own from its page. A reversal has none.
    func documentLink(_ entry: Statement.Entry, _ l: Language) -> String {
        switch entry.kind {
        case .payment:
            "\(here.apiBase)/payments/receipt?reference=\(MoneyPageView.queryEscaped(entry.reference))&lang=\(l.rawValue)"
        case .reversal: ""
        default: "\(here.apiBase)/invoices/\(entry.reference)/document?lang=\(l.rawValue)"
        }
    }
}
