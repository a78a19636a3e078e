import EstateDomain
import EstateStore

/// One invoice as the CLI's JSON and the API show it (issue 16's fields): amounts in whole
/// Rupiah, dates ISO, `status` and `outstanding` as of now.
public struct InvoiceView: Encodable, Hashable, Sendable {
    public let number: String
    public let kind: String
    public let estate: String
    public let nib: String
    public let tenant: String
    public let legalForm: String?
    public let plot: String
    public let periodStart: String
    public let periodEnd: String
    public let issuedOn: String
    public let dueOn: String
    public let lines: [InvoiceLine]
    public let subtotal: Int64
    public let dpp: Int64
    public let ppn: Int64
    public let pph42: Int64
    public let withheld: Int64
    public let total: Int64
    public let amountDue: Int64
    /// What the firm's payments settle of it (`PaymentLedger`).
    public let paid: Int64
    public let outstanding: Int64
    public let status: String
    /// The amount due in Indonesian words, as the printed invoice states it.
    public let terbilang: String
    public let cancels: String?
    public let cancelledBy: String?
    /// For a credit note, why the invoice was cancelled.
    public let reason: String?

    enum CodingKeys: String, CodingKey {
        case number, kind, estate, nib, tenant, legalForm, plot, periodStart, periodEnd, issuedOn, dueOn, lines,
            subtotal, dpp, ppn, withheld, total, amountDue, paid, outstanding, status, terbilang, cancels, cancelledBy, reason
        case pph42 = "pph_4_2"
    }

    public init(_ invoice: Invoice) {
        let f = invoice.figures
        number = invoice.number.description
        kind = invoice.kind.rawValue
        estate = invoice.estate
        nib = invoice.nib.digits
        tenant = invoice.tenantName
        legalForm = invoice.legalForm?.rawValue
        plot = invoice.plotCode
        periodStart = invoice.periodStart.iso
        periodEnd = invoice.periodEnd.iso
        issuedOn = invoice.issuedOn.iso
        dueOn = invoice.dueOn.iso
        lines = f.lines
        subtotal = f.subtotal.amount
        dpp = f.dpp.amount
        ppn = f.ppn.amount
        pph42 = f.pph42.amount
        withheld = f.withheld.amount
        total = f.total.amount
        amountDue = f.amountDue.amount
        paid = invoice.settled.amount
        outstanding = invoice.outstanding.amount
        status = invoice.status.rawValue
        terbilang = Terbilang.rupiah(f.amountDue)
        cancels = invoice.cancels?.description
        cancelledBy = invoice.cancelledBy?.description
        reason = invoice.reason
    }

    /// Invoices as a terminal table, in `language`.
    public static func table(_ invoices: [Invoice], language: Language) -> String {
        let id = language == .indonesian
        guard !invoices.isEmpty else { return id ? "Tidak ada tagihan." : "No invoice." }
        var table = TextTable(
            header: id
                ? ["nomor", "jenis", "NIB", "kavling", "periode", "jatuh tempo", "subtotal", "PPN", "dipotong", "harus dibayar", "sisa", "status"]
                : ["number", "kind", "NIB", "plot", "period", "due", "subtotal", "VAT", "withheld", "amount due", "outstanding", "status"])
        table.rightAligned = [6, 7, 8, 9, 10]
        for invoice in invoices {
            let f = invoice.figures
            table.add([
                invoice.number.description, invoice.kind.name(language), invoice.nib.digits,
                invoice.plotCode, "\(invoice.periodStart.format(language))–\(invoice.periodEnd.format(language))",
                invoice.dueOn.format(language), f.subtotal.format(language), f.ppn.format(language),
                f.withheld.format(language), f.amountDue.format(language), invoice.outstanding.format(language),
                invoice.status.name(language),
            ])
        }
        return table.rendered
    }
}

/// The answer of an invoice run, for JSON.
public struct InvoiceRunView: Encodable, Sendable {
    public let period: String
    public let dryRun: Bool
    public let invoices: [InvoiceView]
    public let alreadyInvoiced: Int
    public let skipped: [Skipped]
    /// Firms billed with nothing withheld because their legal form is not recorded.
    public let unknownLegalForm: [String]

    public struct Skipped: Encodable, Sendable {
        public let plot: String
        public let start: String
        public let nib: String
        public let reason: String
    }

    public init(_ run: InvoiceRun, language: Language) {
        period = run.period.description
        dryRun = run.dryRun
        invoices = run.issued.map(InvoiceView.init)
        alreadyInvoiced = run.alreadyInvoiced
        skipped = run.skipped.map {
            Skipped(plot: $0.lease.plotCode, start: $0.lease.start.iso, nib: $0.nib.digits,
                    reason: language == .indonesian ? $0.alasan : $0.reason)
        }
        unknownLegalForm = run.unknownLegalForm.map(\.digits)
    }
}
