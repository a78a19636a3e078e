import EstateDomain
import Testing

/// The reminders due on a day (issue 17, item 4), each on its boundary: an invoice announced for
/// 14 days, overdue from the day after its due date; a lease within the notice window; an
/// application once stale; a declaration from 30 days before its last day; a document within
/// the window unless a renewal is on file; and each written in both languages.
@Suite("Reminders due")
struct ReminderPlannerTests {
    static func kinds(on day: String, estate: Estate = Fixtures.estate(plots: []), money: MoneyRecords = MoneyRecords(),
                      documents: [FirmDocument] = []) -> [String] {
        ReminderPlanner.due(estate: estate, money: money, documents: documents, on: Fixtures.date(day)).map(\.key)
    }

    /// Invoice 1 of firm 1, issued 2026-12-01 and due 2026-12-01 (the fixture's), Rp1,000,000.
    static let money = MoneyRecords(invoices: [PaymentLedgerTests.invoice(1, due: 1_000_000)])

    @Test("an invoice is announced for 14 days from its issue; overdue from the day after its due date, while owed")
    func invoices() throws {
        let number = "INV/KAWASAN-1/2026/00001"
        #expect(Self.kinds(on: "2026-12-01", money: Self.money) == ["invoice_issued:\(number)"])
        #expect(Self.kinds(on: "2026-12-14", money: Self.money) == ["invoice_issued:\(number)", "invoice_overdue:\(number)"])
        #expect(Self.kinds(on: "2026-12-15", money: Self.money) == ["invoice_overdue:\(number)"])
        #expect(Self.kinds(on: "2026-11-30", money: Self.money).isEmpty, "not issued yet")
        let paid = MoneyRecords(
            invoices: Self.money.invoices, payments: [try PaymentLedgerTests.payment("BRI-1", 1_000_000, on: "2026-12-05")])
        #expect(Self.kinds(on: "2026-12-20", money: paid).isEmpty, "a paid invoice is not overdue")
    }

    @Test("a lease ending on the window's last day is due; one ending the day after is not")
    func leases() {
        // 2026-11-22 + 90 days = 2027-02-20.
        let estate = Fixtures.estate(
            plots: [Fixtures.plot("A-01", 500), Fixtures.plot("A-02", 500)], tenants: [Fixtures.tenant(1), Fixtures.tenant(2)],
            leases: [Fixtures.lease("A-01", 1, "2021-03-01", "2027-02-20"), Fixtures.lease("A-02", 2, "2021-03-01", "2027-02-21")])
        let keys = Self.kinds(on: "2026-11-22", estate: estate).filter { $0.hasPrefix("lease_expiring") }
        #expect(keys == ["lease_expiring:\(Fixtures.nib(1).digits):A-01:2021-03-01:2027-02-20"])
    }

    @Test("an application is reminded once stale (180 days without a confirmation), keyed by its last confirmation")
    func reconfirmation() throws {
        let application = try Application(
            nib: Fixtures.nib(3), minArea: Fixtures.m2(100), maxArea: Fixtures.m2(500), submittedOn: Fixtures.date("2026-01-01"))
        let estate = Fixtures.estate(plots: [], tenants: [Fixtures.tenant(3)], applications: [application])
        // 2026-01-01 + 180 days = 2026-06-30: stale from the day after.
        #expect(!Self.kinds(on: "2026-06-30", estate: estate).contains { $0.hasPrefix("reconfirmation_due") })
        #expect(Self.kinds(on: "2026-07-01", estate: estate).contains("reconfirmation_due:\(Fixtures.nib(3).digits):2026-01-01:2026-01-01"))
    }

    @Test("a waiting firm's year is asked for from 30 days before 30 April; not once it is declared")
    func declarations() throws {
        let application = try Application(
            nib: Fixtures.nib(4), minArea: Fixtures.m2(100), maxArea: Fixtures.m2(500), submittedOn: Fixtures.date("2027-03-01"))
        let estate = Fixtures.estate(plots: [], tenants: [Fixtures.tenant(4, year: 2025)], applications: [application])
        let key = "declaration_due:\(Fixtures.nib(4).digits):2026"
        #expect(!Self.kinds(on: "2027-03-30", estate: estate).contains(key), "31 days before")
        #expect(Self.kinds(on: "2027-03-31", estate: estate).contains(key), "30 days before")
        #expect(Self.kinds(on: "2027-05-10", estate: estate).contains(key), "overdue")
        let declared = Fixtures.estate(plots: [], tenants: [Fixtures.tenant(4, year: 2026)], applications: [application])
        #expect(!Self.kinds(on: "2027-04-10", estate: declared).contains(key))
    }

    @Test("a document lapsing within the window is due, unless a later one of its kind is on file")
    func documents() throws {
        let expiring = try FirmDocumentTests.document(7, until: "2027-01-31")
        #expect(Self.kinds(on: "2026-12-07", documents: [expiring]) == ["document_expiring:7:2027-01-31"])
        let renewal = try FirmDocumentTests.document(8, until: "2029-01-31")
        #expect(Self.kinds(on: "2026-12-07", documents: [expiring, renewal]).isEmpty)
    }

    @Test("each reminder reads in Bahasa Indonesia and in English, naming the firm and what is due", arguments: [Language.indonesian, .english])
    func text(language: Language) {
        let reminder = Reminder(
            nib: Fixtures.nib(1), firmName: "CV Uji 1",
            subject: .invoiceOverdue(number: "INV/KAWASAN-1/2026/00001", outstanding: Rupiah(9_210_000), dueOn: Fixtures.date("2026-11-15")))
        let text = reminder.text(language, association: "Asosiasi IKM Logam")
        #expect(text.subject.contains("INV/KAWASAN-1/2026/00001"))
        #expect(text.body.contains(language == .indonesian ? "Rp9.210.000" : "IDR 9,210,000"), "\(text.body)")
        #expect(text.body.hasPrefix(language == .indonesian ? "Kepada CV Uji 1," : "Dear CV Uji 1,"))
        #expect(text.body.contains(language == .indonesian ? "15/11/2026" : "2026-11-15"))
    }

    @Test("an address is checked before it goes into an SMTP command", arguments: [
        "", "keuangan", "a@b", "a b@c.id", "a@b.id>\r\nRCPT TO:<x@y.id", "<a@b.id>", "@b.id", "a@.id", "a@b.id.",
    ])
    func badAddress(text: String) {
        #expect(throws: InputError.self) { try MailRecipient(nib: Fixtures.nib(1), email: text, language: .english) }
    }
}
