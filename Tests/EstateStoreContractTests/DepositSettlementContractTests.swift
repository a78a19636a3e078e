import EstateDomain
import EstateStore
import Testing

/// A deposit at the end of its lease (issue 16, item 4): cancelling the deposit of a lease that
/// has ended settles it against what the firm owes (its payment goes to the firm's open
/// invoices, the rest is the firm's credit) and no run bills it again; the deposit of a lease
/// still running is corrected like any invoice, its start month issuing it anew.
@Suite("Storage contract: deposits settled at the end of the lease")
struct DepositSettlementContractTests {
    static let baja = try! NIB(parsing: "9120983690060")
    static let today = CivilDate(year: 2026, month: 12, day: 10)!
    static let october = try! BillingPeriod(parsing: "2026-10")
    static let november = try! BillingPeriod(parsing: "2026-11")

    /// CV Baja Mandiri Sentosa also leased A-04 from 1 October to 30 November 2026.
    static func prepare(_ store: any StoreService) async throws {
        try await InvoiceRunContractTests.prepare(store)
        var batch = EstateBatch()
        batch.leases = [Sourced(try Lease(plotCode: "A-04", nib: baja, start: CivilDate(year: 2026, month: 10, day: 1)!,
                                          end: CivilDate(year: 2026, month: 12, day: 1)!))]
        _ = try await store.write(batch, actor: "test")
        _ = try await store.runInvoices(october, actor: "admin", dryRun: false)
        _ = try await store.runInvoices(november, actor: "admin", dryRun: false)
    }

    static func owed(_ store: any StoreService) async throws -> Int64 {
        try await store.invoices(InvoiceQuery(nib: baja)).reduce(0) { $0 + $1.outstanding.amount }
    }

    @Test("an ended lease's deposit pays the firm's open invoices, the rest a credit; no run bills it again", arguments: StoreKind.allCases)
    func settle(kind: StoreKind) async throws {
        try await kind.withStore(clock: .fixed(Self.today)) { store in
            // setup
            try await Self.prepare(store)
            let deposit = try #require(try await store.invoices(InvoiceQuery(nib: Self.baja)).first { $0.kind == .deposit })
            #expect(deposit.plotCode == "A-04")
            _ = try await store.recordPayment(
                try Payment(reference: "BRI-JAMINAN-A04", nib: Self.baja, amount: deposit.figures.amountDue,
                            paidOn: CivilDate(year: 2026, month: 10, day: 5)!, invoice: deposit.number),
                actor: "officer")
            let owedBefore = try await Self.owed(store)
            #expect(owedBefore > 0, "the firm's four periodic invoices are open")
            // act
            let credit = try await store.cancelInvoice(deposit.number, reason: "sewa berakhir; jaminan diperhitungkan", actor: "admin")
            // check
            #expect(credit.kind == .creditNote && credit.cancels == deposit.number)
            let settledDeposit = try #require(try await store.invoices(InvoiceQuery(number: deposit.number)).first)
            #expect(settledDeposit.status == .cancelled)
            let depositAmount = deposit.figures.amountDue.amount
            #expect(try await Self.owed(store) == max(0, owedBefore - depositAmount))
            let record = try #require(try await store.payments(nib: Self.baja).first)
            #expect(record.credit.amount == max(0, depositAmount - owedBefore))
            for period in [Self.october, Self.november] {
                let rerun = try await store.runInvoices(period, actor: "admin", dryRun: false)
                #expect(rerun.issued.isEmpty, "\(period): a settled deposit is not billed again")
            }
        }
    }

    @Test("a running lease's deposit cancelled is a correction: its start month issues it again", arguments: StoreKind.allCases)
    func correct(kind: StoreKind) async throws {
        try await kind.withStore(clock: .fixed(Self.today)) { store in
            try await InvoiceRunContractTests.prepare(store)
            // A-10's lease of the sample starts on 2027-01-01 and is running (not ended) on any day after.
            let january = try await store.runInvoices(InvoiceRunContractTests.january, actor: "admin", dryRun: false)
            let deposit = try #require(january.issued.first { $0.kind == .deposit })
            _ = try await store.cancelInvoice(deposit.number, reason: "bulan jaminan salah", actor: "admin")
            let again = try await store.runInvoices(InvoiceRunContractTests.january, actor: "admin", dryRun: false)
            #expect(again.issued.map(\.kind) == [.deposit] && again.issued.first?.plotCode == deposit.plotCode)
        }
    }
}
