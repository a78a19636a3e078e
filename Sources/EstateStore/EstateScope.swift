import EstateDomain

/// A new estate for `EstateRepository.addEstate`: its code, name and where it lies, each checked
/// as the domain checks free text, so that every adapter refuses the same input the same way.
public struct NewEstate: Sendable, Hashable {
    /// Upper-cased, e.g. `SENTRA-SETU`.
    public let code: String
    public let name: String
    public let address: String?
    public let regency: String?
    /// The rule book its tenants and applicants are judged by, nil for the store's main book.
    public let ruleBook: String?

    /// Checks every field; a bad one is an `InputError` naming it.
    public init(
        code: String, name: String, address: String? = nil, regency: String? = nil, ruleBook: String? = nil
    ) throws {
        self.code = try EstateCode.normalise(code)
        self.ruleBook = try ruleBook.map { try RuleBook.name($0) }
        self.name = try FreeText.checked(name, field: "name", limit: 200, example: "Sentra IKM Logam Setu")
        self.address = try address.map {
            try FreeText.checked($0, field: "address", limit: 500, example: "Jl. Raya Setu No. 12, Setu")
        }
        self.regency = try regency.map {
            try FreeText.checked($0, field: "regency", limit: 200, example: "Kabupaten Bekasi, Jawa Barat")
        }
    }
}

extension EstateRepository {
    /// This store scoped to the estate `code` names or, with no code, to the one a caller means
    /// by naming none: the store's only estate, else its default one. A fresh store (no estate
    /// yet) stays scoped to the estate its first write creates. A malformed code, or none while
    /// several estates have no default, is an `InputError` on `field` listing the codes; an
    /// unknown code is `StoreError.notFound` listing them. The one rule every adapter follows.
    public func scoped(toCode code: String?, field: String = "estate") async throws -> Self {
        let listings = try await estates()
        let known = listings.map(\.code).joined(separator: ", ")
        if let code {
            let wanted = try EstateCode.normalise(code, field: field)
            guard let estate = listings.first(where: { $0.code == wanted }) else {
                throw StoreError.unknownEstate(wanted, among: listings)
            }
            return scoped(to: estate)
        }
        guard let chosen = listings.count == 1 ? listings.first : listings.first(where: \.isDefault) else {
            guard listings.isEmpty else {
                throw InputError(
                    field: field, value: "", problem: "names no estate, and the store holds several with no default one",
                    fix: "Name one of: \(known).")
            }
            return self
        }
        return scoped(to: chosen)
    }
}

extension StoreError {
    /// No estate has `code`: not found, naming the codes the store holds (or that it holds none),
    /// as every use case that looks an estate up by its code says it.
    public static func unknownEstate(_ code: String, among listings: [EstateListing]) -> StoreError {
        .notFound(
            what: "estate",
            key: listings.isEmpty
                ? "\(code) (the store holds none yet)"
                : "\(code) (the store holds \(listings.map(\.code).joined(separator: ", ")))")
    }
}
