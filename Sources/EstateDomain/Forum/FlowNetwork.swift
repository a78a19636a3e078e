/// The minimum-cost flow behind `MeetingScheduler`: source → industry (capacity = slots, cost 0)
/// → IKM firm (capacity 1, cost −score) → sink (capacity = slots, cost 0). Arcs are stored in
/// pairs, an arc and its reverse at indices `k` and `k ^ 1`, so the residual graph is the arcs
/// with capacity left. Integer arithmetic throughout: scores are whole points.
struct FlowNetwork {
    let industries: Int
    let firms: Int
    let source = 0
    var sink: Int { industries + firms + 1 }
    var nodeCount: Int { industries + firms + 2 }
    /// Per node, the indices of the arcs leaving it.
    private(set) var outgoing: [[Int]]
    private(set) var head: [Int] = []
    private(set) var capacity: [Int] = []
    private(set) var cost: [Int] = []
    /// Units sent from source to sink so far.
    private(set) var flow = 0

    init(industries: Int, firms: Int, slots: Int) {
        self.industries = industries
        self.firms = firms
        outgoing = Array(repeating: [], count: industries + firms + 2)
        for industry in 0..<industries { _ = addArc(source, self.node(industry: industry), capacity: slots, cost: 0) }
        for firm in 0..<firms { _ = addArc(self.node(firm: firm), sink, capacity: slots, cost: 0) }
    }

    func node(industry: Int) -> Int { 1 + industry }
    func node(firm: Int) -> Int { 1 + industries + firm }

    /// The arc offering the meeting of `industry` and `firm`; its index, for `carries`.
    mutating func addPair(_ industry: Int, _ firm: Int, score: Int) -> Int {
        addArc(node(industry: industry), node(firm: firm), capacity: 1, cost: -score)
    }

    /// Whether the pair's arc carries its unit: the meeting is held.
    func carries(_ arc: Int) -> Bool { capacity[arc] == 0 }

    /// The node an arc leaves (its reverse's head).
    func tail(_ arc: Int) -> Int { head[arc ^ 1] }

    private mutating func addArc(_ from: Int, _ to: Int, capacity units: Int, cost price: Int) -> Int {
        let index = head.count
        head += [to, from]
        capacity += [units, 0]
        cost += [price, -price]
        outgoing[from].append(index)
        outgoing[to].append(index + 1)
        return index
    }

    /// Sends flow along cheapest paths (Dijkstra on costs made non-negative by node potentials)
    /// while a path still has negative cost, that is while one more meeting, or a rearrangement
    /// of held ones, raises the total score. Paths cost more each time, so the first that does
    /// not pay ends the search with the cheapest flow of any size.
    mutating func maximiseScore() {
        var potential = initialPotentials()
        while true {
            let (distance, via) = cheapestPaths(potential)
            guard let reduced = distance[sink] else { return }
            let pathCost = reduced - potential[source] + potential[sink]
            let farthest = distance.compactMap { $0 }.max() ?? 0
            for node in 0..<nodeCount { potential[node] += distance[node] ?? farthest }
            guard pathCost < 0 else { return }
            var units = Int.max
            var node = sink
            while node != source, let arc = via[node] {
                units = min(units, capacity[arc])
                node = tail(arc)
            }
            node = sink
            while node != source, let arc = via[node] {
                capacity[arc] -= units
                capacity[arc ^ 1] += units
                node = tail(arc)
            }
            flow += units
        }
    }

    /// Potentials under which every arc of the empty flow costs at least nothing: the network
    /// is layered, so each layer takes the cheapest way into it.
    private func initialPotentials() -> [Int] {
        var potential = Array(repeating: 0, count: nodeCount)
        for firm in 0..<firms {
            let node = node(firm: firm)
            potential[node] = outgoing[node].filter { $0 & 1 == 1 }.map { cost[$0 ^ 1] }.min().map { min(0, $0) } ?? 0
        }
        potential[sink] = (0..<firms).map { potential[node(firm: $0)] }.min().map { min(0, $0) } ?? 0
        return potential
    }

    /// Reduced distances from the source over arcs with capacity left, and the arc each node is
    /// reached by; nil for a node the source cannot reach.
    private func cheapestPaths(_ potential: [Int]) -> (distance: [Int?], via: [Int?]) {
        var distance = [Int?](repeating: nil, count: nodeCount)
        var via = [Int?](repeating: nil, count: nodeCount)
        var done = [Bool](repeating: false, count: nodeCount)
        var queue = MinimumHeap()
        distance[source] = 0
        queue.push(0, source)
        while let (reached, node) = queue.pop() {
            if done[node] || reached != distance[node] { continue }
            done[node] = true
            for arc in outgoing[node] where capacity[arc] > 0 {
                let next = head[arc]
                let through = reached + cost[arc] + potential[node] - potential[next]
                if distance[next].map({ through < $0 }) ?? true {
                    distance[next] = through
                    via[next] = arc
                    queue.push(through, next)
                }
            }
        }
        return (distance, via)
    }
}

/// A binary heap of (key, node), smallest key first, for Dijkstra's search.
struct MinimumHeap {
    private var items: [(key: Int, node: Int)] = []

    mutating func push(_ key: Int, _ node: Int) {
        items.append((key, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].key < items[parent].key else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < items.count && items[left].key < items[smallest].key { smallest = left }
                if right < items.count && items[right].key < items[smallest].key { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top.key, top.node)
    }
}
