import EstateDomain
import EstateStore
import EstateTestSupport
import Testing

/// A firm's documents (issue 17, item 3) on both engines: kept with their bytes and digest,
/// listed without them, decided once (also when two officers decide at the same moment), and
/// at most `waitingLimit` waiting per firm (also when two uploads race for the last place).
@Suite("Storage contract: firm documents")
struct DocumentContractTests {
    static let baja = try! NIB(parsing: "9120983690060")

    static func upload(_ marker: String = "1", until: CivilDate? = nil) throws -> DocumentUpload {
        try DocumentUpload(kind: .nibCertificate, number: "0220-\(marker)", validUntil: until, content: SampleFiles.pdf(marker))
    }

    @Test("kept with its bytes and digest, listed without them; an officer's is accepted, a firm's waits; decided once", arguments: StoreKind.allCases)
    func lifeCycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let until = try CivilDate(parsing: "2027-06-30", field: "until")
            let sent = try await store.uploadDocument(try Self.upload("a", until: until), for: Self.baja, accepted: false, actor: "token:firm")
            #expect(sent.state == .submitted && sent.validUntil == until && sent.byteCount == SampleFiles.pdf("a").count)
            #expect(sent.sha256 == AccessTokens.digest(bytes: SampleFiles.pdf("a")))
            let kept = try await store.uploadDocument(
                try DocumentUpload(kind: .withholdingSlip, number: "BP-1", validUntil: nil, content: SampleFiles.png),
                for: Self.baja, accepted: true, actor: "token:officer")
            guard case .accepted = kept.state else { Issue.record("\(kept.state)"); return }
            #expect(kept.format == .png && kept.decidedBy == "token:officer")
            #expect(try await store.documents(nib: Self.baja).map(\.id) == [kept.id, sent.id])
            #expect(try await store.documents(nib: try NIB(parsing: "9120838829624")).isEmpty)
            let content = try #require(try await store.documentContent(kept.id))
            #expect(content.content == SampleFiles.png && content.document == kept)
            #expect(try await store.documentContent(999_999) == nil)
            let refused = try await store.decideDocument(sent.id, .refuse(reason: "pindaian buram"), actor: "token:officer")
            guard case .refused(_, "pindaian buram") = refused.state else { Issue.record("\(refused.state)"); return }
            for decision in [SubmissionDecision.accept, .refuse(reason: "lagi")] {
                await #expect(throws: StoreError.self) { try await store.decideDocument(sent.id, decision, actor: "o") }
                await #expect(throws: StoreError.self) { try await store.decideDocument(kept.id, decision, actor: "o") }
            }
            await #expect(throws: StoreError.self) { try await store.decideDocument(999_999, .accept, actor: "o") }
            await #expect(throws: StoreError.self) {
                try await store.uploadDocument(try Self.upload(), for: try NIB(parsing: "9120000000000"), accepted: true, actor: "o")
            }
            let actions = try await store.auditLog(limit: 20).map(\.action)
            #expect(actions.filter { $0 == "upload document" }.count == 2 && actions.contains("refuse document"))
        }
    }

    @Test("ten documents wait at most; an officer's upload and a decided one free no rule but their own", arguments: StoreKind.allCases)
    func waitingLimit(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            var waiting: [FirmDocument] = []
            for index in 0..<DocumentUpload.waitingLimit {
                waiting.append(try await store.uploadDocument(try Self.upload("\(index)"), for: Self.baja, accepted: false, actor: "f"))
            }
            await #expect {
                try await store.uploadDocument(try Self.upload("x"), for: Self.baja, accepted: false, actor: "f")
            } throws: { error in
                if case .refused(let text, _) = error as? StoreError { text.contains("10 documents waiting") } else { false }
            }
            _ = try await store.uploadDocument(try Self.upload("officer"), for: Self.baja, accepted: true, actor: "o")
            _ = try await store.decideDocument(waiting[0].id, .accept, actor: "o")
            _ = try await store.uploadDocument(try Self.upload("y"), for: Self.baja, accepted: false, actor: "f")
            #expect(try await store.documents(nib: Self.baja).filter { $0.state == .submitted }.count == DocumentUpload.waitingLimit)
        }
    }

    @Test("two officers deciding one document at once: one decides, the other is told", arguments: StoreKind.allCases)
    func racingDecisions(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                let sent = try await a.uploadDocument(try Self.upload(), for: Self.baja, accepted: false, actor: "firm")
                let second: SubmissionDecision = round % 2 == 0 ? .accept : .refuse(reason: "tidak terbaca")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.decideDocument(sent.id, .accept, actor: "officer-a") },
                    { try await b.decideDocument(sent.id, second, actor: "officer-b") })
                let refusal = try #require(WriteRaceContractTests.oneWinner(outcome), "round \(round): \(outcome)")
                #expect(refusal.description.contains("already"), "\(refusal)")
                let decisions = try await b.auditLog(limit: 10).filter { $0.action.hasSuffix(" document") && $0.action != "upload document" }
                #expect(decisions.count == 1)
            }
        }
    }

    @Test("two uploads racing for a firm's last waiting place: one is kept, the other refused", arguments: StoreKind.allCases)
    func racingUploads(kind: StoreKind) async throws {
        for _ in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                for index in 0..<(DocumentUpload.waitingLimit - 1) {
                    _ = try await a.uploadDocument(try Self.upload("\(index)"), for: Self.baja, accepted: false, actor: "f")
                }
                let outcome = await WriteRaceContractTests.race(
                    { try await a.uploadDocument(try Self.upload("a"), for: Self.baja, accepted: false, actor: "firm-a") },
                    { try await b.uploadDocument(try Self.upload("b"), for: Self.baja, accepted: false, actor: "firm-b") })
                let refusal = try #require(WriteRaceContractTests.oneWinner(outcome), "\(outcome)")
                guard case .refused = refusal else { Issue.record("\(refusal)"); return }
                #expect(try await b.documents(nib: Self.baja).count == DocumentUpload.waitingLimit)
            }
        }
    }
}
