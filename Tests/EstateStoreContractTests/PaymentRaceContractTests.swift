import EstateDomain
import EstateStore
import Testing

/// Two instances writing the same money record at once on one database: the reference, and an
/// invoice's cancellation, are read under the estate's write lock, so one writes and the other
/// sees what it wrote.
@Suite("Storage contract: racing payments and cancellations")
struct PaymentRaceContractTests {
    @Test("the same payment sent by two instances at once is recorded once; both answer it", arguments: StoreKind.allCases)
    func samePayment(kind: StoreKind) async throws {
        try await Self.rounds(kind) { a, b, december in
            let payment = try PaymentContractTests.payment("BRI-RACE", december, amount: 9_210_000)
            let outcome = await WriteRaceContractTests.race(
                { try await a.recordPayment(payment, actor: "officer-a") },
                { try await b.recordPayment(payment, actor: "officer-b") })
            let records = try [outcome.0.get(), outcome.1.get()]
            #expect(records.filter(\.replayed).count == 1)
            #expect(try await b.payments(nib: nil).count == 1)
        }
    }

    @Test("one reference with two amounts at once: one is recorded, the other refused", arguments: StoreKind.allCases)
    func sameReferenceOtherFigures(kind: StoreKind) async throws {
        try await Self.rounds(kind) { a, b, december in
            let outcome = await WriteRaceContractTests.race(
                { try await a.recordPayment(try PaymentContractTests.payment("BRI-X", december, amount: 100), actor: "a") },
                { try await b.recordPayment(try PaymentContractTests.payment("BRI-X", december, amount: 200), actor: "b") })
            let won = [outcome.0, outcome.1].compactMap { try? $0.get() }
            #expect(won.count == 1 && won.allSatisfy { !$0.replayed })
            // the other is told why, not given a driver's constraint error
            #expect(Self.refusals([outcome.0, outcome.1]).allSatisfy { $0.contains("BRI-X is already recorded") })
            let stored = try await b.payments(nib: nil)
            #expect(stored.map(\.payment.amount) == won.map(\.payment.amount))
        }
    }

    @Test("two cancellations of one invoice at once: one credit note, the other refused", arguments: StoreKind.allCases)
    func twoCancellations(kind: StoreKind) async throws {
        try await Self.rounds(kind) { a, b, december in
            let outcome = await WriteRaceContractTests.race(
                { try await a.cancelInvoice(december.number, reason: "luas salah", actor: "admin-a") },
                { try await b.cancelInvoice(december.number, reason: "tarif salah", actor: "admin-b") })
            let credits = [outcome.0, outcome.1].compactMap { try? $0.get() }
            #expect(credits.count == 1)
            #expect(Self.refusals([outcome.0, outcome.1]).count == 1)
            #expect(Self.refusals([outcome.0, outcome.1]).allSatisfy { $0.contains("already cancelled") })
            let notes = try await b.invoices(InvoiceQuery()).filter { $0.kind == .creditNote }
            #expect(notes.map(\.number.sequence) == [1])
        }
    }

    @Test("a cancellation racing the month's rerun: the month ends with one live invoice for the lease", arguments: StoreKind.allCases)
    func cancelAgainstRerun(kind: StoreKind) async throws {
        try await Self.rounds(kind) { a, b, december in
            let outcome = await WriteRaceContractTests.race(
                { try await a.cancelInvoice(december.number, reason: "luas salah", actor: "admin-a") },
                { try await b.runInvoices(InvoiceRunContractTests.december, actor: "admin-b", dryRun: false) })
            _ = try outcome.0.get()
            _ = try outcome.1.get()
            // whichever went second, a last rerun leaves exactly one live invoice for A-01
            _ = try await a.runInvoices(InvoiceRunContractTests.december, actor: "admin-a", dryRun: false)
            let mine = try await b.invoices(InvoiceQuery(period: InvoiceRunContractTests.december))
                .filter { $0.plotCode == "A-01" && $0.kind == .periodic }
            #expect(mine.filter { $0.status != .cancelled }.count == 1)
            let numbers = try await b.invoices(InvoiceQuery()).filter { $0.number.series == .invoice }.map(\.number.sequence)
            #expect(numbers == Array(1...numbers.count))
        }
    }

    @Test("two reversals of one payment at once, with their own references: one is recorded, the other refused", arguments: StoreKind.allCases)
    func twoReversals(kind: StoreKind) async throws {
        try await Self.rounds(kind) { a, b, december in
            _ = try await a.recordPayment(try PaymentContractTests.payment("BRI-R", december, amount: 9_210_000), actor: "officer")
            let on = PaymentContractTests.paidOn
            let outcome = await WriteRaceContractTests.race(
                { try await a.reversePayment("BRI-R", reversal: "RET-A", on: on, reason: "ditolak bank", actor: "a") },
                { try await b.reversePayment("BRI-R", reversal: "RET-B", on: on, reason: "salah perusahaan", actor: "b") })
            let won = [outcome.0, outcome.1].compactMap { try? $0.get() }
            #expect(won.count == 1)
            #expect(Self.refusals([outcome.0, outcome.1]).allSatisfy { $0.contains("BRI-R is already reversed by") })
            #expect(try await b.payments(nib: december.nib).filter { $0.payment.kind == .reversal }.count == 1)
        }
    }

    @Test("a payment naming an invoice racing its cancellation: refused, or recorded and moved to the firm's credit", arguments: StoreKind.allCases)
    func paymentAgainstCancellation(kind: StoreKind) async throws {
        try await Self.rounds(kind) { a, b, december in
            let named = try PaymentContractTests.payment("BRI-C", december, amount: 9_210_000, naming: true)
            let outcome = await WriteRaceContractTests.race(
                { try await a.recordPayment(named, actor: "officer-a") },
                { try await b.cancelInvoice(december.number, reason: "luas salah", actor: "admin-b") })
            _ = try outcome.1.get()  // the cancellation always goes through
            let payments = try await b.payments(nib: december.nib)
            switch outcome.0 {
            case .success:
                // recorded first: the cancelled invoice owes nothing, the payment is the firm's credit
                #expect(payments.map(\.payment.reference) == ["BRI-C"])
                #expect(payments.first?.allocations.isEmpty == true && payments.first?.credit == Rupiah(9_210_000))
            case .failure:
                #expect(Self.refusals([outcome.0]).allSatisfy { $0.contains("is cancelled by CN/KAWASAN-1/") })
                #expect(payments.isEmpty)
            }
            let cancelled = try #require(try await b.invoices(InvoiceQuery(number: december.number)).first)
            #expect(cancelled.status == .cancelled && cancelled.outstanding == Rupiah(0))
        }
    }

    /// The texts of the `StoreError`s among `outcomes` (another error reads as "not a StoreError").
    static func refusals<T>(_ outcomes: [Result<T, any Error>]) -> [String] {
        outcomes.compactMap { outcome in
            guard case .failure(let error) = outcome else { return nil }
            return (error as? StoreError)?.description ?? "not a StoreError: \(error)"
        }
    }

    /// Runs `body` for each round on two stores of one database, the first having issued
    /// December's invoices (A-01's passed in), the second having loaded the estate.
    static func rounds(
        _ kind: StoreKind, _ body: (any StoreService, any StoreService, Invoice) async throws -> Void
    ) async throws {
        for _ in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                let december = try await PaymentContractTests.december(a)
                _ = try await b.loadEstate()
                try await body(a, b, december)
            }
        }
    }
}
