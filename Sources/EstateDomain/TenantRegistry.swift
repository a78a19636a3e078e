/// The estate's tenants in NIB order, kept in chunks of a few hundred so that adding or changing
/// one tenant copies one chunk and the list of chunks, not the whole registry.
///
/// An estate is shared between the store's cache and the write that derives the next estate from
/// it; with one flat array, every write of one tenant copied (and later freed) all of them, and
/// re-checked their order, which made a write's cost grow with the registry. Here the order is
/// kept by construction: the registry is sorted once when built from an array, and `insert`
/// puts a tenant at its place.
public struct TenantRegistry: RandomAccessCollection, Equatable, Sendable {
    /// Chunks hold at most `2 × chunkSize` tenants; a fuller one is split in two.
    static let chunkSize = 256

    private var chunks: [[Tenant]]
    /// `ends[c]` is the number of tenants in chunks `0...c`.
    private var ends: [Int]

    /// The registry of `tenants`, sorted by NIB (stably, so that of two with one NIB the first
    /// given comes first) unless they are already in order.
    public init(_ tenants: [Tenant] = []) {
        let ordered = Estate.ordered(tenants) { $0.nib < $1.nib }
        chunks = stride(from: 0, to: ordered.count, by: Self.chunkSize).map {
            Array(ordered[$0..<Swift.min($0 + Self.chunkSize, ordered.count)])
        }
        ends = []
        recount(from: 0)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.last ?? 0 }

    public subscript(position: Int) -> Tenant {
        get {
            let (chunk, offset) = locate(position)
            return chunks[chunk][offset]
        }
        set {
            let (chunk, offset) = locate(position)
            precondition(newValue.nib == chunks[chunk][offset].nib, "a tenant's NIB is its place in the registry")
            chunks[chunk][offset] = newValue
        }
    }

    public func makeIterator() -> FlattenSequence<[[Tenant]]>.Iterator { chunks.joined().makeIterator() }

    /// Two registries are equal when they hold equal tenants in the same order, however chunked.
    public static func == (a: TenantRegistry, b: TenantRegistry) -> Bool { a.elementsEqual(b) }

    /// Where `nib` is, or would be inserted to keep the order, by binary search.
    public func position(of nib: NIB) -> (index: Int, found: Bool) {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].nib < nib { low = middle + 1 } else { high = middle }
        }
        return (low, low < count && self[low].nib == nib)
    }

    /// The tenant with this NIB; the first of two with one NIB.
    public func tenant(_ nib: NIB) -> Tenant? {
        let (index, found) = position(of: nib)
        return found ? self[index] : nil
    }

    /// Adds `tenant` at its place in NIB order (after any tenant with the same NIB).
    public mutating func insert(_ tenant: Tenant) {
        var index = position(of: tenant.nib).index
        while index < count, self[index].nib == tenant.nib { index += 1 }
        guard !chunks.isEmpty else {
            chunks = [[tenant]]
            recount(from: 0)
            return
        }
        var (chunk, offset) = index == count ? (chunks.count - 1, chunks[chunks.count - 1].count) : locate(index)
        if offset == 0, chunk > 0 {
            chunk -= 1
            offset = chunks[chunk].count
        }
        chunks[chunk].insert(tenant, at: offset)
        if chunks[chunk].count > 2 * Self.chunkSize {
            let tail = Array(chunks[chunk][Self.chunkSize...])
            chunks[chunk].removeSubrange(Self.chunkSize...)
            chunks.insert(tail, at: chunk + 1)
        }
        recount(from: chunk)
    }

    private func locate(_ position: Int) -> (chunk: Int, offset: Int) {
        precondition(position >= 0 && position < endIndex, "tenant index \(position) out of range")
        var low = 0
        var high = ends.count - 1
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return (low, position - (low == 0 ? 0 : ends[low - 1]))
    }

    private mutating func recount(from chunk: Int) {
        ends.removeSubrange(Swift.min(chunk, ends.count)...)
        var total = chunk == 0 ? 0 : ends[chunk - 1]
        for index in chunk..<chunks.count {
            total += chunks[index].count
            ends.append(total)
        }
    }
}
