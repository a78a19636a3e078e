import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// Sign-in names and password hashes in the embedded store, each change in one `BEGIN
/// IMMEDIATE` transaction; the unique index keeps a name to one token.
extension SQLiteEstateStore: PasswordRepository {
    public func setPassword(tokenID: String, login: String, hash: String, at now: Int64, actor: String) async throws {
        try await transaction { db in
            guard let token = try Self.rows(db, AccessStatements.select(id: tokenID)).first.map(AccessStatements.token),
                !token.revoked
            else { throw StoreError.notFound(what: "live token", key: tokenID) }
            try Self.run(
                db,
                [
                    PasswordStatements.freeRevoked(login), PasswordStatements.set(tokenID: tokenID, login: login, hash: hash, at: now),
                    PasswordStatements.audit(token, login: login, actor: actor),
                ])
        }
    }

    public func passwordLogin(_ login: String) async throws -> (token: StoredToken, hash: String)? {
        try await read { db in
            guard let row = try Self.rows(db, PasswordStatements.login(login)).first else { return nil }
            return (try AccessStatements.token(row), try row.text(7) ?? "")
        }
    }
}
