import EstateDomain
import Testing

/// Which invoices payments settle: the named one first, then oldest first, the rest a credit for
/// the next invoices; reversed payments count for nothing; a cancelled invoice owes nothing.
@Suite("Payment ledger")
struct PaymentLedgerTests {
    /// An invoice of firm `n` due `due` Rupiah, numbered `seq`, issued on the first of `month`.
    static func invoice(_ seq: Int, due: Int64, month: String = "2026-12", n: Int = 1, cancelledBy: Int? = nil) -> Invoice {
        let first = Fixtures.date("\(month)-01")
        let lines = [InvoiceLine(kind: .rent, days: 31, amount: Rupiah(due))]
        return Invoice(
            number: InvoiceNumber(series: .invoice, estate: "KAWASAN-1", year: first.year, sequence: seq), kind: .periodic,
            nib: Fixtures.nib(n), tenantName: "PT Uji \(n)", legalForm: .ud, plotCode: "A-0\(seq)", periodStart: first,
            periodEnd: first, issuedOn: first, dueOn: first,
            figures: InvoiceFigures(
                lines: lines, subtotal: Rupiah(due), dpp: Rupiah(0), ppn: Rupiah(0), pph42: Rupiah(0), withheld: Rupiah(0),
                total: Rupiah(due), amountDue: Rupiah(due)),
            cancelledBy: cancelledBy.map { InvoiceNumber(series: .creditNote, estate: "KAWASAN-1", year: first.year, sequence: $0) })
    }

    static func creditNote(for invoice: Invoice, seq: Int) throws -> Invoice {
        try invoice.creditNote(
            InvoiceNumber(series: .creditNote, estate: "KAWASAN-1", year: invoice.number.year, sequence: seq),
            on: invoice.issuedOn, reason: "luas salah")
    }

    static func payment(_ reference: String, _ amount: Int64, on day: String = "2026-12-05", n: Int = 1,
                        invoice: Int? = nil) throws -> Payment {
        try Payment(
            reference: reference, nib: Fixtures.nib(n), amount: Rupiah(amount), paidOn: Fixtures.date(day),
            invoice: invoice.map { InvoiceNumber(series: .invoice, estate: "KAWASAN-1", year: 2026, sequence: $0) })
    }

    static func number(_ seq: Int, year: Int = 2026) -> InvoiceNumber {
        InvoiceNumber(series: .invoice, estate: "KAWASAN-1", year: year, sequence: seq)
    }

    @Test("amount against one invoice of 1,000: its status and what is left",
          arguments: [(Int64(999), "open", Int64(1), Int64(0)), (1_000, "paid", 0, 0), (1_001, "paid", 0, 1)])
    func boundary(amount: Int64, status: String, outstanding: Int64, credit: Int64) throws {
        let one = Self.invoice(1, due: 1_000)
        let ledger = PaymentLedger(invoices: [one], payments: [try Self.payment("P1", amount)])
        let settled = ledger.applied(to: one)
        #expect(settled.status.rawValue == status)
        #expect(settled.outstanding == Rupiah(outstanding))
        #expect(ledger.credit[Fixtures.nib(1)] ?? Rupiah(0) == Rupiah(credit))
    }

    @Test("a payment naming no invoice settles the oldest first and splits across two")
    func oldestFirst() throws {
        let older = Self.invoice(1, due: 1_000, month: "2026-11")
        let newer = Self.invoice(2, due: 1_000, month: "2026-12")
        // given newest first: the ledger orders them by date itself
        let ledger = PaymentLedger(invoices: [newer, older], payments: [try Self.payment("P1", 1_500)])
        #expect(ledger.applied(to: older).status == .paid)
        #expect(ledger.applied(to: newer).outstanding == Rupiah(500))
        #expect(ledger.allocations["P1"] == [
            .init(invoice: Self.number(1), amount: Rupiah(1_000)), .init(invoice: Self.number(2), amount: Rupiah(500)),
        ])
    }

    @Test("a payment naming the newer invoice settles it first, the rest the oldest")
    func namedFirst() throws {
        let older = Self.invoice(1, due: 1_000, month: "2026-11")
        let newer = Self.invoice(2, due: 1_000, month: "2026-12")
        let ledger = PaymentLedger(invoices: [older, newer], payments: [try Self.payment("P1", 1_200, invoice: 2)])
        #expect(ledger.applied(to: newer).status == .paid)
        #expect(ledger.applied(to: older).outstanding == Rupiah(800))
    }

    @Test("what is left is a credit that settles the next invoice when it is issued")
    func creditUsedByNextInvoice() throws {
        let december = Self.invoice(1, due: 1_000)
        let overpaid = try Self.payment("P1", 1_600)
        let before = PaymentLedger(invoices: [december], payments: [overpaid])
        #expect(before.credit[Fixtures.nib(1)] == Rupiah(600))
        let january = Self.invoice(2, due: 1_000, month: "2027-01")
        let after = PaymentLedger(invoices: [december, january], payments: [overpaid])
        #expect(after.credit[Fixtures.nib(1)] == nil)
        #expect(after.applied(to: january).outstanding == Rupiah(400))
    }

    @Test("a reversed payment, and its reversal, settle nothing")
    func reversal() throws {
        let one = Self.invoice(1, due: 1_000)
        let paid = try Self.payment("P1", 1_000)
        let back = try paid.reversal(reference: "R1", on: Fixtures.date("2026-12-06"), reason: "transfer ditolak")
        let ledger = PaymentLedger(invoices: [one], payments: [paid, back])
        #expect(ledger.applied(to: one).outstanding == Rupiah(1_000))
        #expect(ledger.credit.isEmpty && ledger.allocations.isEmpty)
        #expect(throws: RecordChangeRefusal.self) { try back.reversal(reference: "R2", on: Fixtures.date("2026-12-07"), reason: "x") }
    }

    @Test("a paid invoice cancelled: what was paid on it settles the corrected invoice")
    func cancelledInvoiceReflows() throws {
        let wrong = Self.invoice(1, due: 1_000, cancelledBy: 1)
        let credit = try Self.creditNote(for: Self.invoice(1, due: 1_000), seq: 1)
        let corrected = Self.invoice(2, due: 900)
        let ledger = PaymentLedger(invoices: [wrong, credit, corrected], payments: [try Self.payment("P1", 1_000, invoice: 1)])
        let shown = ledger.applied(to: wrong)
        #expect(shown.status == .cancelled && shown.outstanding == Rupiah(0))
        #expect(ledger.applied(to: corrected).status == .paid)
        #expect(ledger.credit[Fixtures.nib(1)] == Rupiah(100))
        #expect(ledger.applied(to: credit).outstanding == Rupiah(0))
    }

    @Test("a firm's payment never settles another firm's invoice")
    func firmsApart() throws {
        let mine = Self.invoice(1, due: 1_000, n: 1)
        let theirs = Self.invoice(2, due: 1_000, n: 2)
        let ledger = PaymentLedger(invoices: [mine, theirs], payments: [try Self.payment("P1", 2_000, n: 1)])
        #expect(ledger.applied(to: theirs).outstanding == Rupiah(1_000))
        #expect(ledger.credit[Fixtures.nib(1)] == Rupiah(1_000))
    }

    @Test("payments count in the order made, not as recorded: the earlier one settles the named invoice's rest")
    func paymentDateOrder() throws {
        let older = Self.invoice(1, due: 1_000, month: "2026-11")
        let newer = Self.invoice(2, due: 1_000, month: "2026-12")
        // recorded second, paid first
        let ledger = PaymentLedger(invoices: [older, newer], payments: [
            try Self.payment("LATE", 1_000, on: "2026-12-10", invoice: 1),
            try Self.payment("EARLY", 1_000, on: "2026-12-01"),
        ])
        #expect(ledger.allocations["EARLY"] == [.init(invoice: Self.number(1), amount: Rupiah(1_000))])
        #expect(ledger.allocations["LATE"] == [.init(invoice: Self.number(2), amount: Rupiah(1_000))])
    }

    @Test("a payment of zero or less is refused, naming the amount", arguments: [Int64(0), -1])
    func notPositive(amount: Int64) {
        #expect(throws: InputError.self) { try Self.payment("P1", amount) }
    }
}
