import EstateDomain
import Foundation
import Testing

/// A forum's schedule from its register (issue 18, item 4): only invited industries sit at
/// tables, only invited firms (every firm with a profile when none is invited) meet them, a pair
/// is scored by the industry's best open need on the forum's day, and the plan is the solver's
/// optimum with its bound; the slots and times are checked on their boundaries.
@Suite("forum schedule from the register")
struct ForumScheduleTests {
    static let rules = ForumMatcherTests.rules
    static let day = Fixtures.date("2027-03-10")

    static func industry(_ n: Int) -> LargeIndustry {
        try! LargeIndustry(nib: Fixtures.nib(900 + n), name: "PT Besar \(n)", kbli: [try! KBLI(parsing: "29100")], location: "Cikarang", regency: "Kabupaten Bekasi")
    }

    static func need(_ id: Int64, of industry: Int, _ process: IndustrialProcess, closed: String? = nil) -> IndustryNeed {
        try! IndustryNeed(
            id: id, industry: Fixtures.nib(900 + industry), item: "barang \(id)", process: process, material: "SPCC", volumePerMonth: 1000,
            closedOn: closed.map(Fixtures.date))
    }

    static func firm(_ n: Int, _ processes: [IndustrialProcess], local: Int = 6) -> MatchingFirm {
        let profile = try! CapabilityProfile(
            nib: Fixtures.nib(n), processes: processes, materials: ["SPCC"],
            machines: processes.map { try! Machine(name: "mesin", process: $0, capacityPerMonth: 1000) },
            localWorkers: local, workers: 12, regency: "Kabupaten Bekasi")
        return MatchingFirm(nib: Fixtures.nib(n), name: "CV Kecil \(n)", kbli: [try! KBLI(parsing: "25920")], profile: profile, declared: nil, partnerships: [])
    }

    static let industries = [industry(1), industry(2), industry(3)]
    static let needs = [need(1, of: 1, .stamping), need(2, of: 1, .welding), need(3, of: 2, .machining), need(4, of: 3, .stamping, closed: "2027-01-01")]
    static let firms = [firm(1, [.stamping], local: 12), firm(2, [.welding]), firm(3, [.machining]), firm(4, [.stamping, .welding]), firm(5, [.casting])]

    static func plan(industries invited: [Int], firms guests: [Int] = [], slots: Int = 3) throws -> ForumSchedule {
        let forum = try ForumEvent(
            code: "forum-1", heldOn: day, venue: "Aula", industries: invited.map { Fixtures.nib(900 + $0) }, firms: guests.map(Fixtures.nib))
        return try ForumSchedule.plan(
            forum, times: try SlotTimes(slots: slots), needs: needs, industries: industries, firms: firms, rules: rules)
    }

    @Test("invited industries only; every firm with a profile when none is invited; closed needs and non-matches meet no one")
    func candidates() throws {
        let schedule = try Self.plan(industries: [1, 2, 3])
        #expect(schedule.forum.code == "FORUM-1")
        #expect(Set(schedule.meetings.map(\.industry)) == [Fixtures.nib(901), Fixtures.nib(902)], "industry 3's only need is closed")
        #expect(schedule.unmatched == [Fixtures.nib(5)])
        #expect(schedule.objective == schedule.bound && schedule.objective == schedule.meetings.reduce(0) { $0 + $1.score })
        let byFirm = Dictionary(grouping: schedule.meetings, by: \.nib)
        #expect(byFirm[Fixtures.nib(4)]?.count == 1 && byFirm[Fixtures.nib(4)]?.first?.industry == Fixtures.nib(901))
        let one = try Self.plan(industries: [1], firms: [2, 3])
        #expect(one.meetings.map(\.nib) == [Fixtures.nib(2)] && one.meetings.first?.need == 2 && one.meetings.first?.item == "barang 2")
        #expect(one.unmatched == [Fixtures.nib(3)], "firm 3 machines; industry 1 needs stamping and welding")
        #expect(one.meetings.first?.table == 1)
    }

    @Test("the best of an industry's needs scores the pair; the rules hold in every slot")
    func bestNeedAndRules() throws {
        let schedule = try Self.plan(industries: [1, 2], slots: 2)
        for slot in 1...2 {
            let round = schedule.meetings.filter { $0.slot == slot }
            #expect(Set(round.map(\.nib)).count == round.count && Set(round.map(\.industry)).count == round.count)
        }
        #expect(Set(schedule.meetings.map { "\($0.industry)\($0.nib)" }).count == schedule.meetings.count)
        let first = try #require(schedule.meetings.first { $0.nib == Fixtures.nib(1) })
        #expect(first.need == 1, "firm 1 stamps: need 1, not the welding need")
        // Firm 1 has every worker local, so outscores firm 4 on need 1; with one slot at table 1,
        // the optimum still seats the firm whose pair adds most.
        let single = try Self.plan(industries: [1], firms: [1, 4], slots: 1)
        #expect(single.meetings.count == 1 && single.meetings[0].nib == Fixtures.nib(1) && single.objective == single.bound)
    }

    @Test("slots from 1 to 48; times as HH:MM within the day", arguments: [(0, false), (1, true), (48, true), (49, false)])
    func slotBounds(slots: Int, allowed: Bool) throws {
        if allowed {
            let forum = try ForumEvent(code: "F", heldOn: Self.day, venue: "Aula", industries: [Fixtures.nib(901)])
            let schedule = try ForumSchedule.plan(
                forum, times: try SlotTimes(start: "00:00", minutes: 20, slots: slots), needs: Self.needs,
                industries: Self.industries, firms: Self.firms, rules: Self.rules)
            #expect(schedule.slots == slots && schedule.objective == schedule.bound)
        } else {
            #expect(throws: InputError.self) { try SlotTimes(start: "00:00", minutes: 20, slots: slots) }
        }
    }

    @Test("slot times: labels, and the last slot ending at midnight at the latest")
    func times() throws {
        let times = try SlotTimes(start: "09:00", minutes: 20, slots: 10)
        #expect(times.label(1) == "09:00–09:20" && times.label(3) == "09:40–10:00")
        #expect(try SlotTimes(start: "23:00", minutes: 20, slots: 3).label(3) == "23:40–24:00")
        #expect(throws: InputError.self) { try SlotTimes(start: "23:00", minutes: 20, slots: 4) }
        #expect(throws: InputError.self) { try SlotTimes(start: "9", minutes: 20, slots: 1) }
        #expect(throws: InputError.self) { try SlotTimes(start: "24:00", minutes: 20, slots: 1) }
        #expect(throws: InputError.self) { try SlotTimes(minutes: 4, slots: 1) }
        #expect(try SlotTimes(minutes: 5, slots: 1).minutes == 5 && SlotTimes(minutes: 240, slots: 1).minutes == 240)
        #expect(throws: InputError.self) { try SlotTimes(minutes: 241, slots: 1) }
        #expect(throws: InputError.self) { try ForumEvent(code: "-X", heldOn: Self.day, venue: "Aula") }
    }
}
