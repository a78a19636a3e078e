import EstateDomain
import EstateStore
import Foundation
import Testing

/// People's sign-in names and passwords (issue 17, item 2): the hash (scrypt) and the password
/// rules on their boundaries; on both engines, a name belongs to one live token, a revoked
/// token's password signs in no one and frees its name, and only the hash is stored.
@Suite("Sign-in names and passwords")
struct PasswordContractTests {
    @Test("a hash verifies its own password only; a stored form this build cannot read verifies none")
    func hash() throws {
        let stored = try PasswordHash.make("kuda-laut-biru-7")
        #expect(stored.hasPrefix("scrypt$15$8$1$") && !stored.contains("kuda"))
        #expect(PasswordHash.verify("kuda-laut-biru-7", against: stored))
        #expect(!PasswordHash.verify("kuda-laut-biru-8", against: stored))
        #expect(try PasswordHash.make("kuda-laut-biru-7") != stored, "a salt of its own each time")
        for broken in ["", "scrypt$15$8$1$AAAA", "bcrypt$15$8$1$AAAA$AAAA", "scrypt$40$8$1$AAAA$AAAA"] {
            #expect(!PasswordHash.verify("kuda-laut-biru-7", against: broken), "\(broken)")
        }
    }

    @Test("a password is 10 to 128 characters and does not contain the name", arguments: [
        ("123456789", false), ("1234567890", true), (String(repeating: "x", count: 128), true),
        (String(repeating: "x", count: 129), false), ("halo-sari.keuangan-2026", false), ("Sari.Keuangan2026", false),
    ])
    func rules(password: String, allowed: Bool) {
        let attempt = { try PasswordHash.checked(password, login: "sari.keuangan") }
        if allowed { #expect(throws: Never.self) { _ = try attempt() } } else { #expect(throws: InputError.self) { _ = try attempt() } }
    }

    @Test("a sign-in name is 3 to 64 of a-z 0-9 . _ -, in lower case", arguments: [
        ("Sari.Keuangan", "sari.keuangan"), ("ab", nil), ("sari keuangan", nil), ("sári", nil), (String(repeating: "a", count: 65), nil),
    ])
    func logins(text: String, expected: String?) {
        #expect((try? PasswordHash.login(text)) == expected)
    }

    @Test("a name is one live token's; a revoked token signs in no one and frees its name", arguments: StoreKind.allCases)
    func store(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let first = IssuedToken.generate(name: "Bu Sari", role: .officer)
            let second = IssuedToken.generate(name: "Pak Budi", role: .admin)
            try await store.createToken(first.stored, actor: "test")
            try await store.createToken(second.stored, actor: "test")
            let hash = try PasswordHash.make("kuda-laut-biru-7")
            try await store.setPassword(tokenID: first.stored.id, login: "sari", hash: hash, at: 1, actor: "admin")
            #expect(try await store.verifiedPassword(login: "Sari", password: "kuda-laut-biru-7")?.id == first.stored.id)
            #expect(try await store.verifiedPassword(login: "sari", password: "kuda-laut-biru-8") == nil)
            #expect(try await store.verifiedPassword(login: "nobody", password: "kuda-laut-biru-7") == nil)
            await #expect(throws: StoreError.self, "a second token took the name") {
                try await store.setPassword(tokenID: second.stored.id, login: "sari", hash: hash, at: 2, actor: "admin")
            }
            #expect(try await store.revokeToken(first.stored.id, actor: "admin"))
            #expect(try await store.verifiedPassword(login: "sari", password: "kuda-laut-biru-7") == nil)
            await #expect(throws: StoreError.self, "a revoked token was given a password") {
                try await store.setPassword(tokenID: first.stored.id, login: "sari2", hash: hash, at: 3, actor: "admin")
            }
            try await store.setPassword(tokenID: second.stored.id, login: "sari", hash: hash, at: 4, actor: "admin")
            #expect(try await store.verifiedPassword(login: "sari", password: "kuda-laut-biru-7")?.id == second.stored.id)
            let audit = try await store.auditLog(limit: 10).filter { $0.action == "set password" }
            #expect(audit.count == 2 && !audit.contains { ($0.after ?? "").contains("scrypt") })
        }
    }
}
