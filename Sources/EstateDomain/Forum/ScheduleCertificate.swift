/// The upper bound that proves a schedule optimal, from linear-programming duality.
///
/// The meetings held form a set of pairs in which each firm has at most `slots` meetings. Relax
/// "held or not" to a fraction x of each pair: maximise Σ score·x with Σ x ≤ slots at each firm
/// and 0 ≤ x ≤ 1. Its dual: minimise slots·Σ y (one y ≥ 0 per firm) + Σ z (one z ≥ 0 per pair)
/// with y(industry) + y(firm) + z ≥ score for each pair. Any feasible dual bounds every schedule
/// from above (weak duality). Here y comes from node potentials π of the final flow's residual
/// graph, y(industry) = max(0, π(industry) − π(source)) and y(firm) = max(0, π(sink) − π(firm)),
/// and z = max(0, score − y(industry) − y(firm)): feasible by construction, whatever the flow, so
/// the bound is never wrong; when the flow is optimal the potentials satisfy complementary
/// slackness and the bound equals the schedule's score.
enum ScheduleCertificate {
    static func bound(network: FlowNetwork, pairs: [(Int, Int, Int)], arcs: [Int], slots: Int) -> Int {
        guard slots > 0 else { return 0 }
        let π = potentials(network)
        var total = 0
        var y = [Int](repeating: 0, count: network.nodeCount)
        for industry in 0..<network.industries {
            let node = network.node(industry: industry)
            y[node] = max(0, π[node] - π[network.source])
            total += slots * y[node]
        }
        for firm in 0..<network.firms {
            let node = network.node(firm: firm)
            y[node] = max(0, π[network.sink] - π[node])
            total += slots * y[node]
        }
        for (industry, firm, score) in pairs {
            total += max(0, score - y[network.node(industry: industry)] - y[network.node(firm: firm)])
        }
        return total
    }

    /// Shortest distances from a virtual node joined to every node at no cost (Bellman–Ford),
    /// over the residual arcs and the return arc sink → source (and back, once flow runs), so
    /// that no residual arc has a negative reduced cost when the flow is optimal. Stops after
    /// as many rounds as nodes in any case.
    private static func potentials(_ network: FlowNetwork) -> [Int] {
        var arcs: [(Int, Int, Int)] = []
        for node in 0..<network.nodeCount {
            for arc in network.outgoing[node] where network.capacity[arc] > 0 {
                arcs.append((node, network.head[arc], network.cost[arc]))
            }
        }
        arcs.append((network.sink, network.source, 0))
        if network.flow > 0 { arcs.append((network.source, network.sink, 0)) }
        var π = [Int](repeating: 0, count: network.nodeCount)
        for _ in 0..<network.nodeCount {
            var changed = false
            for (from, to, cost) in arcs where π[from] + cost < π[to] {
                π[to] = π[from] + cost
                changed = true
            }
            if !changed { break }
        }
        return π
    }
}
