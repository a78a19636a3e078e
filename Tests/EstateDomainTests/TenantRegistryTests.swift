import EstateDomain
import Testing

/// The chunked tenant registry answers like the sorted array it replaces, across chunk splits.
@Suite struct TenantRegistryTests {
    /// A deterministic shuffle of 0..<count (a multiplicative walk modulo a prime above count).
    private func scrambled(_ count: Int) -> [Int] {
        let prime = 7_919
        precondition(count < prime)
        return (1..<prime).lazy.map { $0 * 2_741 % prime }.filter { $0 <= count }.map { $0 - 1 }.prefix(count).map { $0 }
    }

    @Test("inserted one by one, in scrambled order, tenants come out in NIB order, as a sorted array would")
    func insertingKeepsOrder() {
        let numbers = scrambled(1_500)
        #expect(Set(numbers).count == 1_500)
        var registry = TenantRegistry()
        for n in numbers { registry.insert(Fixtures.tenant(n)) }
        let sorted = numbers.sorted().map { Fixtures.tenant($0) }
        #expect(registry.count == 1_500)
        #expect(Array(registry).map(\.nib) == sorted.map(\.nib))
        #expect(registry.indices.map { registry[$0].nib } == sorted.map(\.nib))
        #expect(registry == TenantRegistry(sorted))
    }

    @Test("built from an unordered array, the registry sorts it; of two with one NIB the first given stays first")
    func buildingSortsStably() {
        let first = Fixtures.tenant(7)
        let second = Fixtures.tenant(7, turnover: 1_000_000_000)
        let registry = TenantRegistry([Fixtures.tenant(9), first, Fixtures.tenant(3), second])
        #expect(registry.map(\.nib) == [3, 7, 7, 9].map(Fixtures.nib))
        #expect(registry[1] == first)
        #expect(registry[2] == second)
        #expect(registry.tenant(Fixtures.nib(7)) == first)
    }

    @Test("a tenant inserted with a NIB already present goes after it")
    func insertingADuplicateGoesAfter() {
        var registry = TenantRegistry((0..<600).map { Fixtures.tenant($0) })
        let again = Fixtures.tenant(256, turnover: 1_000_000_000)
        registry.insert(again)
        #expect(registry[256] != again)
        #expect(registry[257] == again)
        #expect(registry[258].nib == Fixtures.nib(257))
    }

    @Test(
        "a duplicate of the last tenant of a chunk goes after it, before the next chunk's first",
        arguments: [255, 256, 511])
    func insertingADuplicateAtAChunkEdge(n: Int) {
        var registry = TenantRegistry((0..<600).map { Fixtures.tenant($0) })
        let again = Fixtures.tenant(n, turnover: 1_000_000_000)
        registry.insert(again)
        #expect(registry[n + 1] == again)
        #expect(registry[n + 2].nib == Fixtures.nib(n + 1))
        #expect(registry.count == 601)
    }

    @Test("an estate whose tenants repeat a NIB, given out of order, names the NIB among its problems")
    func repeatedNIBIsAProblem() {
        let estate = Fixtures.estate(
            plots: [Fixtures.plot("A-01", 100)],
            tenants: (0..<300).map { Fixtures.tenant($0) } + [Fixtures.tenant(7, turnover: 1_000_000_000)])
        let problems = estate.problems(asOf: Fixtures.today).map { "\($0.subject): \($0.problem)" }
        #expect(problems.contains("tenant \(Fixtures.nib(7)): the NIB is used more than once"))
        #expect(!problems.contains { $0.hasPrefix("tenant \(Fixtures.nib(8))") })
    }

    @Test(
        "position answers the index, or where a missing NIB would go, at both ends and at chunk edges",
        arguments: [0, 1, 255, 256, 257, 511, 512, 999])
    func positions(n: Int) {
        let registry = TenantRegistry(stride(from: 0, to: 2_000, by: 2).map { Fixtures.tenant($0) })
        #expect(registry.position(of: Fixtures.nib(2 * n)) == (index: n, found: true))
        #expect(registry.position(of: Fixtures.nib(2 * n + 1)) == (index: n + 1, found: false))
        #expect(registry.tenant(Fixtures.nib(2 * n + 1)) == nil)
    }

    @Test("changing a tenant in place changes that one only, and leaves a copy of the registry as it was")
    func changingInPlace() {
        let before = TenantRegistry((0..<1_000).map { Fixtures.tenant($0) })
        var after = before
        after[700].declarations = []
        #expect(after[700].declarations.isEmpty)
        #expect(before[700].declarations.count == 1)
        #expect(after.indices.filter { after[$0] != before[$0] } == [700])
    }

    @Test("an empty registry has no tenants and takes its first")
    func empty() {
        var registry = TenantRegistry()
        #expect(registry.isEmpty)
        #expect(registry.tenant(Fixtures.nib(1)) == nil)
        registry.insert(Fixtures.tenant(1))
        #expect(registry.map(\.nib) == [Fixtures.nib(1)])
    }
}
