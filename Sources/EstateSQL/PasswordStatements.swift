import EstateDomain
import EstateStore

/// The statements both engines run for sign-in names and password hashes (issue 17, item 2).
package enum PasswordStatements {
    /// A name held by a revoked token is free again.
    package static func freeRevoked(_ login: String) -> SQLStatement {
        SQLStatement(
            "DELETE FROM token_passwords WHERE login = ? AND token_id IN (SELECT id FROM api_tokens WHERE revoked_at IS NOT NULL)",
            [.text(login)])
    }

    package static func set(tokenID: String, login: String, hash: String, at now: Int64) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO token_passwords (token_id, login, hash, set_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (token_id) DO UPDATE SET login = excluded.login, hash = excluded.hash, set_at = excluded.set_at
            """, [.text(tokenID), .text(login), .text(hash), .int(now)],
            subject: .record(what: "sign-in name", key: login))
    }

    package static func audit(_ token: StoredToken, login: String, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "set password", subject: "token \(token.id)",
            after: WriteStatements.auditDocument(["login": login, "token": token.id, "name": token.name]),
            record: AuditKeys.token(token.id))
    }

    /// The live token a name signs in as, and its hash (the token's columns first).
    package static func login(_ login: String) -> SQLStatement {
        SQLStatement(
            // The token's column names are its own (the passwords table has none of them).
            "SELECT \(AccessStatements.columns), p.hash "
                + "FROM token_passwords p JOIN api_tokens t ON t.id = p.token_id WHERE p.login = ? AND t.revoked_at IS NULL",
            [.text(login)])
    }
}
