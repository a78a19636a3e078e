import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// Sign-in names and password hashes in PostgreSQL: the token is read `FOR SHARE`, so that a
/// revocation and a new password are ordered; the unique index keeps a name to one token.
extension PostgresEstateStore: PasswordRepository {
    public func setPassword(tokenID: String, login: String, hash: String, at now: Int64, actor: String) async throws {
        try await transaction { connection in
            let select = SQLStatement(AccessStatements.select(id: tokenID).sql + " AND revoked_at IS NULL FOR SHARE", [.text(tokenID)])
            guard let token = try await self.rows(connection, select).first.map(AccessStatements.token) else {
                throw StoreError.notFound(what: "live token", key: tokenID)
            }
            try await self.executeAll(
                connection,
                [
                    PasswordStatements.freeRevoked(login), PasswordStatements.set(tokenID: tokenID, login: login, hash: hash, at: now),
                    PasswordStatements.audit(token, login: login, actor: actor),
                ])
        }
    }

    public func passwordLogin(_ login: String) async throws -> (token: StoredToken, hash: String)? {
        try await connection { connection in
            guard let row = try await self.rows(connection, PasswordStatements.login(login)).first else { return nil }
            return (try AccessStatements.token(row), try row.text(7) ?? "")
        }
    }
}
