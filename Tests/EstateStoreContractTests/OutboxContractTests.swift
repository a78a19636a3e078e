import EstateDomain
import EstateOperations
import EstateStore
import Testing

/// The outbox on both engines (issue 17, item 4): a key planned twice is one entry; a claim is
/// held by one sender, each step names it, and a lost claim is recovered to `queued` before the
/// final dot and to `unconfirmed` after it; a person's retry takes only failed or unconfirmed
/// entries; two senders racing for one entry: one holds it.
@Suite("Storage contract: the outbox")
struct OutboxContractTests {
    static let baja = try! NIB(parsing: "9120983690060")

    static func draft(_ key: String) -> OutboxDraft {
        OutboxDraft(
            nib: baja, kind: .invoiceOverdue, key: key, recipient: "keuangan@bajamandiri.example", language: .english,
            subject: "Invoice \(key) is overdue", body: "Dear CV Baja Mandiri Sentosa,\n\nPlease pay.")
    }

    @Test("addresses and opt-outs are kept per firm; a key planned twice is one entry", arguments: StoreKind.allCases)
    func enqueue(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let recipient = try MailRecipient(
                nib: Self.baja, email: "keuangan@bajamandiri.example", language: .english, optedOut: [.leaseExpiring])
            try await store.setRecipient(recipient, actor: "o")
            try await store.setRecipient(try MailRecipient(nib: Self.baja, email: "x@bajamandiri.example", language: .indonesian), actor: "o")
            #expect(try await store.recipients().map(\.email) == ["x@bajamandiri.example"])
            try await store.setRecipient(recipient, actor: "o")
            #expect(try await store.recipients() == [recipient])
            await #expect(throws: StoreError.self) {
                try await store.setRecipient(try MailRecipient(nib: try NIB(parsing: "9120000000000"), email: "a@b.id", language: .english), actor: "o")
            }
            #expect(try await store.enqueue([Self.draft("a"), Self.draft("b")], at: 1000) == 2)
            #expect(try await store.enqueue([Self.draft("b"), Self.draft("c")], at: 1001) == 1)
            #expect(try await store.outbox(state: .queued).map(\.draft.key) == ["c", "b", "a"])
            // A changed address applies to what is still queued; a kind opted out of is not sent.
            let issued = OutboxDraft(
                nib: Self.baja, kind: .invoiceIssued, key: "d", recipient: "old@bajamandiri.example", language: .english,
                subject: "Invoice issued", body: "Dear CV Baja Mandiri Sentosa,")
            #expect(try await store.enqueue([issued], at: 1002) == 1)
            try await store.setRecipient(
                try MailRecipient(nib: Self.baja, email: "new@bajamandiri.example", language: .english, optedOut: [.invoiceOverdue]),
                actor: "o")
            let entries = try await store.outbox(state: nil)
            #expect(entries.map(\.draft.recipient) == Array(repeating: "new@bajamandiri.example", count: 4))
            #expect(entries.map(\.state) == [.queued, .failed, .failed, .failed], "\(entries.map(\.state))")
            #expect(entries.last?.lastError?.contains("opted out") == true)
        }
    }

    @Test("a claim is one sender's; steps name it; lost claims are recovered before and after the dot", arguments: StoreKind.allCases)
    func claims(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            _ = try await store.enqueue([Self.draft("a"), Self.draft("b"), Self.draft("c")], at: 100)
            #expect(try await store.claimOutbox(at: 99, leaseSeconds: 10, claim: "early") == nil, "not due yet")
            let a = try #require(try await store.claimOutbox(at: 100, leaseSeconds: 10, claim: "s1"))
            #expect(a.draft.key == "a" && a.state == .sending && a.attempts == 1)
            #expect(try await store.recordOutbox(a.id, claim: "someone else", .committing, at: 101) == false)
            #expect(try await store.recordOutbox(a.id, claim: "s1", .committing, at: 101))
            #expect(try await store.recordOutbox(a.id, claim: "s1", .sent, at: 102))
            #expect(try await store.recordOutbox(a.id, claim: "s1", .sent, at: 103) == false, "sent twice")
            let b = try #require(try await store.claimOutbox(at: 103, leaseSeconds: 10, claim: "s2"))
            let c = try #require(try await store.claimOutbox(at: 103, leaseSeconds: 10, claim: "s3"))
            #expect(try await store.recordOutbox(c.id, claim: "s3", .committing, at: 104))
            // Both senders are lost; at 113 (their claims end at 113) nothing is recovered yet, at 114 both are.
            #expect(try await store.claimOutbox(at: 113, leaseSeconds: 10, claim: "s4") == nil)
            let again = try #require(try await store.claimOutbox(at: 114, leaseSeconds: 10, claim: "s5"))
            #expect(again.id == b.id && again.attempts == 2, "b goes again: its final dot was never sent")
            #expect(try await store.recordOutbox(b.id, claim: "s2", .sent, at: 115) == false, "the lost sender's step")
            let states = Dictionary(uniqueKeysWithValues: try await store.outbox(state: nil).map { ($0.id, $0.state) })
            #expect(states == [a.id: .sent, b.id: .sending, c.id: .unconfirmed])
            // A temporary failure waits for its time; a permanent one is failed.
            #expect(try await store.recordOutbox(b.id, claim: "s5", .retry(at: 200, error: "451 later"), at: 116))
            #expect(try await store.claimOutbox(at: 199, leaseSeconds: 10, claim: "s6") == nil)
            let later = try #require(try await store.claimOutbox(at: 200, leaseSeconds: 10, claim: "s7"))
            #expect(try await store.recordOutbox(later.id, claim: "s7", .failed(error: "550 no such user"), at: 201))
            for id in [a.id, 999_999] {
                await #expect(throws: StoreError.self) { try await store.retryOutbox(id, at: 300, actor: "o") }
            }
            for id in [b.id, c.id] {
                #expect(try await store.retryOutbox(id, at: 300, actor: "o").state == .queued)
            }
            #expect(try await store.auditLog(limit: 10).filter { $0.action == "retry outbox entry" }.count == 2)
        }
    }

    @Test("two senders claiming at the same moment never hold one entry", arguments: StoreKind.allCases)
    func racingClaims(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                _ = try await a.enqueue([Self.draft("only-\(round)")], at: 100)
                let outcome = await WriteRaceContractTests.race(
                    { try await a.claimOutbox(at: 100, leaseSeconds: 60, claim: "a") },
                    { try await b.claimOutbox(at: 100, leaseSeconds: 60, claim: "b") })
                let claimed = [try outcome.0.get(), try outcome.1.get()].compactMap { $0 }
                #expect(claimed.count == 1, "round \(round): \(claimed.map { $0.claim ?? "" })")
                #expect(try await b.outbox(state: nil).map(\.attempts) == [1])
            }
        }
    }

    @Test("a lease's and an application's keys carry the estate's code; a declaration's, a document's and an invoice's do not")
    func keys() throws {
        let nib = Self.baja
        let day = try CivilDate(parsing: "2027-01-31", field: "day")
        let lease = Reminder(nib: nib, firmName: "x", subject: .leaseExpiring(plot: "A-07", start: day, end: day))
        let stale = Reminder(nib: nib, firmName: "x", subject: .reconfirmationDue(submittedOn: day, lastConfirmed: day, lapsesOn: nil))
        let declaration = Reminder(nib: nib, firmName: "x", subject: .declarationDue(fiscalYear: 2026, dueOn: day))
        let document = Reminder(
            nib: nib, firmName: "x", subject: .documentExpiring(id: 3, kind: .businessPermit, number: "PB", validUntil: day))
        for reminder in [lease, stale] {
            let inSetu = EstateOperations.outboxKey(reminder, estateCode: "SENTRA-SETU")
            #expect(inSetu != EstateOperations.outboxKey(reminder, estateCode: "KAWASAN-1") && inSetu.hasPrefix("SENTRA-SETU:"))
        }
        for reminder in [declaration, document] {
            #expect(EstateOperations.outboxKey(reminder, estateCode: "SENTRA-SETU") == EstateOperations.outboxKey(reminder, estateCode: "KAWASAN-1"))
        }
    }
}
