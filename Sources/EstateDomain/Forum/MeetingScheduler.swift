/// One pair that may meet at a forum: a large industry (by index) and an IKM firm (by index) whose
/// match scored `score` points (more is better; a pair that is no match is simply not offered).
public struct MeetingCandidate: Sendable, Hashable {
    public let industry: Int
    public let firm: Int
    public let score: Int

    public init(industry: Int, firm: Int, score: Int) {
        self.industry = industry
        self.firm = firm
        self.score = score
    }
}

/// A meeting placed in a slot (1 to the number of slots).
public struct ScheduledMeeting: Sendable, Hashable {
    public let slot: Int
    public let industry: Int
    public let firm: Int
    public let score: Int
}

/// The meetings of a forum and the proof that no schedule scores more: `bound` is the objective
/// of a feasible solution of the linear programme's dual, so every schedule scores at most
/// `bound`; when `objective == bound` (always, unless the solver is wrong) this one is optimal.
public struct MeetingSchedule: Sendable, Hashable {
    /// In slot order, then by industry.
    public let meetings: [ScheduledMeeting]
    /// The total score of the meetings held.
    public let objective: Int
    /// An upper bound on the total score of any schedule of these candidates in these slots.
    public let bound: Int
}

/// The forum's meeting schedule, optimal: over `slots` time slots, each large industry at its own
/// table meets matched IKM firms one to one, each pair at most once, no firm in two meetings in
/// one slot, and the total score of the meetings held is the largest possible.
///
/// Why it is exact. A schedule is a set of pairs in which every firm, large or IKM, takes part in
/// at most `slots` meetings, split into `slots` one-to-one rounds. Conversely, any set of pairs
/// in which no firm has more than `slots` meetings can be split so: the pairs form a bipartite
/// graph of degree at most `slots`, and by König's edge-colouring theorem its edges take `slots`
/// colours with no two meetings of one firm sharing a colour (`SlotColouring`). So the best
/// schedule is the heaviest such set of pairs, a maximum-weight degree-constrained subgraph
/// (a b-matching), which a minimum-cost flow finds exactly: source → each industry (capacity
/// `slots`) → each candidate IKM firm (capacity 1, cost −score) → sink (capacity `slots`),
/// augmenting along shortest paths while a path still lowers the cost. Solving one assignment
/// per slot in turn is not enough: the first slot would take the best pairs even when they
/// block better pairings later.
///
/// The bound comes from node potentials of the final flow (`ScheduleCertificate`), built so that
/// the dual is feasible whatever the solver did; it equals the objective at the optimum.
public enum MeetingScheduler {
    /// The optimal schedule of `candidates` (pairs listed twice keep their best score; scores
    /// of zero or less are never worth a meeting) between `industries` large firms and `firms`
    /// IKM firms over `slots` slots.
    public static func schedule(
        industries: Int, firms: Int, candidates: [MeetingCandidate], slots: Int
    ) -> MeetingSchedule {
        precondition(industries >= 0 && firms >= 0 && slots >= 0)
        var best: [Pair: Int] = [:]
        for candidate in candidates where candidate.score > 0 {
            precondition((0..<industries).contains(candidate.industry) && (0..<firms).contains(candidate.firm))
            let pair = Pair(industry: candidate.industry, firm: candidate.firm)
            best[pair] = max(best[pair] ?? 0, candidate.score)
        }
        let pairs = best.keys.sorted { ($0.industry, $0.firm) < ($1.industry, $1.firm) }
        var network = FlowNetwork(industries: industries, firms: firms, slots: slots)
        let arcs = pairs.map { network.addPair($0.industry, $0.firm, score: best[$0]!) }
        if slots > 0 { network.maximiseScore() }
        let chosen = zip(pairs, arcs).filter { network.carries($0.1) }.map(\.0)
        let colours = SlotColouring.colour(
            chosen.map { ($0.industry, $0.firm) }, left: industries, right: firms, colours: slots)
        let meetings = zip(chosen, colours).map { pair, colour in
            ScheduledMeeting(slot: colour + 1, industry: pair.industry, firm: pair.firm, score: best[pair]!)
        }.sorted { ($0.slot, $0.industry, $0.firm) < ($1.slot, $1.industry, $1.firm) }
        let bound = ScheduleCertificate.bound(
            network: network, pairs: pairs.map { ($0.industry, $0.firm, best[$0]!) }, arcs: arcs, slots: slots)
        return MeetingSchedule(meetings: meetings, objective: meetings.reduce(0) { $0 + $1.score }, bound: bound)
    }

    struct Pair: Hashable {
        let industry: Int
        let firm: Int
    }
}
