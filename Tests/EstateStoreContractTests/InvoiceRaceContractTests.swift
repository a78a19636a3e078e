import EstateDomain
import EstateStore
import Testing

/// Two instances running the same month at once on one database (two servers, or a server and
/// the CLI): the run reads the claims and the year's last number under the estate's write lock,
/// so every lease is invoiced once and the numbers run 1 to N with no gap and no duplicate.
@Suite("Storage contract: racing invoice runs")
struct InvoiceRaceContractTests {
    @Test("two runs of one month at once: each lease invoiced once, numbers 1 to N", arguments: StoreKind.allCases)
    func sameMonth(kind: StoreKind) async throws {
        for _ in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                try await InvoiceRunContractTests.prepare(a)
                _ = try await b.loadEstate()
                let period = InvoiceRunContractTests.december
                let outcome = await WriteRaceContractTests.race(
                    { try await a.runInvoices(period, actor: "admin-a", dryRun: false) },
                    { try await b.runInvoices(period, actor: "admin-b", dryRun: false) })
                let runs = try [outcome.0.get(), outcome.1.get()]
                // one issued the month, the other found it issued (or each issued a part, in turn)
                #expect(runs.map(\.issued.count).reduce(0, +) == 18)
                let stored = try await b.invoices(InvoiceQuery(period: period))
                #expect(stored.map(\.number.sequence) == Array(1...18))
                #expect(Set(stored.map(\.plotCode)).count == 18)
                #expect(Set(runs.flatMap(\.issued).map(\.number)).count == 18)
            }
        }
    }

    @Test("a run racing a tariff import: the run prices every lease by one price list", arguments: StoreKind.allCases)
    func runAgainstTariffChange(kind: StoreKind) async throws {
        for _ in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                try await InvoiceRunContractTests.prepare(a)
                _ = try await b.loadEstate()
                // a new price for phase 1 from the first of December
                let dearer = Sourced(try Tariff(
                    phase: 1, effectiveFrom: InvoiceRunContractTests.december.firstDay,
                    rentPerSquareMetreMonth: Rupiah(30_000), serviceChargePerSquareMetreMonth: Rupiah(5_000),
                    depositMonths: 3, dueDays: 14))
                let period = InvoiceRunContractTests.december
                let outcome = await WriteRaceContractTests.race(
                    { try await a.runInvoices(period, actor: "admin-a", dryRun: false) },
                    { try await b.importTariffs([dearer], actor: "officer-b", dryRun: false) })
                _ = try outcome.1.get()
                let run = try outcome.0.get()
                // 25,000 or 30,000 per m² for every lease, never a mix
                let rates = Set(run.issued.map { invoice in
                    invoice.figures.lines[0].amount.amount * 10_000
                        / (seedEstate.plots.first { $0.code == invoice.plotCode }?.area.squareCentimetres ?? 1)
                })
                #expect(rates.count == 1 && (rates == [25_000] || rates == [30_000]))
            }
        }
    }
}
