import Foundation
import Testing

@testable import EstateDomain

/// Explained forum matches (issue 18, item 3): each score part on its boundary, a required
/// certification missing, expired or below its level excludes, and the trace in both languages.
@Suite("forum matches")
struct ForumMatcherTests {
    /// `seeds/rules/forum.json`: process 30, material 10, certifications 10, capacity 15, KBLI 5,
    /// same regency 10, local employment 15, partnership 5; a match from 40.
    static let rules: MatchRuleBook = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/rules/forum.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(MatchRuleBook.self, from: Data(contentsOf: url))
    }()
    static let day = Fixtures.date("2026-12-07")
    static let industry = try! LargeIndustry(
        nib: Fixtures.nib(900), name: "PT Astra Honda Motor", kbli: [try! KBLI(parsing: "30911")],
        location: "Kawasan Industri MM2100, Cikarang Barat", regency: "Kabupaten Bekasi")

    static func need(
        material: String? = "SPCC", kbli: String? = "25920", volume: Int? = 10_000,
        certifications: [WantedCertification] = []
    ) -> IndustryNeed {
        try! IndustryNeed(
            id: 7, industry: industry.nib, item: "braket knalpot", process: .stamping, material: material,
            kbli: kbli.map { try! KBLI(parsing: $0) }, volumePerMonth: volume, certifications: certifications)
    }

    static func firm(
        processes: [IndustrialProcess] = [.stamping], capacity: Int = 10_000, kbli: String = "25920",
        certifications: [HeldCertification] = [], regency: String? = "Kab. Bekasi", workers: Int? = 12,
        local: Int? = 6, partner: String? = nil
    ) -> MatchingFirm {
        let profile = try! CapabilityProfile(
            nib: Fixtures.nib(1), processes: processes, materials: ["spcc"],
            machines: processes.contains(.stamping) ? [try! Machine(name: "press 60 ton", process: .stamping, capacityPerMonth: capacity)] : [],
            certifications: certifications, localWorkers: local, workers: workers, regency: regency)
        return MatchingFirm(
            nib: Fixtures.nib(1), name: "CV Uji 1", kbli: [try! KBLI(parsing: kbli)], profile: profile, declared: nil,
            partnerships: partner.map { [try! Partnership(partner: $0, product: "braket", since: Fixtures.date("2024-01-01"))] } ?? [])
    }

    static func score(_ need: IndustryNeed = need(), _ firm: MatchingFirm = firm()) -> ForumMatch {
        try! ForumMatcher(rules: rules).score(need, of: industry, for: firm, asOf: day)
    }

    static func points(_ match: ForumMatch, _ part: MatchPartKind) -> Int? {
        match.trace.first { $0.part == part }?.points
    }

    @Test("a full fit scores every part: 30+10+10+15+5+10+7+0 = 87, traced part by part in both languages")
    func fullFit() {
        let match = Self.score()
        #expect(match.isMatch && match.score == 87 && match.ruleVersion == "forum-2026.1")
        #expect(match.trace.map(\.part) == MatchPartKind.allCases)
        #expect(match.trace.map(\.weight) == [30, 10, 10, 15, 5, 10, 15, 5])
        let local = match.trace.first { $0.part == .localEmployment }!
        #expect(local.points == 7, "15 × 6/12 = 7.5, rounded down")
        #expect(local.figure.english == "6 of 12 workers live in Kabupaten Bekasi")
        #expect(local.figure.indonesian == "6 dari 12 pekerja warga Kabupaten Bekasi")
        #expect(match.trace[0].figure.indonesian == "stamping (press): termasuk proses perusahaan")
    }

    @Test("capacity: at the volume full points; one unit short rounds down; none gives nothing", arguments: [
        (10_000, 15), (9_999, 14), (20_000, 15), (6_667, 10), (6_666, 9), (0, 0),
    ])
    func capacity(capacity: Int, points: Int) {
        #expect(Self.points(Self.score(Self.need(), Self.firm(capacity: capacity)), .capacity) == points)
    }

    @Test("KBLI: the class full points, its division half (rounded down), another division none", arguments: [
        ("25920", 5), ("25111", 2), ("28110", 0),
    ])
    func kbli(code: String, points: Int) {
        #expect(Self.points(Self.score(Self.need(), Self.firm(kbli: code)), .kbli) == points)
    }

    @Test("parts that depend on the firm: process, material, regency, local share, partnership")
    func firmParts() {
        let welder = Self.score(Self.need(), Self.firm(processes: [.welding]))
        #expect(Self.points(welder, .process) == 0)
        // 0+10+10+0+5+10+7+0 = 42 passes the minimum, yet a firm without the process is no match.
        #expect(welder.score >= 40 && !welder.isMatch)
        #expect(welder.exclusions.first?.english == "does not do stamping, the process the need takes")
        #expect(welder.exclusions.first?.indonesian == "tidak mengerjakan stamping (press), proses yang dibutuhkan")
        #expect(Self.points(Self.score(Self.need(material: "aluminium")), .material) == 0)
        #expect(Self.points(Self.score(Self.need(material: nil)), .material) == 10)
        #expect(Self.points(Self.score(Self.need(), Self.firm(regency: "Kabupaten  BEKASI")), .sameRegency) == 10)
        #expect(Self.points(Self.score(Self.need(), Self.firm(regency: "Kota Bekasi")), .sameRegency) == 0)
        #expect(Self.points(Self.score(Self.need(), Self.firm(regency: nil)), .sameRegency) == 0)
        #expect(Self.points(Self.score(Self.need(), Self.firm(workers: 12, local: 12)), .localEmployment) == 15)
        #expect(Self.points(Self.score(Self.need(), Self.firm(workers: 12, local: 0)), .localEmployment) == 0)
        #expect(Self.points(Self.score(Self.need(), Self.firm(workers: nil, local: nil)), .localEmployment) == 0)
        #expect(Self.points(Self.score(Self.need(), Self.firm(partner: "PT. Astra  Honda Motor")), .partnership) == 5)
        #expect(Self.points(Self.score(Self.need(), Self.firm(partner: "PT Toyota")), .partnership) == 0)
    }

    static func cert(_ kind: CertificationKind, until: String, percent: Int? = nil) -> HeldCertification {
        try! HeldCertification(kind: kind, number: "C-1", validUntil: Fixtures.date(until), percent: percent)
    }

    @Test("a required certification valid through the day matches; expired the day before, or missing, excludes")
    func requiredCertification() throws {
        let wanted = [try WantedCertification(kind: .iatf16949, required: true)]
        let through = Self.score(Self.need(certifications: wanted), Self.firm(certifications: [Self.cert(.iatf16949, until: "2026-12-07")]))
        #expect(through.isMatch)
        let expired = Self.score(Self.need(certifications: wanted), Self.firm(certifications: [Self.cert(.iatf16949, until: "2026-12-06")]))
        #expect(!expired.isMatch && expired.score == 87, "the score is kept; the exclusion says why")
        #expect(expired.exclusions.map(\.english) == ["IATF 16949 (required) expired, valid until 2026-12-06"])
        #expect(expired.exclusions.map(\.indonesian) == ["IATF 16949 (wajib) kedaluwarsa, berlaku sampai 2026-12-06"])
        let missing = Self.score(Self.need(certifications: wanted), Self.firm(certifications: [Self.cert(.iso9001, until: "2030-01-01")]))
        #expect(missing.exclusions.map(\.english) == ["IATF 16949 (required) not held"])
        let matches = try ForumMatcher(rules: Self.rules).matches(
            needs: [Self.need(certifications: wanted)], industries: [Self.industry], firms: [Self.firm()], asOf: Self.day)
        #expect(matches.isEmpty, "a firm lacking a required certification is not listed as a match")
    }

    @Test("TKDN: the level asked matches, one point below excludes", arguments: [(40, true), (39, false)])
    func tkdn(percent: Int, matches: Bool) throws {
        let wanted = [try WantedCertification(kind: .tkdn, required: true, minimumPercent: 40)]
        let match = Self.score(Self.need(certifications: wanted), Self.firm(certifications: [Self.cert(.tkdn, until: "2027-01-01", percent: percent)]))
        #expect(match.isMatch == matches, "\(match.exclusions)")
    }

    @Test("preferred certifications: points by the share held valid, rounded down; none asked gives full points")
    func preferred() throws {
        let wanted = try [CertificationKind.sni, .iso9001, .halal].map { try WantedCertification(kind: $0, required: false) }
        let one = Self.score(Self.need(certifications: wanted), Self.firm(certifications: [Self.cert(.sni, until: "2027-01-01")]))
        #expect(one.isMatch && Self.points(one, .certifications) == 3, "10 × 1/3 = 3.3")
        #expect(one.trace[2].figure.english == "SNI held and valid; ISO 9001 not held; halal not held")
        #expect(Self.points(Self.score(), .certifications) == 10)
    }

    @Test("the minimum score: 40 is a match, 39 is not", arguments: [(10, 40, true), (9, 39, false)])
    func minimum(capacity: Int, score: Int, matches: Bool) throws {
        // Process 30, the capacity's share of 15 a month, and nothing else: no material worked,
        // another KBLI, a preferred certification not held, no regency, workers or partnership.
        let need = try IndustryNeed(
            id: 1, industry: Self.industry.nib, item: "x", process: .stamping, material: "aluminium",
            kbli: try KBLI(parsing: "10110"), volumePerMonth: 15,
            certifications: [try WantedCertification(kind: .sni, required: false)])
        let match = Self.score(need, Self.firm(capacity: capacity, regency: nil, workers: nil, local: nil))
        #expect(match.score == score)
        #expect(match.isMatch == matches)
        if !matches { #expect(match.exclusions.map(\.english) == ["score 39 is below the minimum of 40"]) }
    }

    @Test("a date before the first match rules is refused, naming as_of")
    func beforeRules() {
        #expect(throws: InputError.self) {
            try ForumMatcher(rules: Self.rules).score(Self.need(), of: Self.industry, for: Self.firm(), asOf: Fixtures.date("2025-12-31"))
        }
    }

    @Test("matches list open needs only, best first, ties by NIB")
    func ranking() throws {
        let strong = Self.firm()
        let weakProfile = try CapabilityProfile(nib: Fixtures.nib(2), processes: [.stamping], materials: ["SPCC"])
        let weak = MatchingFirm(
            nib: Fixtures.nib(2), name: "CV Uji 2", kbli: [try KBLI(parsing: "25920")], profile: weakProfile,
            declared: (10, 10), partnerships: [])
        let closed = try IndustryNeed(
            id: 8, industry: Self.industry.nib, item: "mur", process: .stamping, closedOn: Self.day)
        let found = try ForumMatcher(rules: Self.rules).matches(
            needs: [closed, Self.need()], industries: [Self.industry], firms: [weak, strong], asOf: Self.day)
        #expect(found.map(\.nib) == [Fixtures.nib(1), Fixtures.nib(2)])
        #expect(found.allSatisfy { $0.need == 7 && $0.industry == Self.industry.nib })
        #expect(found[0].score > found[1].score)
    }
}
