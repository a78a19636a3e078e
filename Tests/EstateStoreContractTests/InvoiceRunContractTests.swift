import EstateDomain
import EstateStore
import Testing

/// Tariffs, the billing profile and invoice runs on both engines (issue 16): a run issues one
/// periodic invoice per lease and month and numbers them on without a gap; running the month
/// again issues only what is missing.
@Suite("Storage contract: tariffs, billing profile and invoice runs")
struct InvoiceRunContractTests {
    static let december = try! BillingPeriod(parsing: "2026-12")
    static let january = try! BillingPeriod(parsing: "2027-01")

    /// Rp25,000 rent and Rp5,000 service charge per m² a month in both phases, 3 months' deposit.
    static let tariffs: [Sourced<Tariff>] = [1, 2].map { phase in
        Sourced(
            try! Tariff(
                phase: phase, effectiveFrom: CivilDate(year: 2024, month: 1, day: 1)!,
                rentPerSquareMetreMonth: Rupiah(25_000), serviceChargePerSquareMetreMonth: Rupiah(5_000),
                depositMonths: 3, dueDays: 14), origin: "tarif.csv line \(phase + 1)")
    }

    static let profile = try! BillingProfileChange(
        name: "Asosiasi IKM Logam", bankAccount: "BRI 0123-01-000123-30-1",
        pkp: .init(from: CivilDate(year: 2025, month: 1, day: 1)!, isPKP: true))

    /// The leases of the sample in force in December 2026 (18 of its 22).
    static var decemberLeases: [Lease] {
        seedEstate.leases.filter { december.daysInForce(start: $0.start, end: $0.effectiveEnd) > 0 }
    }

    /// The sample cluster, its price list and its billing profile.
    static func prepare(_ store: any StoreService, batch: EstateBatch = EstateBatch(estate: seedEstate)) async throws {
        _ = try await store.write(batch, actor: "seed")
        _ = try await store.importTariffs(tariffs, actor: "officer", dryRun: false)
        _ = try await store.updateBillingProfile(profile, actor: "officer")
    }

    @Test("a run invoices every lease in force once, numbered 1 to N; the same month again issues nothing", arguments: StoreKind.allCases)
    func runTwice(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepare(store)
            let first = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(first.issued.count == Self.decemberLeases.count && first.issued.count == 18)
            #expect(first.issued.map(\.number.sequence) == Array(1...18))
            #expect(first.issued.allSatisfy { $0.kind == .periodic && $0.issuedOn == Self.december.firstDay })
            #expect(Set(first.issued.map(\.plotCode)) == Set(Self.decemberLeases.map(\.plotCode)))
            let again = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(again.issued.isEmpty && again.alreadyInvoiced == 18)
            // what is stored reads back as issued
            #expect(try await store.invoices(InvoiceQuery(period: Self.december)) == first.issued)
        }
    }

    @Test("a CV on A-01 (300 m²): the figures of its December invoice", arguments: StoreKind.allCases)
    func figures(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepare(store)
            _ = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            let invoice = try #require(try await store.invoices(InvoiceQuery()).first { $0.plotCode == "A-01" })
            #expect(invoice.number.description == "INV/KAWASAN-1/2026/00001")
            #expect(invoice.legalForm == .cv)  // inferred from "CV Baja Mandiri Sentosa"
            let f = invoice.figures
            #expect(f.lines.map(\.amount) == [Rupiah(7_500_000), Rupiah(1_500_000)])
            #expect([f.subtotal, f.dpp, f.ppn, f.total] == [9_000_000, 8_250_000, 990_000, 9_990_000].map(Rupiah.init))
            #expect([f.pph42, f.withheld, f.amountDue] == [750_000, 780_000, 9_210_000].map(Rupiah.init))
            #expect(invoice.dueOn == CivilDate(year: 2026, month: 12, day: 15) && invoice.status == .open)
        }
    }

    @Test("a dry run answers the same invoices and writes nothing", arguments: StoreKind.allCases)
    func dryRun(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepare(store)
            let dry = try await store.runInvoices(Self.december, actor: "admin", dryRun: true)
            #expect(dry.issued.count == 18 && dry.dryRun)
            #expect(try await store.invoices(InvoiceQuery()).isEmpty)
            let real = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(real.issued.map(\.number) == dry.issued.map(\.number))
        }
    }

    @Test("a lease added after a run is invoiced by the next run of the month, numbered on", arguments: StoreKind.allCases)
    func leaseAddedLater(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var batch = EstateBatch(estate: seedEstate)
            let index = try #require(batch.leases.firstIndex { $0.value.plotCode == "A-22" })
            let later = batch.leases.remove(at: index)
            try await Self.prepare(store, batch: batch)
            let first = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(first.issued.count == 17)
            var added = EstateBatch()
            added.leases = [later]
            _ = try await store.write(added, actor: "officer")
            let second = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(second.issued.map(\.plotCode) == ["A-22"])
            #expect(second.issued.map(\.number.sequence) == [18])
            #expect(second.alreadyInvoiced == 17)
        }
    }

    @Test("a lease starting in the month gets its deposit once; numbers start again in a new year", arguments: StoreKind.allCases)
    func depositAndNewYear(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepare(store)
            _ = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            let january = try await store.runInvoices(Self.january, actor: "admin", dryRun: false)
            let deposits = january.issued.filter { $0.kind == .deposit }
            #expect(deposits.map(\.plotCode) == ["A-10"])  // the sample's lease from 2027-01-01
            // 300 m²: 3 × (7,500,000 + 1,500,000), no VAT, nothing withheld
            #expect(deposits.first?.figures.amountDue == Rupiah(27_000_000))
            #expect(deposits.first?.figures.ppn == Rupiah(0))
            #expect(january.issued.map(\.number.sequence) == Array(1...january.issued.count))
            #expect(january.issued.allSatisfy { $0.number.year == 2027 })
            let again = try await store.runInvoices(Self.january, actor: "admin", dryRun: false)
            #expect(again.issued.isEmpty)
        }
    }

    @Test("a run with no billing profile is refused, naming the fix, and writes nothing", arguments: StoreKind.allCases)
    func noProfile(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            _ = try await store.importTariffs(Self.tariffs, actor: "officer", dryRun: false)
            let error = try await #require(throws: StoreError.self) {
                try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            }
            #expect(error.description.contains("estate billing profile --name"))
            #expect(try await store.invoices(InvoiceQuery()).isEmpty)
        }
    }

    @Test("a phase with no tariff is named and not billed; its leases are billed once it has one", arguments: StoreKind.allCases)
    func missingTariff(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
            _ = try await store.updateBillingProfile(Self.profile, actor: "officer")
            _ = try await store.importTariffs([Self.tariffs[1]], actor: "officer", dryRun: false)  // phase 2 only
            let first = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(first.issued.isEmpty && first.skipped.count == 18)
            _ = try await store.importTariffs(Self.tariffs, actor: "officer", dryRun: false)
            #expect(try await store.runInvoices(Self.december, actor: "admin", dryRun: false).issued.count == 18)
        }
    }

    @Test("a legal form recorded on the firm outranks its name: a CV recorded as UD withholds nothing", arguments: StoreKind.allCases)
    func recordedLegalForm(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepare(store)
            let baja = try NIB(parsing: "9120983690060")  // CV Baja Mandiri Sentosa, on A-01
            _ = try await store.amend(.updateTenant(nib: baja, name: nil, npwp: nil, kbli: nil, legalForm: .ud), actor: "officer")
            #expect(try await store.loadEstate()?.tenant(baja)?.legalForm == .ud)
            _ = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            let invoice = try #require(try await store.invoices(InvoiceQuery(nib: baja)).first)
            #expect(invoice.legalForm == .ud)
            #expect(invoice.figures.withheld == Rupiah(0) && invoice.figures.amountDue == invoice.figures.total)
        }
    }

    @Test("a lease with its own agreed rent is billed that rent, and the tariff's service charge", arguments: StoreKind.allCases)
    func agreedRent(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var batch = EstateBatch(estate: seedEstate)
            let index = try #require(batch.leases.firstIndex { $0.value.plotCode == "A-01" })
            let old = batch.leases[index].value
            batch.leases[index] = Sourced(
                try Lease(plotCode: old.plotCode, nib: old.nib, start: old.start, end: old.end, agreedMonthlyRent: Rupiah(6_000_000)))
            try await Self.prepare(store, batch: batch)
            #expect(try await store.loadEstate()?.leases.first { $0.plotCode == "A-01" }?.agreedMonthlyRent == Rupiah(6_000_000))
            _ = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            let invoice = try #require(try await store.invoices(InvoiceQuery()).first { $0.plotCode == "A-01" })
            #expect(invoice.figures.lines.map(\.amount) == [Rupiah(6_000_000), Rupiah(1_500_000)])
        }
    }

    @Test("a cancelled invoice gets a credit note of its own series and its month is issued again, numbered on", arguments: StoreKind.allCases)
    func cancel(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await Self.prepare(store)
            _ = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            let first = try InvoiceNumber(parsing: "INV/KAWASAN-1/2026/00001")
            let credit = try await store.cancelInvoice(first, reason: "luas kavling salah", actor: "admin")
            #expect(credit.kind == .creditNote && credit.number.series == .creditNote && credit.number.sequence == 1)
            #expect(credit.cancels == first && credit.figures.amountDue == Rupiah(9_210_000))
            let cancelled = try #require(try await store.invoices(InvoiceQuery(number: first)).first)
            #expect(cancelled.status == .cancelled && cancelled.cancelledBy == credit.number && cancelled.outstanding == Rupiah(0))
            let again = try await store.runInvoices(Self.december, actor: "admin", dryRun: false)
            #expect(again.issued.map(\.plotCode) == ["A-01"] && again.issued.map(\.number.sequence) == [19])
            let twice = try await #require(throws: StoreError.self) {
                try await store.cancelInvoice(first, reason: "lagi", actor: "admin")
            }
            #expect(twice.description.contains("already cancelled"))
            let missing = try await #require(throws: StoreError.self) {
                try await store.cancelInvoice(try InvoiceNumber(parsing: "INV/KAWASAN-1/2026/00999"), reason: "x", actor: "admin")
            }
            #expect(missing.description.contains("does not exist"))
        }
    }
}
