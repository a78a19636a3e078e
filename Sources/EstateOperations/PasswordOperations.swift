import EstateDomain
import EstateStore
import Foundation

/// People's sign-in names and passwords for the dashboard (issue 17, item 2): an admin gives a
/// live token a name and a password (`estate token password`); the sign-in form checks them.
extension EstateOperations {
    /// Sets the name and password of the live token with this id or name; the password is
    /// checked (10–128 characters, not containing the name) and kept only as a scrypt hash.
    public func setPassword(token idOrName: String, login text: String, password: String, actor: String) async throws
        -> (token: StoredToken, login: String)
    {
        let login = try PasswordHash.login(text)
        let hash = try PasswordHash.make(try PasswordHash.checked(password, login: login))
        guard let token = try await store.tokens().first(where: { !$0.revoked && ($0.id == idOrName || $0.name == idOrName) })
        else {
            throw StoreError.notFound(what: "live token with id or name", key: idOrName)
        }
        do {
            try await store.setPassword(tokenID: token.id, login: login, hash: hash, at: Int64(Date().timeIntervalSince1970), actor: actor)
        } catch let error as StoreError {
            if case .exists = error {
                throw StoreError.refused(
                    "the sign-in name \(login) belongs to another live token; choose another",
                    indonesian: "nama masuk \(login) sudah dipakai token lain yang masih berlaku; pilih nama lain")
            }
            throw error
        }
        return (token, login)
    }
}
