/// An issued invoice as the firm and the association's accountant read it. Never edited once
/// issued: a credit note (its own number series) cancels it and frees its period.
public struct Invoice: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case periodic
        case deposit
        case creditNote = "credit_note"
    }

    public enum Status: String, Hashable, Sendable, Codable {
        case open, paid, cancelled
    }

    public let number: InvoiceNumber
    public let kind: Kind
    public let nib: NIB
    public let tenantName: String
    public let legalForm: LegalForm?
    public let plotCode: String
    public let periodStart: CivilDate
    /// The last day billed (inclusive, as printed on the invoice).
    public let periodEnd: CivilDate
    public let issuedOn: CivilDate
    public let dueOn: CivilDate
    public let figures: InvoiceFigures
    /// For a credit note, the invoice it cancels.
    public let cancels: InvoiceNumber?
    /// For an invoice, the credit note that cancelled it.
    public private(set) var cancelledBy: InvoiceNumber?
    /// For a credit note, why the invoice was cancelled.
    public let reason: String?
    /// What the firm's payments settle of it (`PaymentLedger`); zero as read from its row.
    public private(set) var settled = Rupiah(0)

    public init(
        number: InvoiceNumber, kind: Kind, nib: NIB, tenantName: String, legalForm: LegalForm?, plotCode: String,
        periodStart: CivilDate, periodEnd: CivilDate, issuedOn: CivilDate, dueOn: CivilDate, figures: InvoiceFigures,
        cancels: InvoiceNumber? = nil, cancelledBy: InvoiceNumber? = nil, reason: String? = nil
    ) {
        self.number = number
        self.kind = kind
        self.nib = nib
        self.tenantName = tenantName
        self.legalForm = legalForm
        self.plotCode = plotCode
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.figures = figures
        self.cancels = cancels
        self.cancelledBy = cancelledBy
        self.reason = reason
    }

    /// The credit note `number` that takes this invoice back on `date` for `reason` (checked as
    /// typed): the same lines and figures, its kind saying they are taken back. Refused for a
    /// credit note or an invoice already cancelled.
    public func creditNote(_ number: InvoiceNumber, on date: CivilDate, reason: String) throws -> Invoice {
        guard kind != .creditNote, cancelledBy == nil else {
            let what = kind == .creditNote ? "is a credit note" : "is already cancelled by \(cancelledBy!)"
            let apa = kind == .creditNote ? "adalah nota kredit" : "sudah dibatalkan oleh \(cancelledBy!)"
            throw RecordChangeRefusal.notAllowed(
                "invoice \(self.number) \(what); nothing to cancel",
                indonesian: "tagihan \(self.number) \(apa); tidak ada yang dibatalkan")
        }
        return Invoice(
            number: number, kind: .creditNote, nib: nib, tenantName: tenantName, legalForm: legalForm, plotCode: plotCode,
            periodStart: periodStart, periodEnd: periodEnd, issuedOn: date, dueOn: date, figures: figures,
            cancels: self.number,
            reason: try FreeText.checked(reason, field: "reason", limit: 500, example: "luas kavling salah"))
    }

    /// Cancelled once a credit note names it; paid once its payments settle its amount due;
    /// otherwise open (a credit note, which owes nothing, reads open).
    public var status: Status {
        if cancelledBy != nil { return .cancelled }
        return kind != .creditNote && settled >= figures.amountDue ? .paid : .open
    }

    /// What is still to pay: the amount due less what payments settle, nothing once cancelled.
    public var outstanding: Rupiah {
        status == .open && kind != .creditNote ? Rupiah(figures.amountDue.amount - settled.amount) : Rupiah(0)
    }

    /// This invoice as it read before its credit note was issued.
    public var uncancelled: Invoice {
        var copy = self
        copy.cancelledBy = nil
        return copy
    }

    /// This invoice with `amount` of it settled by payments.
    public func settled(by amount: Rupiah) -> Invoice {
        var copy = self
        copy.settled = amount
        return copy
    }

    public var estate: String { number.estate }
}
