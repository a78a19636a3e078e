import EstateDomain
import EstateStore

/// The estate as last loaded, labelled with the store's version, and its invariant problems per
/// date. A request reads the version (one small query) and reloads only when a write, by this
/// instance or another, has moved it; so reads cost one round trip instead of a full snapshot,
/// and every instance still answers from data no older than the store.
actor EstateCache {
    private var version: Int64?
    private var estate: Estate?
    private var problems: [CivilDate: [String]] = [:]

    /// The estate at `version`, loading it with `load` if the cache holds another version.
    func estate(version: Int64, load: () async throws -> Estate?) async throws -> Estate? {
        if let estate, self.version == version { return estate }
        let loaded = try await load()
        // Another request may have stored a newer version meanwhile; keep the newest.
        if self.version.map({ version >= $0 }) ?? true {
            self.version = version
            estate = loaded
            problems = [:]
        }
        return loaded
    }

    /// The invariant problems of the cached estate on `date`, computed once per version and date.
    func problems(of estate: Estate, version: Int64, on date: CivilDate) -> [String] {
        guard self.version == version else { return estate.problems(asOf: date).map(\.description) }
        if let known = problems[date] { return known }
        let found = estate.problems(asOf: date).map(\.description)
        if problems.count > 64 { problems.removeAll() }
        problems[date] = found
        return found
    }
}
