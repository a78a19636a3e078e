import EstateDomain

/// Sign-in names and password hashes for the dashboard (issue 17, item 2), one per token.
public protocol PasswordRepository: Sendable {
    /// Gives the live token `tokenID` the name `login` and the password hash `hash` (replacing
    /// its own); a name another live token has is `StoreError.exists` (the database's unique
    /// index); a revoked token's name is freed first. An unknown or revoked token is `notFound`.
    func setPassword(tokenID: String, login: String, hash: String, at now: Int64, actor: String) async throws

    /// The live token that `login` signs in as, with its hash; nil for an unknown name or a
    /// revoked token.
    func passwordLogin(_ login: String) async throws -> (token: StoredToken, hash: String)?
}

extension PasswordRepository {
    /// The live token the name and password sign in as, or nil; an unknown name is checked
    /// against a decoy hash, so that it takes as long as a wrong password.
    public func verifiedPassword(login: String, password: String) async throws -> StoredToken? {
        guard let found = try await passwordLogin(login.lowercased()) else {
            _ = PasswordHash.verify(password, against: PasswordHash.decoy)
            return nil
        }
        return PasswordHash.verify(password, against: found.hash) ? found.token : nil
    }
}
