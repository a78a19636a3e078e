import EstateDomain
import EstateStore
import Testing

/// A firm's own account (issue 17, item 1) as both engines keep it: a tenant token names the
/// firms it acts for and reads them back; the database refuses a tenant token naming no firm,
/// a staff token naming some, and a firm list that is not NIBs.
@Suite("Storage contract: tenant tokens act for their firms")
struct TenantTokenContractTests {
    @Test("a tenant token's firms are stored and read back; a staff token names none", arguments: StoreKind.allCases)
    func roundTrip(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let group = IssuedToken.generate(
                name: "kelompok baja", role: .tenant, firms: ["9120983690060", "9120838829624", "9120983690060"])
            try await store.createToken(group.stored, actor: "test")
            let read = try #require(try await store.token(id: group.stored.id))
            #expect(read.role == .tenant)
            #expect(read.firms == ["9120838829624", "9120983690060"], "sorted, each once")
            let staff = IssuedToken.generate(name: "sekretariat", role: .officer)
            try await store.createToken(staff.stored, actor: "test")
            #expect(try await store.token(id: staff.stored.id)?.firms == nil)
            let audited = try await store.auditLog(limit: 5).first { $0.action == "create token" && $0.subject == "token \(group.stored.id)" }
            #expect(audited?.after?.contains("9120838829624;9120983690060") == true, "\(String(describing: audited))")
        }
    }

    @Test(
        "the database refuses a tenant token without firms, a staff token with firms, and firms that are not NIBs",
        arguments: StoreKind.allCases)
    func refused(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let cases: [(String, APIRole, [String]?)] = [
                ("no firm", .tenant, nil), ("staff with a firm", .viewer, ["9120983690060"]),
                ("twelve digits", .tenant, ["912098369006"]), ("letters", .tenant, ["9120983690O60"]),
                ("empty list", .tenant, []),
            ]
            for (name, role, firms) in cases {
                let issued = IssuedToken.generate(name: name, role: role, firms: firms)
                await #expect(throws: (any Error).self, "\(name)") {
                    try await store.createToken(issued.stored, actor: "test")
                }
            }
            let stored = try await store.tokens()
            #expect(stored.isEmpty, "a refused token was stored")
        }
    }
}
