import EstateDomain
import EstateStore

/// Setting up estates: adding one to the store and giving it phases. Every adapter adds them
/// through these, so that the checks and the audit entry are the same whoever asks.
extension EstateOperations {
    /// Adds an estate (not the default one); `StoreError.refused` when its code is taken.
    public func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing {
        try await store.addEstate(estate, actor: actor)
    }

    /// Adds a phase to the estate the store is scoped to; a phase with that number and the same
    /// values is skipped, with other values refused (`StoreError.exists`).
    public func addPhase(_ phase: Phase, actor: String) async throws -> WriteSummary {
        var batch = EstateBatch()
        batch.phases = [phase]
        return try await store.write(batch, actor: actor)
    }
}

/// One estate as `estate estates show` and `GET /api/v1/estates/{estate}` give it: the listing,
/// and its officers (the people whose officer or admin tokens may write to it, limited to it or
/// store-wide), so that an admin sees who can change its records.
public struct EstateDetail: Encodable, Sendable {
    public let estate: EstateListing
    public let officers: [EstateOfficer]

    /// The JSON is the listing's keys and `officers`, so that a reader of the listing finds them.
    public func encode(to encoder: any Encoder) throws {
        try estate.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(officers, forKey: .officers)
    }

    enum Keys: String, CodingKey { case officers }
}

/// An officer of an estate: a token's holder (its name), its role, and whether its token reaches
/// every estate of the store or this one among those it is limited to.
public struct EstateOfficer: Encodable, Sendable, Hashable {
    public let name: String
    public let role: APIRole
    public let everyEstate: Bool

    enum CodingKeys: String, CodingKey {
        case name, role
        case everyEstate = "every_estate"
    }
}

extension EstateOperations {
    /// The estate with `code` and its officers; `StoreError.notFound` listing the codes when no
    /// estate has it. Revoked tokens and viewers' are not officers.
    public func estateDetail(_ code: String) async throws -> EstateDetail {
        let listings = try await store.estates()
        guard let listing = listings.first(where: { $0.code == code }) else {
            throw StoreError.unknownEstate(code, among: listings)
        }
        let officers = try await store.tokens()
            .filter { !$0.revoked && $0.role >= .officer && $0.allows(estate: code) }
            .map { EstateOfficer(name: $0.name, role: $0.role, everyEstate: $0.isRegencyWide) }
            .sorted { ($0.role.rawValue, $0.name) < ($1.role.rawValue, $1.name) }
        return EstateDetail(estate: listing, officers: officers)
    }
}
