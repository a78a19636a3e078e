import EstateDomain
import Testing

/// The arrears report's days overdue and buckets on their boundaries, and a statement's running
/// and opening balances.
@Suite("Arrears and statements")
struct ArrearsStatementTests {
    typealias L = PaymentLedgerTests

    @Test("days past the due date and the bucket they fall in",
          arguments: [(-1, 0, "current"), (0, 0, "current"), (1, 1, "1-30"), (30, 30, "1-30"), (31, 31, "31-60"),
                      (60, 60, "31-60"), (61, 61, "61-90"), (90, 90, "61-90"), (91, 91, "90+"), (400, 400, "90+")])
    func buckets(daysAfterDue: Int, overdue: Int, bucket: String) throws {
        let invoice = L.invoice(1, due: 1_000)  // due on its issue date, 2026-12-01
        let arrears = Arrears(MoneyRecords(invoices: [invoice]), asOf: invoice.dueOn.adding(days: daysAfterDue))
        let rows = arrears.rows
        if daysAfterDue < 0 {
            #expect(rows.isEmpty)  // not yet issued on that day
            return
        }
        #expect(rows.count == 1 && rows[0].daysOverdue == overdue && rows[0].bucket.rawValue == bucket)
        #expect(arrears.byBucket.first { $0.bucket.rawValue == bucket }?.outstanding == Rupiah(1_000))
    }

    @Test("as of a day: only the payments made by then count; paid in full leaves no row")
    func asOfPayment() throws {
        let invoice = L.invoice(1, due: 1_000)
        let records = MoneyRecords(invoices: [invoice], payments: [try L.payment("P1", 1_000, on: "2026-12-10")])
        #expect(Arrears(records, asOf: Fixtures.date("2026-12-09")).total == Rupiah(1_000))
        #expect(Arrears(records, asOf: Fixtures.date("2026-12-10")).rows.isEmpty)
    }

    @Test("as of a day before its credit note, a cancelled invoice is still owed")
    func cancelledLater() throws {
        let plain = L.invoice(1, due: 1_000)
        var credit = try L.creditNote(for: plain, seq: 1)
        credit = try plain.creditNote(credit.number, on: Fixtures.date("2026-12-20"), reason: "luas salah")
        let records = MoneyRecords(invoices: [L.invoice(1, due: 1_000, cancelledBy: 1), credit])
        #expect(Arrears(records, asOf: Fixtures.date("2026-12-19")).total == Rupiah(1_000))
        #expect(Arrears(records, asOf: Fixtures.date("2026-12-20")).rows.isEmpty)
    }

    @Test("totals per firm, the largest first")
    func perFirm() throws {
        let records = MoneyRecords(invoices: [
            L.invoice(1, due: 1_000, n: 1), L.invoice(2, due: 3_000, n: 2), L.invoice(3, due: 500, month: "2027-01", n: 1),
        ])
        let firms = Arrears(records, asOf: Fixtures.date("2027-02-01")).byFirm
        #expect(firms.map(\.nib) == [Fixtures.nib(2), Fixtures.nib(1)])
        #expect(firms.map(\.outstanding) == [Rupiah(3_000), Rupiah(1_500)])
        #expect(firms.map(\.mostDaysOverdue) == [62, 62])
    }

    @Test("a statement: opening balance before --from, entries with the running balance, a credit below zero")
    func statement() throws {
        let december = L.invoice(1, due: 1_000)
        let january = L.invoice(2, due: 1_000, month: "2027-01")
        let paid = try L.payment("P1", 1_500, on: "2026-12-05")
        let back = try paid.reversal(reference: "R1", on: Fixtures.date("2027-01-03"), reason: "transfer ditolak")
        let records = MoneyRecords(invoices: [december, january], payments: [paid, back])
        let all = Statement(records, nib: Fixtures.nib(1), name: "PT Uji 1")
        #expect(all.opening == Rupiah(0))
        #expect(all.entries.map(\.balance) == [1_000, -500, 500, 2_000].map(Rupiah.init))
        #expect(all.entries.map(\.kind) == [.invoice, .payment, .invoice, .reversal])
        let january1 = Statement(records, nib: Fixtures.nib(1), name: "PT Uji 1", from: Fixtures.date("2027-01-01"))
        #expect(january1.opening == Rupiah(-500) && january1.closing == Rupiah(2_000) && january1.entries.count == 2)
        let december1 = Statement(records, nib: Fixtures.nib(1), name: "PT Uji 1", to: Fixtures.date("2026-12-31"))
        #expect(december1.closing == Rupiah(-500))
        #expect(Statement(records, nib: Fixtures.nib(2), name: "PT Uji 2").entries.isEmpty)
    }

    @Test("a negative amount is written with its sign first")
    func negative() {
        #expect(Rupiah(-790_000).format(.indonesian) == "-Rp790.000")
        #expect(Rupiah(-790_000).format(.english) == "-IDR 790,000")
    }
}
