import EstateDomain
import EstatePostgres
import EstateStore
import EstateStores
import Foundation
import Logging
import PostgresNIO
import Testing

/// A token the server kept in memory is confirmed by the database inside each write's own
/// transaction (`PendingTokenCheck`): once it is revoked, by another process, nothing more is
/// written with it, on the one-call path and on the locked path alike.
@Suite("Storage contract: a kept token is confirmed inside the write")
struct TokenConfirmationContractTests {
    /// One new firm, numbered so that every call writes a different one.
    static func firm(_ number: Int) throws -> EstateBatch {
        var batch = EstateBatch()
        batch.tenants = [
            Sourced(
                try Tenant(
                    nib: NIB(parsing: String(format: "97%011d", number)), legalName: "CV Token \(number)",
                    npwp: NPWP(parsing: String(format: "03%013d", number)), kbli: [KBLI(parsing: "25920")]))
        ]
        return batch
    }

    /// The sample cluster and an officer token named `token` in `store`, whose estate is then
    /// cached, so that its next write goes in one call on PostgreSQL.
    static func seeded(_ store: any StoreService, token: String) async throws -> IssuedToken {
        _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
        let issued = IssuedToken.generate(name: token, role: .officer)
        try await store.createToken(issued.stored, actor: "test")
        _ = try await store.loadEstate()
        return issued
    }

    static func check(_ issued: IssuedToken) -> PendingTokenCheck {
        PendingTokenCheck(id: issued.stored.id, secretSHA256: issued.stored.secretSHA256)
    }

    /// What a racing writer reports: each write's number and whether it was made, or what the
    /// estate held when the revocation returned.
    enum Finding: Sendable {
        case writes([(Int, Bool)])
        case atRevocation(Set<Int>)
    }

    /// How many writes have been made so far, for the revocation to wait on.
    actor Progress {
        private(set) var made = 0
        func count() { made += 1 }
    }

    /// The numbers of the firms `firm(_:)` made that the store holds.
    static func written(_ store: any EstateRepository) async throws -> Set<Int> {
        Set(
            try #require(try await store.loadEstate()).tenants.compactMap { tenant in
                tenant.legalName.hasPrefix("CV Token ") ? Int(tenant.legalName.dropFirst("CV Token ".count)) : nil
            })
    }

    static func tenantCount(_ store: any EstateRepository) async throws -> Int {
        try #require(try await store.loadEstate()).tenants.count
    }

    @Test(
        "a live kept token is confirmed by the write; revoked by another process, it writes nothing on either path",
        arguments: StoreKind.allCases)
    func revokedElsewhere(kind: StoreKind) async throws {
        try await kind.withTwoStores { server, cli in
            let issued = try await Self.seeded(server, token: "kept")

            let live = Self.check(issued)
            _ = try await PendingTokenCheck.$current.withValue(live) {
                try await server.write(try Self.firm(1), actor: "api:kept")
            }
            #expect(live.confirmed)

            // A read confirms nothing: the server verifies the token itself before it answers.
            let reading = Self.check(issued)
            _ = try await PendingTokenCheck.$current.withValue(reading) { try await server.loadEstate() }
            #expect(!reading.confirmed)

            #expect(try await cli.revokeToken("kept", actor: "cli"))
            let before = try await Self.tenantCount(cli)
            let oneCall = Self.check(issued)
            await #expect(throws: TokenNoLongerValid.self) {
                try await PendingTokenCheck.$current.withValue(oneCall) {
                    _ = try await server.write(try Self.firm(2), actor: "api:kept")
                }
            }
            // A dry run always takes the locked path.
            let locked = Self.check(issued)
            await #expect(throws: TokenNoLongerValid.self) {
                try await PendingTokenCheck.$current.withValue(locked) {
                    _ = try await server.write(try Self.firm(3), actor: "api:kept", dryRun: true)
                }
            }
            // So does every other write, a token's creation included.
            let other = Self.check(issued)
            await #expect(throws: TokenNoLongerValid.self) {
                try await PendingTokenCheck.$current.withValue(other) {
                    try await server.createToken(IssuedToken.generate(name: "made-by-revoked", role: .admin).stored, actor: "api:kept")
                }
            }
            #expect(![oneCall, locked, other].contains { $0.confirmed })
            #expect(try await Self.tenantCount(cli) == before)
            #expect(try await cli.tokens().map(\.name).sorted() == ["kept"])
            // Without a pending check (the CLI, a freshly verified token) the write is made.
            _ = try await server.write(try Self.firm(4), actor: "cli")
            #expect(try await Self.tenantCount(cli) == before + 1)
        }
    }

    @Test(
        "a revocation racing writes made with the token: none is written after the revocation returned",
        arguments: StoreKind.allCases)
    func revocationRacingWrites(kind: StoreKind) async throws {
        try await kind.withTwoStores { server, cli in
            let issued = try await Self.seeded(server, token: "racing")
            let writers = 4
            let perWriter = 400
            // Each writer writes its firms one after another, each with its own request's check,
            // until it is refused; meanwhile another process revokes the token and reads what the
            // estate then holds.
            let progress = Progress()
            let findings = try await withThrowingTaskGroup(of: Finding.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var made: [(Int, Bool)] = []
                        for step in 0..<perWriter {
                            let number = 100 + writer * perWriter + step
                            do {
                                _ = try await PendingTokenCheck.$current.withValue(Self.check(issued)) {
                                    try await server.write(try Self.firm(number), actor: "api:racing")
                                }
                                made.append((number, true))
                                await progress.count()
                            } catch is TokenNoLongerValid {
                                made.append((number, false))
                                break
                            }
                        }
                        return .writes(made)
                    }
                }
                group.addTask {
                    // Revoke once the writes are well under way (a few each).
                    while await progress.made < 3 * writers { try await Task.sleep(for: .milliseconds(1)) }
                    #expect(try await cli.revokeToken("racing", actor: "cli"))
                    return .atRevocation(try await Self.written(cli))
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            var writes: [(Int, Bool)] = []
            var atRevocation: Set<Int> = []
            for finding in findings {
                switch finding {
                case .writes(let made): writes += made
                case .atRevocation(let held): atRevocation = held
                }
            }
            let accepted = Set(writes.filter(\.1).map(\.0))
            let refused = Set(writes.filter { !$0.1 }.map(\.0))
            let stored = try await Self.written(cli)
            #expect(refused.count == writers, "each writer is refused once the token is revoked")
            #expect(accepted.count >= 3 * writers)
            #expect(stored == accepted, "every accepted write is stored, and no refused one")
            #expect(accepted.isSubset(of: atRevocation), "a write committed after the revocation returned")
        }
    }

    @Test("PostgreSQL: a write that found the estate moved, queued for its lock while the token was revoked, writes nothing")
    func revokedWhileQueued() async throws {
        let settings = try await PostgresTestDatabases.shared.fresh()
        let server = try await StoreLocation(settings.url).open(migrate: true)
        let cli = try await StoreLocation(settings.url).open()
        let logger = PostgresEstateStore.quietLogger
        let holder = try await PostgresConnection.connect(
            configuration: settings.connectionConfiguration, id: 9, logger: logger)
        do {
            let issued = try await Self.seeded(server.store, token: "queued")
            // Another process writes: the server's estate is stale, so its one call answers "moved"
            // and the write takes the locked path, where it queues behind the lock held here.
            _ = try await cli.store.write(try Self.firm(1), actor: "cli")
            _ = try await holder.query("SELECT pg_advisory_lock(7245002, 1)", logger: logger).collect()
            let check = Self.check(issued)
            let store = server.store
            let write = Task {
                try await PendingTokenCheck.$current.withValue(check) {
                    _ = try await store.write(try Self.firm(2), actor: "api:queued")
                }
            }
            var waiting = 0
            for _ in 0..<500 where waiting == 0 {
                try await Task.sleep(for: .milliseconds(10))
                waiting = try await holder.query(
                    "SELECT CAST(count(*) AS integer) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                    logger: logger
                ).collect().first?.decode(Int.self) ?? 0
            }
            #expect(waiting == 1, "the server's write never queued for the estate's lock")
            // The queued write holds no lock on the token yet: the revocation returns at once.
            #expect(try await cli.store.revokeToken("queued", actor: "cli"))
            _ = try await holder.query("SELECT pg_advisory_unlock(7245002, 1)", logger: logger).collect()
            await #expect(throws: TokenNoLongerValid.self) { try await write.value }
            #expect(!check.confirmed)
            #expect(try await Self.written(cli.store) == [1])
        } catch {
            Issue.record(error)
        }
        try? await holder.close()
        await server.close()
        await cli.close()
    }
}
