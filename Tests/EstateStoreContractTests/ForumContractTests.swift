import EstateDomain
import EstateOperations
import EstateStore
import EstateStores
import EstateTestSupport
import Foundation
import GRDB
import Testing

/// The business forum's register (issue 18, items 1–3) on both engines: industries registered
/// once and corrected, needs numbered, corrected and closed once, profiles only for registered
/// firms and replaced whole, each change audited; two officers correcting one need at once both
/// keep their change, and of two closing it one is told; a damaged row is named, not fatal; the
/// migration's match rules are `seeds/rules/forum.json`.
@Suite("Storage contract: business forum register")
struct ForumContractTests {
    static let industryNIB = try! NIB(parsing: "9120000000017")
    static let baja = try! NIB(parsing: "9120983690060")
    static let day = try! CivilDate(parsing: "2026-12-01", field: "day")

    static func industry(name: String = "PT Sinar Motor Indonesia") throws -> LargeIndustry {
        try LargeIndustry(
            nib: industryNIB, name: name, kbli: [try KBLI(parsing: "29100")], location: "Kawasan Industri Jababeka",
            regency: "Kabupaten Bekasi")
    }

    static func need() throws -> IndustryNeed {
        try IndustryNeed(
            id: 0, industry: industryNIB, item: "braket knalpot", process: .stamping, material: "SPCC",
            volumePerMonth: 5000, certifications: [try WantedCertification(kind: .iso9001, required: true)], openedOn: day)
    }

    static func profile(_ nib: NIB = baja, workers: Int = 12) throws -> CapabilityProfile {
        try CapabilityProfile(
            nib: nib, processes: [.stamping, .welding], materials: ["SPCC"],
            machines: [try Machine(name: "press 60 t", process: .stamping, capacityPerMonth: 6000)],
            certifications: [try HeldCertification(kind: .tkdn, number: "TK-1", validUntil: try CivilDate(parsing: "2027-06-30", field: "d"), percent: 45)],
            localWorkers: 9, workers: workers, regency: "Kabupaten Bekasi")
    }

    @Test("registered, corrected, numbered, closed once, profiles replaced whole, each change audited", arguments: StoreKind.allCases)
    func lifeCycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
            let empty = try await store.forumRegister()
            #expect(empty.industries.isEmpty && empty.needs.isEmpty && empty.profiles.isEmpty && empty.problems.isEmpty)
            #expect(empty.rules.versions.map(\.version) == ["forum-2026.1"])
            try await store.addIndustry(try Self.industry(), actor: "officer")
            await #expect(throws: StoreError.self) { try await store.addIndustry(try Self.industry(name: "PT Lain"), actor: "officer") }
            // An IKM firm's NIB is not a large industry's: the firm would be matched with itself.
            let firmAsIndustry = try LargeIndustry(nib: Self.baja, name: "CV Baja", kbli: [try KBLI(parsing: "25119")], location: "Setu", regency: "Kabupaten Bekasi")
            await #expect { try await store.addIndustry(firmAsIndustry, actor: "officer") } throws: { error in
                if case .refused(let text, _) = error as? StoreError { text.contains("is an IKM firm") } else { false }
            }
            let renamed = try await store.updateIndustry(Self.industryNIB, actor: "officer") {
                try LargeIndustry(nib: $0.nib, name: "PT Sinar Motor", kbli: $0.kbli, location: $0.location, regency: $0.regency, contact: "021-1")
            }
            #expect(renamed.name == "PT Sinar Motor")
            await #expect(throws: StoreError.self) {
                try await store.updateIndustry(try NIB(parsing: "9120000000025"), actor: "o") { $0 }
            }
            let first = try await store.addNeed(try Self.need(), actor: "officer")
            let second = try await store.addNeed(try Self.need(), actor: "officer")
            #expect(first.id > 0 && second.id > first.id && first.openedOn == Self.day && first.certifications.count == 1)
            var unknown = try Self.need()
            unknown = try IndustryNeed(id: 0, industry: try NIB(parsing: "9120000000025"), item: unknown.item, process: .welding)
            let stranger = unknown
            await #expect(throws: StoreError.self) { try await store.addNeed(stranger, actor: "officer") }
            let corrected = try await store.updateNeed(first.id, actor: "officer") {
                try IndustryNeed(id: $0.id, industry: $0.industry, item: "braket", process: .welding, unit: "set", openedOn: $0.openedOn)
            }
            #expect(corrected.item == "braket" && corrected.process == .welding && corrected.material == nil && corrected.unit == "set")
            let closedOn = try CivilDate(parsing: "2026-12-05", field: "d")
            let closed = try await store.closeNeed(first.id, on: closedOn, actor: "officer")
            #expect(closed.closedOn == closedOn && !closed.isOpen(on: closedOn) && closed.isOpen(on: Self.day))
            await #expect { try await store.closeNeed(first.id, on: closedOn, actor: "officer") } throws: { error in
                if case .refused(let text, _) = error as? StoreError { text.contains("already closed") } else { false }
            }
            await #expect(throws: InputError.self) {
                try await store.closeNeed(second.id, on: try CivilDate(parsing: "2026-11-30", field: "d"), actor: "officer")
            }
            await #expect(throws: StoreError.self) { try await store.closeNeed(999, on: closedOn, actor: "officer") }
            await #expect(throws: StoreError.self) {
                try await store.setCapabilityProfile(try Self.profile(try NIB(parsing: "9120000000025")), actor: "o")
            }
            try await store.setCapabilityProfile(try Self.profile(), actor: "officer")
            try await store.setCapabilityProfile(try Self.profile(workers: 13), actor: "officer")
            let register = try await store.forumRegister()
            #expect(register.industries == [renamed] && register.needs.map(\.id) == [first.id, second.id])
            let replaced = try Self.profile(workers: 13)
            #expect(register.needs[0] == closed && register.profiles == [Self.baja: replaced])
            let actions = try await store.auditLog(limit: 30).map(\.action)
            for action in ["add large industry", "update large industry", "add need", "update need", "close need", "set capability profile"] {
                #expect(actions.contains(action), "\(action) not audited: \(actions)")
            }
            #expect(actions.filter { $0 == "set capability profile" }.count == 2)
        }
    }

    @Test("two officers correcting different fields of one need at once both keep theirs", arguments: StoreKind.allCases)
    func racingCorrections(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                try await a.addIndustry(try Self.industry(), actor: "officer")
                let need = try await a.addNeed(try Self.need(), actor: "officer")
                var volumeChange = NeedChange()
                volumeChange.volumePerMonth = 9000
                var deadlineChange = NeedChange()
                deadlineChange.deadline = try CivilDate(parsing: "2027-03-31", field: "d")
                let (volume, deadline) = (volumeChange, deadlineChange)
                let outcome = await WriteRaceContractTests.race(
                    { try await a.updateNeed(need.id, actor: "officer-a") { try volume.applied(to: $0) } },
                    { try await b.updateNeed(need.id, actor: "officer-b") { try deadline.applied(to: $0) } })
                guard case .success = outcome.0, case .success = outcome.1 else {
                    Issue.record("round \(round): \(outcome)")
                    return
                }
                let stored = try #require(try await a.forumRegister().needs.first)
                #expect(stored.volumePerMonth == 9000 && stored.deadline == deadline.deadline, "round \(round): one change lost")
            }
        }
    }

    @Test("two officers closing one need at once: one closes it, the other is told", arguments: StoreKind.allCases)
    func racingCloses(kind: StoreKind) async throws {
        for round in 0..<WriteRaceContractTests.rounds {
            try await kind.withTwoStores { a, b in
                _ = try await a.write(EstateBatch(estate: seedEstate), actor: "test")
                try await a.addIndustry(try Self.industry(), actor: "officer")
                let need = try await a.addNeed(try Self.need(), actor: "officer")
                let early = try CivilDate(parsing: "2026-12-02", field: "d")
                let late = try CivilDate(parsing: "2026-12-09", field: "d")
                let outcome = await WriteRaceContractTests.race(
                    { try await a.closeNeed(need.id, on: early, actor: "officer-a") },
                    { try await b.closeNeed(need.id, on: late, actor: "officer-b") })
                let refusal = try #require(WriteRaceContractTests.oneWinner(outcome), "round \(round): \(outcome)")
                guard case .refused(let text, _) = refusal else { Issue.record("\(refusal)"); return }
                let winner: CivilDate = if case .success = outcome.0 { early } else { late }
                #expect(text.contains("already closed on \(winner.iso)"))
                #expect(try await a.forumRegister().needs.first?.closedOn == winner)
                let closes = try await a.auditLog(limit: 10).filter { $0.action == "close need" }
                #expect(closes.count == 1)
            }
        }
    }

    @Test("SQLite: a damaged need or profile is named and left out; the rest is answered")
    func damagedRows() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try await StoreLocation("sqlite:" + path).open().store
        _ = try await store.write(EstateBatch(estate: seedEstate), actor: "test")
        try await store.addIndustry(try Self.industry(), actor: "officer")
        let kept = try await store.addNeed(try Self.need(), actor: "officer")
        try await store.setCapabilityProfile(try Self.profile(), actor: "officer")
        let database = try DatabaseQueue(path: path)
        try await database.write { db in
            try db.execute(sql: """
                INSERT INTO industry_needs (industry, item, process, unit, certifications, opened_on)
                VALUES ('9120000000017', 'baut', 'drilling', 'pcs', '[]', '2026-12-01')
                """)
            try db.execute(sql: """
                INSERT INTO capability_profiles (nib, profile, updated_on, updated_by)
                VALUES ('9120838829624', '{"processes":["stamping"],"materials":[],"machines":[],"certifications":[],"products":[],"workers":5,"local_workers":9}', '2026-12-01', 'raw')
                """)
        }
        try database.close()
        let register = try await store.forumRegister()
        #expect(register.needs.map(\.id) == [kept.id] && register.profiles.keys.sorted() == [Self.baja])
        #expect(register.problems.count == 2, "\(register.problems)")
        #expect(register.problems.contains { $0.contains("need \(kept.id + 1)") && $0.contains("drilling") }, "\(register.problems)")
        #expect(register.problems.contains { $0.contains("9120838829624") && $0.contains("local_workers") }, "\(register.problems)")
        #expect(register.problems.allSatisfy { !$0.contains("DecodingError") && !$0.contains("CodingKeys") })
        // The schedule leaves them out too, and says so.
        try await store.addForum(try ForumEvent(code: "F-1", heldOn: Self.day, venue: "Aula", industries: [Self.industryNIB]), actor: "o")
        let (_, _, noted) = try await EstateOperations(store: store).forumSchedule("F-1", times: try SlotTimes(slots: 2))
        #expect(noted == register.problems)
    }

    @Test("the migration's match rules are seeds/rules/forum.json", arguments: StoreKind.allCases)
    func rulesAsSeeded(kind: StoreKind) async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/rules/forum.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let seeded = try decoder.decode(MatchRuleBook.self, from: Data(contentsOf: url))
        try await kind.withStore { store in
            let stored = try await store.forumRegister().rules
            #expect(stored == seeded)
        }
    }
}
