import EstateDomain
import Foundation

/// The estate last read, labelled with the store's version, and its problems per date: a read
/// costs one small query (the version) until a write, by this process or another, moves it.
final class ReadMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64?
    private var estate: Estate?
    private var problems: [CivilDate: [String]] = [:]

    /// The estate at `version`, loading it with `load` if another version is kept.
    func estate(version: Int64, load: () async throws -> Estate?) async throws -> Estate? {
        if let kept = lock.withLock({ self.version == version ? estate : nil }) { return kept }
        let loaded = try await load()
        lock.withLock {
            // Another read may have kept a newer version meanwhile; keep the newest.
            guard self.version.map({ version >= $0 }) ?? true else { return }
            if self.version != version { problems = [:] }
            self.version = version
            estate = loaded
        }
        return loaded
    }

    /// The invariant problems of `estate` (read at `version`) on `date`, computed once per
    /// version and date.
    func problems(of estate: Estate, version: Int64, on date: CivilDate) -> [String] {
        if let known = lock.withLock({ self.version == version ? problems[date] : nil }) { return known }
        let found = estate.problems(asOf: date).map(\.description)
        lock.withLock {
            guard self.version == version else { return }
            if problems.count > 64 { problems.removeAll() }
            problems[date] = found
        }
        return found
    }
}
