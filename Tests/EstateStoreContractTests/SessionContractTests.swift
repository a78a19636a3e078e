import EstateDomain
import EstateStore
import Testing

/// The dashboard's sessions and the server's keys on both engines (issue 17, item 2): a session
/// is kept only as its secret's digest, found by it, touched forward only, ended once (also when
/// two ends race), and the CSRF key is the first server's for every server after it.
@Suite("Storage contract: dashboard sessions and server keys")
struct SessionContractTests {
    static func token(_ store: any StoreService) async throws -> StoredToken {
        let issued = IssuedToken.generate(name: "sekretariat", role: .officer)
        try await store.createToken(issued.stored, actor: "test")
        return issued.stored
    }

    @Test("a session is kept as a digest, found, touched forward only and ended once", arguments: StoreKind.allCases)
    func lifeCycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let token = try await Self.token(store)
            let issued = IssuedSession.generate(tokenID: token.id, now: 1_000, lifetime: 3_600, address: "10.0.0.7")
            try await store.startSession(issued.stored, actor: "token:\(token.id)")
            #expect(try await store.session(secretSHA256: AccessTokens.digest("s_" + String(repeating: "x", count: 43))) == nil)
            let found = try #require(try await store.session(secretSHA256: AccessTokens.digest(issued.cookie)))
            #expect(found == issued.stored && !found.secretSHA256.contains(issued.cookie))
            try await store.touchSession(id: found.id, at: 1_500)
            try await store.touchSession(id: found.id, at: 1_200)
            #expect(try await store.session(secretSHA256: found.secretSHA256)?.lastSeenAt == 1_500, "touched backwards")
            #expect(try await store.openSessions().map(\.id) == [found.id])
            #expect(try await store.endSession(id: found.id, at: 1_600, reason: "signed out", actor: "t"))
            #expect(!(try await store.endSession(id: found.id, at: 1_700, reason: "signed out", actor: "t")))
            let ended = try #require(try await store.session(secretSHA256: found.secretSHA256))
            #expect(ended.endedAt == 1_600 && ended.endedBy == "signed out" && !ended.isLive(at: 1_601, idle: 1_800))
            #expect(try await store.openSessions().isEmpty)
            let actions = try await store.auditLog(limit: 10).map(\.action)
            #expect(actions.filter { $0 == "sign out" }.count == 1 && actions.contains("sign in"))
        }
    }

    @Test("the CSRF key is the first server's: a second proposal gets the same key", arguments: StoreKind.allCases)
    func serverKey(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let first = try await store.serverKey("csrf", proposed: AccessTokens.randomKey())
            let second = try await store.serverKey("csrf", proposed: AccessTokens.randomKey())
            #expect(first == second && first.count == 64)
        }
    }

    @Test("two ends of one session at once: one ends it, the other finds it ended", arguments: StoreKind.allCases)
    func racingEnds(kind: StoreKind) async throws {
        for _ in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                let token = try await Self.token(a)
                let issued = IssuedSession.generate(tokenID: token.id, now: 1_000, lifetime: 3_600, address: nil)
                try await a.startSession(issued.stored, actor: "t")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.endSession(id: issued.stored.id, at: 1_100, reason: "signed out", actor: "a") },
                    { try await b.endSession(id: issued.stored.id, at: 1_100, reason: "revoked by admin", actor: "b") })
                let ended = [try outcome.0.get(), try outcome.1.get()]
                #expect(ended.filter { $0 }.count == 1, "\(ended)")
                let audited = try await b.auditLog(limit: 10).filter { ["sign out", "end session"].contains($0.action) }
                #expect(audited.count == 1)
            }
        }
    }
}
