import EstateDomain
import EstateStore
import Testing

/// Declarations a firm sends (issue 17, item 1) on both engines: a submission waits and counts
/// in nothing; an officer's acceptance records it as the firm's declaration in the same
/// transaction; a refusal keeps its reason; each is decided once, also when two officers
/// decide it at the same moment.
@Suite("Storage contract: declaration submissions")
struct SubmissionContractTests {
    static let baja = try! NIB(parsing: "9120983690060")

    static func figures(turnover: Int64 = 24_000_000_000, on day: CivilDate = .todayInBekasi) throws -> Declaration {
        try Declaration(
            fiscalYear: 2026, turnover: Rupiah(turnover), workers: 14, localWorkers: 10,
            investment: Rupiah(3_900_000_000), declaredOn: day)
    }

    @Test("a submission waits and counts in nothing; accepted, it is the firm's declaration; decided once", arguments: StoreKind.allCases)
    func acceptance(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let before = try #require(try await store.loadEstate()?.tenant(Self.baja)).declarations
            let sent = try await store.submitDeclaration(try Self.figures(), for: Self.baja, actor: "token:firm")
            #expect(sent.state == .submitted && sent.id > 0 && sent.submittedBy == "token:firm")
            #expect(try await store.loadEstate()?.tenant(Self.baja)?.declarations == before, "a waiting one counted")
            // A second one for the same year while the first waits: refused by the database.
            await #expect(throws: StoreError.self) {
                try await store.submitDeclaration(try Self.figures(turnover: 1), for: Self.baja, actor: "token:firm")
            }
            let accepted = try await store.decideDeclarationSubmission(sent.id, .accept, actor: "token:officer")
            guard case .accepted = accepted.state else { Issue.record("\(accepted.state)"); return }
            #expect(accepted.decidedBy == "token:officer")
            let declared = try #require(try await store.loadEstate()?.tenant(Self.baja)?.declarations.first { $0.fiscalYear == 2026 })
            #expect(declared.turnover == Rupiah(24_000_000_000) && declared.declaredOn == sent.submittedOn)
            for decision in [SubmissionDecision.accept, .refuse(reason: "terlambat")] {
                await #expect(throws: StoreError.self) {
                    try await store.decideDeclarationSubmission(sent.id, decision, actor: "token:officer")
                }
            }
            await #expect(throws: StoreError.self) {
                try await store.decideDeclarationSubmission(999_999, .accept, actor: "token:officer")
            }
            #expect(try await store.declarationSubmissions(nib: Self.baja).map(\.state.name) == ["accepted"])
            #expect(try await store.auditLog(limit: 20).contains { $0.action == "accept declaration submission" })
        }
    }

    @Test("a refusal keeps its reason and records nothing; the firm may send again", arguments: StoreKind.allCases)
    func refusal(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let version = try await store.version()
            let sent = try await store.submitDeclaration(try Self.figures(), for: Self.baja, actor: "token:firm")
            let refused = try await store.decideDeclarationSubmission(
                sent.id, .refuse(reason: "omzet tidak sesuai laporan keuangan"), actor: "token:officer")
            guard case .refused(_, let reason) = refused.state else { Issue.record("\(refused.state)"); return }
            #expect(reason == "omzet tidak sesuai laporan keuangan")
            #expect(try await store.loadEstate()?.tenant(Self.baja)?.declarations.contains { $0.fiscalYear == 2026 } == false)
            #expect(try await store.version() > version, "the decision moved the store's version")
            let again = try await store.submitDeclaration(try Self.figures(turnover: 23_500_000_000), for: Self.baja, actor: "f")
            #expect(again.id != sent.id && again.state == .submitted)
            let unknown = try NIB(parsing: "9120000000000")
            await #expect(throws: StoreError.self) {
                try await store.submitDeclaration(try Self.figures(), for: unknown, actor: "f")
            }
        }
    }

    @Test("two officers deciding one submission at once: one decides, the other is told, the figures are recorded once", arguments: StoreKind.allCases)
    func race(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                _ = try await b.loadEstate()
                let sent = try await a.submitDeclaration(try Self.figures(), for: Self.baja, actor: "token:firm")
                // Even rounds: two acceptances; odd rounds: an acceptance against a refusal.
                let second: SubmissionDecision = round % 2 == 0 ? .accept : .refuse(reason: "angka belum diaudit")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.decideDeclarationSubmission(sent.id, .accept, actor: "officer-a") },
                    { try await b.decideDeclarationSubmission(sent.id, second, actor: "officer-b") })
                let refusal = try #require(WriteRaceContractTests.oneWinner(outcome), "round \(round): \(outcome)")
                #expect(refusal.description.contains("already"), "\(refusal)")
                let stored = try await b.declarationSubmissions(nib: Self.baja)
                #expect(stored.count == 1 && stored[0].state != .submitted)
                let declared = try #require(try await b.loadEstate()?.tenant(Self.baja)).declarations.filter { $0.fiscalYear == 2026 }
                #expect(declared.count == (stored[0].state.name == "accepted" ? 1 : 0))
                #expect(declared.allSatisfy { $0.version == 1 })
            }
        }
    }

    @Test("a firm's year sent twice at the same moment by two instances: one waits, the other is refused", arguments: StoreKind.allCases)
    func racingSends(kind: StoreKind) async throws {
        for _ in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.submitDeclaration(try Self.figures(), for: Self.baja, actor: "firm-a") },
                    { try await b.submitDeclaration(try Self.figures(turnover: 1), for: Self.baja, actor: "firm-b") })
                let refusal = try #require(WriteRaceContractTests.oneWinner(outcome), "\(outcome)")
                guard case .exists = refusal else { Issue.record("\(refusal)"); return }
                #expect(try await b.declarationSubmissions(nib: Self.baja).count == 1)
            }
        }
    }
}
