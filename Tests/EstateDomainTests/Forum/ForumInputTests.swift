import EstateDomain
import Foundation
import Testing

/// The forum's input rules found by review (issue 18): a correction of one side of a need's
/// certifications keeps the other, a field given and cleared at once is refused, TKDN always
/// and only carries its level, a deadline before the opening, local workers without workers and a
/// machine of a process the firm does not list are refused; a firm never matches a need of its
/// own NIB; longitudes stay within −180…180.
@Suite("forum input rules")
struct ForumInputTests {
    static let opened = Fixtures.date("2026-12-01")

    static func need() throws -> IndustryNeed {
        try IndustryNeed(
            id: 1, industry: Fixtures.nib(900), item: "braket", process: .stamping, material: "SPCC",
            certifications: [
                try WantedCertification(kind: .iso9001, required: true), try WantedCertification(kind: .iatf16949, required: false),
            ],
            deadline: Fixtures.date("2027-03-31"), openedOn: opened)
    }

    @Test("--prefers replaces the preferred certifications only, --requires the required only")
    func certificationSides() throws {
        var prefers = NeedChange()
        prefers.preferred = [try WantedCertification(kind: .halal, required: false)]
        let changed = try prefers.applied(to: try Self.need())
        #expect(changed.certifications.filter(\.required).map(\.kind) == [.iso9001])
        #expect(changed.certifications.filter { !$0.required }.map(\.kind) == [.halal])
        var requires = NeedChange()
        requires.required = [try WantedCertification(kind: .sni, required: true)]
        let other = try requires.applied(to: try Self.need())
        #expect(other.certifications.map(\.kind) == [.sni, .iatf16949])
    }

    @Test("a field both given and cleared is refused")
    func givenAndCleared() throws {
        var change = NeedChange()
        change.deadline = Fixtures.date("2027-01-01")
        change.clear = ["deadline"]
        #expect(throws: InputError.self) { try change.applied(to: try Self.need()) }
        change.deadline = nil
        #expect(try change.applied(to: try Self.need()).deadline == nil)
    }

    @Test("clear names only the optional fields, and its errors name the caller's input")
    func clearNames() throws {
        var change = NeedChange()
        #expect { try change.clear(["item"], field: "clear") } throws: { ($0 as? InputError)?.field == "clear" }
        #expect { try change.clear(["deadline", "unit"], field: "--clear") } throws: { ($0 as? InputError)?.value == "unit" }
        #expect(change.clear.isEmpty, "a refused list clears nothing")
        try change.clear(["material", "kbli", "volume_per_month", "deadline"], field: "clear")
        change.material = "SS400"
        #expect { try change.applied(to: try Self.need()) } throws: { ($0 as? InputError)?.field == "clear" }
        change.material = nil
        let cleared = try change.applied(to: try Self.need())
        #expect(cleared.material == nil && cleared.deadline == nil && cleared.kbli == nil && cleared.volumePerMonth == nil)
    }

    @Test("TKDN always and only carries its level; a deadline before the opening is refused")
    func levelsAndDates() throws {
        #expect(throws: InputError.self) { try WantedCertification(kind: .tkdn, required: true) }
        #expect(try WantedCertification(kind: .tkdn, required: true, minimumPercent: 0).minimumPercent == 0)
        #expect(throws: InputError.self) {
            try HeldCertification(kind: .iso9001, number: "Q-1", validUntil: Fixtures.date("2027-02-28"), percent: 50)
        }
        #expect(throws: InputError.self) { try ForumSpecs.held("iso_9001:X:2027-02-28:50") }
        #expect(throws: InputError.self) {
            try IndustryNeed(id: 1, industry: Fixtures.nib(900), item: "x", process: .stamping, deadline: Fixtures.date("2026-11-30"), openedOn: Self.opened)
        }
        #expect(try IndustryNeed(id: 1, industry: Fixtures.nib(900), item: "x", process: .stamping, deadline: Self.opened, openedOn: Self.opened).deadline == Self.opened)
    }

    @Test("local workers need the workers; each machine's process is one of the firm's")
    func profileRules() throws {
        #expect(throws: InputError.self) { try CapabilityProfile(nib: Fixtures.nib(1), processes: [.stamping], localWorkers: 3) }
        #expect(try CapabilityProfile(nib: Fixtures.nib(1), processes: [.stamping], localWorkers: 3, workers: 3).localWorkers == 3)
        #expect(throws: InputError.self) {
            try CapabilityProfile(nib: Fixtures.nib(1), processes: [.stamping], machines: [try ForumSpecs.machine("las:welding:100")])
        }
        #expect(throws: InputError.self) { try CapabilityProfile(nib: Fixtures.nib(1), processes: []) }
    }

    @Test("a firm is never a match for a need of its own NIB")
    func ownNeed() throws {
        let nib = Fixtures.nib(1)
        let industry = try LargeIndustry(nib: nib, name: "CV Sama", kbli: [try KBLI(parsing: "25920")], location: "Setu", regency: "Kabupaten Bekasi")
        let need = try IndustryNeed(id: 1, industry: nib, item: "x", process: .stamping)
        let profile = try CapabilityProfile(nib: nib, processes: [.stamping], workers: 10, regency: "Kabupaten Bekasi")
        let firm = MatchingFirm(nib: nib, name: "CV Sama", kbli: [try KBLI(parsing: "25920")], profile: profile, declared: nil, partnerships: [])
        let match = try ForumMatcher(rules: ForumMatcherTests.rules).score(need, of: industry, for: firm, asOf: Self.opened)
        #expect(!match.isMatch && match.exclusions.first?.english == "the same firm as the industry")
    }

    @Test("an origin near the antimeridian keeps longitudes within −180…180")
    func antimeridian() throws {
        let projection = PlanProjection(try Georeference(longitude: "180", latitude: "0"))
        let east = projection.wgs84(PlanPoint(x: 100_000, y: 0))
        #expect((-180...180).contains(east.longitude) && east.longitude < -179.99)
    }
}
