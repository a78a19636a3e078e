import Testing

@testable import EstateDomain

/// The forum's meeting schedule against brute force (issue 18, item 4): on random small
/// instances the schedule is valid, scores as much as the best of every possible choice of
/// meetings, and carries a bound equal to its score; one assignment per slot in turn does worse
/// on some of them.
@Suite("forum meeting schedule")
struct MeetingSchedulerTests {
    /// A random instance: each pair a candidate with probability `density`, scores 1–100.
    static func instance(
        seed: UInt64, industries: Int, firms: Int, density: Double
    ) -> [MeetingCandidate] {
        var random = SeededLottery(seed: seed)
        var candidates: [MeetingCandidate] = []
        for industry in 0..<industries {
            for firm in 0..<firms where Double.random(in: 0..<1, using: &random) < density {
                candidates.append(MeetingCandidate(industry: industry, firm: firm, score: Int.random(in: 1...100, using: &random)))
            }
        }
        return candidates
    }

    /// Every rule of a schedule, checked apart from the solver.
    static func check(_ schedule: MeetingSchedule, _ candidates: [MeetingCandidate], slots: Int) {
        let offered = Dictionary(candidates.map { ([$0.industry, $0.firm], $0.score) }, uniquingKeysWith: max)
        var pairs = Set<[Int]>()
        var busy = Set<[Int]>()  // [slot, side, index]
        for meeting in schedule.meetings {
            #expect((1...slots).contains(meeting.slot))
            #expect(offered[[meeting.industry, meeting.firm]] == meeting.score, "a meeting that was not offered")
            #expect(pairs.insert([meeting.industry, meeting.firm]).inserted, "a pair meets twice")
            #expect(busy.insert([meeting.slot, 0, meeting.industry]).inserted, "an industry at two meetings in a slot")
            #expect(busy.insert([meeting.slot, 1, meeting.firm]).inserted, "a firm at two meetings in a slot")
        }
        #expect(schedule.objective == schedule.meetings.reduce(0) { $0 + $1.score })
    }

    /// The best total over every set of pairs in which no firm has more than `slots` meetings:
    /// every schedule is such a set, so no schedule scores more.
    static func bestDegreeConstrained(_ candidates: [MeetingCandidate], industries: Int, firms: Int, slots: Int) -> Int {
        let byIndustry = (0..<industries).map { i in candidates.filter { $0.industry == i } }
        var load = [Int](repeating: 0, count: firms)
        func search(_ industry: Int) -> Int {
            guard industry < industries else { return 0 }
            var best = 0
            func choose(_ from: Int, _ taken: Int, _ sum: Int) {
                best = max(best, sum + search(industry + 1))
                guard taken < slots else { return }
                for k in from..<byIndustry[industry].count {
                    let c = byIndustry[industry][k]
                    guard load[c.firm] < slots else { continue }
                    load[c.firm] += 1
                    choose(k + 1, taken + 1, sum + c.score)
                    load[c.firm] -= 1
                }
            }
            choose(0, 0, 0)
            return best
        }
        return search(0)
    }

    /// The best schedule by trying every schedule, slot by slot: each industry meets one firm
    /// it has not met, or no one.
    static func bestSchedule(_ candidates: [MeetingCandidate], industries: Int, firms: Int, slots: Int) -> Int {
        let score = Dictionary(candidates.map { ([$0.industry, $0.firm], $0.score) }, uniquingKeysWith: max)
        var met = Set<[Int]>()
        func slot(_ s: Int) -> Int {
            guard s < slots else { return 0 }
            var best = 0
            var busy = Set<Int>()
            func seat(_ industry: Int, _ sum: Int) {
                guard industry < industries else {
                    best = max(best, sum + slot(s + 1))
                    return
                }
                seat(industry + 1, sum)
                for firm in 0..<firms where !busy.contains(firm) && !met.contains([industry, firm]) {
                    guard let points = score[[industry, firm]] else { continue }
                    busy.insert(firm)
                    met.insert([industry, firm])
                    seat(industry + 1, sum + points)
                    met.remove([industry, firm])
                    busy.remove(firm)
                }
            }
            seat(0, 0)
            return best
        }
        return slot(0)
    }

    /// One maximum-weight assignment per slot in turn, each on the pairs not yet met.
    static func slotBySlot(_ candidates: [MeetingCandidate], industries: Int, firms: Int, slots: Int) -> Int {
        var left = Dictionary(candidates.map { ([$0.industry, $0.firm], $0.score) }, uniquingKeysWith: max)
        var total = 0
        for _ in 0..<slots {
            var weights = [Int](repeating: 0, count: industries * firms)
            for (pair, points) in left { weights[pair[0] * firms + pair[1]] = points }
            for (industry, firm) in AssignmentSolver.maximise(weights: weights, rows: industries, columns: firms).enumerated() {
                guard let firm, let points = left.removeValue(forKey: [industry, firm]) else { continue }
                total += points
            }
        }
        return total
    }

    @Test("3 large firms, 8 IKM, 3 slots: optimal against every choice of meetings, and its bound proves it", arguments: 0..<40)
    func againstBruteForce(seed: Int) {
        let candidates = Self.instance(seed: UInt64(seed), industries: 3, firms: 8, density: 0.7)
        let schedule = MeetingScheduler.schedule(industries: 3, firms: 8, candidates: candidates, slots: 3)
        Self.check(schedule, candidates, slots: 3)
        #expect(schedule.objective == Self.bestDegreeConstrained(candidates, industries: 3, firms: 8, slots: 3))
        #expect(schedule.bound == schedule.objective)
    }

    @Test("small forums: optimal against every possible schedule, slot by slot", arguments: 0..<30)
    func againstEverySchedule(seed: Int) {
        for (industries, firms, slots) in [(2, 5, 3), (3, 4, 2), (3, 3, 1), (2, 2, 4)] {
            let candidates = Self.instance(seed: UInt64(1000 + seed), industries: industries, firms: firms, density: 0.8)
            let schedule = MeetingScheduler.schedule(
                industries: industries, firms: firms, candidates: candidates, slots: slots)
            Self.check(schedule, candidates, slots: slots)
            #expect(
                schedule.objective == Self.bestSchedule(candidates, industries: industries, firms: firms, slots: slots),
                "\(industries)×\(firms)×\(slots)")
            #expect(schedule.bound == schedule.objective)
        }
    }

    @Test("one assignment per slot in turn is never better and is sometimes worse")
    func slotBySlotIsNotEnough() {
        var worse = 0
        for seed in 0..<60 {
            let candidates = Self.instance(seed: UInt64(5000 + seed), industries: 3, firms: 5, density: 0.9)
            let optimal = MeetingScheduler.schedule(industries: 3, firms: 5, candidates: candidates, slots: 3).objective
            let greedy = Self.slotBySlot(candidates, industries: 3, firms: 5, slots: 3)
            #expect(greedy <= optimal)
            if greedy < optimal { worse += 1 }
        }
        #expect(worse > 0, "no instance where the slot-by-slot assignment falls short")
    }

    @Test("edges of the problem: no slots, no candidates, a firm wanted by more industries than slots")
    func edges() {
        let none = MeetingScheduler.schedule(industries: 2, firms: 2, candidates: [], slots: 3)
        #expect(none.meetings.isEmpty && none.objective == 0 && none.bound == 0)
        let offered = [MeetingCandidate(industry: 0, firm: 0, score: 5)]
        let noSlots = MeetingScheduler.schedule(industries: 1, firms: 1, candidates: offered, slots: 0)
        #expect(noSlots.meetings.isEmpty && noSlots.bound == 0)
        // Three industries want firm 0; with two slots it meets the two best, and the third
        // industry meets its second choice.
        let wanted = [
            MeetingCandidate(industry: 0, firm: 0, score: 90), MeetingCandidate(industry: 1, firm: 0, score: 80),
            MeetingCandidate(industry: 2, firm: 0, score: 70), MeetingCandidate(industry: 2, firm: 1, score: 10),
            MeetingCandidate(industry: 2, firm: 0, score: 60),  // the same pair again: its best score counts
            MeetingCandidate(industry: 1, firm: 1, score: 0),  // no score: never a meeting
        ]
        let schedule = MeetingScheduler.schedule(industries: 3, firms: 2, candidates: wanted, slots: 2)
        Self.check(schedule, wanted.filter { $0.score > 0 }, slots: 2)
        #expect(Set(schedule.meetings.map { [$0.industry, $0.firm] }) == [[0, 0], [1, 0], [2, 1]])
        #expect(schedule.objective == 180 && schedule.bound == 180)
    }
}
