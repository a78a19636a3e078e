import EstateDomain
import EstateStore
import Testing

/// Payments on both engines: split across a firm's invoices, replayed, refused, reversed, and
/// the credit a firm is owed settling its next invoice.
@Suite("Storage contract: payments")
struct PaymentContractTests {
    static let paidOn = CivilDate(year: 2026, month: 12, day: 3)!

    /// A-01's December invoice (CV Baja Mandiri Sentosa, amount due 9,210,000) after the month's run.
    static func december(_ store: any StoreService) async throws -> Invoice {
        try await InvoiceRunContractTests.prepare(store)
        _ = try await store.runInvoices(InvoiceRunContractTests.december, actor: "admin", dryRun: false)
        return try #require(try await store.invoices(InvoiceQuery()).first { $0.plotCode == "A-01" })
    }

    static func payment(_ reference: String, _ invoice: Invoice, amount: Int64, naming: Bool = false) throws -> Payment {
        try Payment(
            reference: reference, nib: invoice.nib, amount: Rupiah(amount), paidOn: paidOn,
            invoice: naming ? invoice.number : nil)
    }

    @Test("a payment split across two invoices, the oldest first; the rest is open", arguments: StoreKind.allCases)
    func split(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let december = try await Self.december(store)
            _ = try await store.runInvoices(InvoiceRunContractTests.january, actor: "admin", dryRun: false)
            let january = try #require(try await store.invoices(InvoiceQuery(nib: december.nib, period: InvoiceRunContractTests.january))
                .first { $0.kind == .periodic && $0.plotCode == "A-01" })
            let record = try await store.recordPayment(try Self.payment("BRI-0001", december, amount: 10_000_000), actor: "officer")
            #expect(!record.replayed && record.credit == Rupiah(0))
            #expect(record.allocations == [
                .init(invoice: december.number, amount: Rupiah(9_210_000)), .init(invoice: january.number, amount: Rupiah(790_000)),
            ])
            let stored = try await store.invoices(InvoiceQuery(nib: december.nib))
            let paid = try #require(stored.first { $0.number == december.number })
            let part = try #require(stored.first { $0.number == january.number })
            #expect(paid.status == .paid && paid.outstanding == Rupiah(0) && paid.settled == Rupiah(9_210_000))
            #expect(part.status == .open && part.outstanding == Rupiah(part.figures.amountDue.amount - 790_000))
        }
    }

    @Test("the same payment recorded twice is written once; its reference with other figures is refused", arguments: StoreKind.allCases)
    func replay(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let december = try await Self.december(store)
            let payment = try Self.payment("BRI-0002", december, amount: 5_000_000, naming: true)
            _ = try await store.recordPayment(payment, actor: "officer")
            let again = try await store.recordPayment(payment, actor: "officer-2")
            #expect(again.replayed && again.payment == payment)
            #expect(try await store.payments(nib: nil).count == 1)
            let other = try await #require(throws: StoreError.self) {
                try await store.recordPayment(try Self.payment("BRI-0002", december, amount: 5_000_001), actor: "officer")
            }
            #expect(other.description.contains("BRI-0002 is already recorded as a payment of IDR 5,000,000"))
            #expect(try await store.payments(nib: nil).count == 1)
            let open = try #require(try await store.invoices(InvoiceQuery(number: december.number)).first)
            #expect(open.outstanding == Rupiah(4_210_000))
        }
    }

    @Test("refused: another firm's invoice, a cancelled one, an unknown firm, a day after today", arguments: StoreKind.allCases)
    func refusals(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let december = try await Self.december(store)
            let other = try #require(try await store.invoices(InvoiceQuery()).first { $0.nib != december.nib })
            let theirs = try Payment(
                reference: "X-1", nib: december.nib, amount: Rupiah(1_000), paidOn: Self.paidOn, invoice: other.number)
            let refused = try await #require(throws: StoreError.self) { try await store.recordPayment(theirs, actor: "officer") }
            #expect(refused.description.contains("is not an invoice of NIB"))
            _ = try await store.cancelInvoice(december.number, reason: "luas salah", actor: "admin")
            let cancelled = try await #require(throws: StoreError.self) {
                try await store.recordPayment(try Self.payment("X-2", december, amount: 1_000, naming: true), actor: "officer")
            }
            #expect(cancelled.description.contains("cancelled by CN/KAWASAN-1/"))
            let stranger = try Payment(
                reference: "X-3", nib: try NIB(parsing: "9999999999999"), amount: Rupiah(1_000), paidOn: Self.paidOn)
            await #expect(throws: StoreError.self) { try await store.recordPayment(stranger, actor: "officer") }
            let tomorrow = CivilDate(year: 2999, month: 1, day: 1)!
            let future = try Payment(reference: "X-4", nib: december.nib, amount: Rupiah(1_000), paidOn: tomorrow)
            let late = try await #require(throws: InputError.self) { try await store.recordPayment(future, actor: "officer") }
            #expect(late.field == "paid_on")
            #expect(try await store.payments(nib: nil).isEmpty)
        }
    }

    @Test("paying more leaves a credit that the next month's invoice uses", arguments: StoreKind.allCases)
    func creditForNextInvoice(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let december = try await Self.december(store)
            let record = try await store.recordPayment(try Self.payment("BRI-0003", december, amount: 10_210_000), actor: "officer")
            #expect(record.credit == Rupiah(1_000_000))
            _ = try await store.runInvoices(InvoiceRunContractTests.january, actor: "admin", dryRun: false)
            let january = try #require(try await store.invoices(InvoiceQuery(nib: december.nib, period: InvoiceRunContractTests.january))
                .first { $0.kind == .periodic && $0.plotCode == "A-01" })
            #expect(january.outstanding == Rupiah(january.figures.amountDue.amount - 1_000_000))
            #expect(try await store.payments(nib: december.nib).first?.credit == Rupiah(0))
        }
    }

    @Test("a reversal takes a payment back: the invoice is open again; twice is refused, its replay writes nothing", arguments: StoreKind.allCases)
    func reversal(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let december = try await Self.december(store)
            _ = try await store.recordPayment(try Self.payment("BRI-0004", december, amount: 9_210_000), actor: "officer")
            let back = try await store.reversePayment(
                "BRI-0004", reversal: "RET-0004", on: Self.paidOn, reason: "transfer ditolak bank", actor: "officer")
            #expect(back.payment.kind == .reversal && back.payment.reverses == "BRI-0004" && !back.replayed)
            let open = try #require(try await store.invoices(InvoiceQuery(number: december.number)).first)
            #expect(open.status == .open && open.outstanding == Rupiah(9_210_000))
            let replay = try await store.reversePayment(
                "BRI-0004", reversal: "RET-0004", on: Self.paidOn, reason: "transfer ditolak bank", actor: "officer")
            #expect(replay.replayed)
            let twice = try await #require(throws: StoreError.self) {
                try await store.reversePayment("BRI-0004", reversal: "RET-0005", on: Self.paidOn, reason: "lagi", actor: "officer")
            }
            #expect(twice.description.contains("already reversed by RET-0004"))
            #expect(try await store.payments(nib: december.nib).map(\.payment.reference) == ["BRI-0004", "RET-0004"])
        }
    }
}

/// The records the arrears report and statements read, on both engines.
@Suite("Storage contract: money records")
struct MoneyRecordsContractTests {
    @Test("the arrears as of the day before a payment and on it; a firm's statement", arguments: StoreKind.allCases)
    func arrears(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let december = try await PaymentContractTests.december(store)
            _ = try await store.recordPayment(
                try PaymentContractTests.payment("BRI-0005", december, amount: 9_210_000), actor: "officer")
            let records = try await store.moneyRecords(nib: nil)
            #expect(records.invoices.count == 18 && records.payments.count == 1)
            let before = Arrears(records, asOf: PaymentContractTests.paidOn.adding(days: -1))
            let on = Arrears(records, asOf: PaymentContractTests.paidOn)
            #expect(before.rows.count == 18 && on.rows.count == 17)
            #expect(before.total.amount - on.total.amount == 9_210_000)
            let mine = try await store.moneyRecords(nib: december.nib)
            let statement = Statement(mine, nib: december.nib, name: december.tenantName)
            #expect(statement.entries.map(\.balance) == [Rupiah(9_210_000), Rupiah(0)])
        }
    }
}
