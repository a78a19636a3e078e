import EstateDomain
import EstateInterchange
import EstateStore

/// A seed folder read whole before anything is written: the default estate's records
/// (`seeds/`), and each further estate of `seeds/estates/*/` with its identity and records.
public struct SeedFolders: Sendable {
    public let path: String
    public let main: Estate
    public let further: [(identity: NewEstate, records: Estate, folder: String, georeference: Georeference?)]
    /// Where the default estate's site plan lies (`georeference.json`), when the folder says.
    public let georeference: Georeference?
    /// The business forum's sample register (`forum/register.json`), when the folder has one.
    public let forum: ForumSeed?

    /// Reads every folder, refusing the whole seed when one of them is bad.
    public static func read(path: String) throws -> SeedFolders {
        let main = try SeedDirectory.load(path: path)
        let further = try SeedDirectory.estateFolders(in: path).map { folder in
            (
                identity: try SeedDirectory.identity(path: folder),
                records: try SeedDirectory.load(path: folder, ruleBook: main.ruleBook), folder: folder,
                georeference: try GeoreferenceFile.read(folder: folder)
            )
        }
        return SeedFolders(
            path: path, main: main, further: further, georeference: try GeoreferenceFile.read(folder: path),
            forum: try ForumSeed.read(folder: path))
    }
}

extension EstateOperations {
    /// Loads `seeds` into the store: the main folder as the default estate, with every rule book
    /// of every folder (so that an estate may choose its own when added), then each further
    /// estate, added when the store lacks it, with its records. Records already there are kept.
    /// The one procedure behind `estate seed` and the tests' sample stores.
    public func loadSeeds(_ seeds: SeedFolders, actor: String) async throws -> (summary: WriteSummary, codes: [String]) {
        var first = EstateBatch(estate: seeds.main, origin: seeds.path)
        for set in seeds.further.flatMap(\.records.ruleBook.library)
        where !first.ruleSets.contains(where: { $0.version == set.version }) {
            first.ruleSets.append(set)
        }
        var summary = try await store.write(first, actor: actor)
        if let georeference = seeds.georeference, try await store.georeference() == nil {
            try await store.setGeoreference(georeference, actor: actor)
            summary.inserted["georeference", default: 0] += 1
        }
        let listed = try await store.estates()
        for (identity, records, folder, georeference) in seeds.further {
            var listing = listed.first { $0.code == identity.code }
            if listing == nil { listing = try await store.addEstate(identity, actor: actor) }
            guard let listing else { continue }
            let scoped = store.scoped(to: listing)
            let written = try await scoped.write(EstateBatch(estate: records, origin: folder), actor: actor)
            summary.inserted.merge(written.inserted, uniquingKeysWith: +)
            if let georeference, try await scoped.georeference() == nil {
                try await scoped.setGeoreference(georeference, actor: actor)
                summary.inserted["georeference", default: 0] += 1
            }
        }
        if let forum = seeds.forum { summary.inserted.merge(try await loadForum(forum, actor: actor), uniquingKeysWith: +) }
        return (summary, try await store.estates().map(\.code))
    }

    /// The forum's sample register, what the store lacks of it: industries by NIB, needs by
    /// industry and item, profiles by firm (a firm's own profile is never replaced by the
    /// sample), forums by code.
    func loadForum(_ forum: ForumSeed, actor: String) async throws -> [String: Int] {
        let register = try await store.forumRegister()
        var inserted: [String: Int] = [:]
        for industry in forum.industries where !register.industries.contains(where: { $0.nib == industry.nib }) {
            try await store.addIndustry(industry, actor: actor)
            inserted["large industry", default: 0] += 1
        }
        for need in forum.needs where !register.needs.contains(where: { $0.industry == need.industry && $0.item == need.item }) {
            _ = try await store.addNeed(need, actor: actor)
            inserted["industry need", default: 0] += 1
        }
        for profile in forum.profiles where register.profiles[profile.nib] == nil {
            try await store.setCapabilityProfile(profile, actor: actor)
            inserted["capability profile", default: 0] += 1
        }
        let held = try await store.forums().map(\.code)
        for event in forum.forums where !held.contains(event.code) {
            try await store.addForum(event, actor: actor)
            inserted["forum", default: 0] += 1
        }
        // A past forum's schedule and outcomes, once: never over meetings or outcomes the store has.
        let recorded = Set(try await store.outcomes().map(\.forum))
        for (code, times) in forum.schedules.sorted(by: { $0.key < $1.key }) where !recorded.contains(code) {
            if try await store.meetings(forum: code).isEmpty {
                let saved = try await saveSchedule(code, times: times, actor: actor)
                inserted["forum meeting", default: 0] += saved.schedule.meetings.count
            }
            for outcome in forum.outcomes where outcome.forum == code {
                _ = try await recordOutcome(outcome, actor: actor)
                inserted["forum outcome", default: 0] += 1
            }
        }
        return inserted
    }
}
