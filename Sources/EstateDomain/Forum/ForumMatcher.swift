/// Scores IKM firms against large industries' needs with the forum's match rules in force on a
/// date (issue 18, item 3). Each part's points are its weight times a fraction rounded down to a
/// whole point; the score is their sum. A firm without the need's process, or lacking a required certification, holding it
/// expired on the date, or holding TKDN below the level asked is no match whatever it scores,
/// and neither is a pair scoring under the rules' minimum; the trace says which.
public struct ForumMatcher: Sendable {
    public let rules: MatchRuleBook

    public init(rules: MatchRuleBook) { self.rules = rules }

    /// For each need open on `date`, the firms that match it, best first (ties by NIB), with the
    /// large industry's NIB; needs whose industry is not in `industries` are skipped.
    public func matches(
        needs: [IndustryNeed], industries: [LargeIndustry], firms: [MatchingFirm], asOf date: CivilDate
    ) throws -> [ForumMatch] {
        let byNIB = Dictionary(industries.map { ($0.nib, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [ForumMatch] = []
        for need in needs.sorted(by: { $0.id < $1.id }) where need.isOpen(on: date) {
            guard let industry = byNIB[need.industry] else { continue }
            let scored = try firms.map { try score(need, of: industry, for: $0, asOf: date) }.filter(\.isMatch)
            found += scored.sorted { ($1.score, $0.nib) < ($0.score, $1.nib) }
        }
        return found
    }

    /// The pair scored and traced, match or not.
    public func score(
        _ need: IndustryNeed, of industry: LargeIndustry, for firm: MatchingFirm, asOf date: CivilDate
    ) throws -> ForumMatch {
        let set = try rules.ruleSet(asOf: date)
        let w = set.weights
        let profile = firm.profile
        var trace: [MatchPart] = []
        func add(_ part: MatchPartKind, _ weight: Int, _ points: Int, _ id: String, _ en: String) {
            trace.append(MatchPart(part: part, figure: LocalizedText(indonesian: id, english: en), weight: weight, points: points))
        }
        let process = need.process.name
        let has = profile.processes.contains(need.process)
        add(
            .process, w.process, has ? w.process : 0,
            has ? "\(process.indonesian): termasuk proses perusahaan" : "\(process.indonesian): bukan proses perusahaan",
            has ? "\(process.english): among the firm's processes" : "\(process.english): not among the firm's processes")
        if let material = need.material {
            let works = profile.works(material)
            add(
                .material, w.material, works ? w.material : 0,
                works ? "bahan \(material) dikerjakan" : "bahan \(material) tidak dikerjakan",
                works ? "works \(material)" : "does not work \(material)")
        } else {
            add(.material, w.material, w.material, "kebutuhan tidak menyebut bahan", "the need names no material")
        }
        let (exclusions, certification) = MatchCertificates.check(need, profile, weight: w.certifications, on: date)
        trace.append(certification)
        if let volume = need.volumePerMonth {
            let capacity = profile.capacity(for: need.process)
            add(
                .capacity, w.capacity, MatchPart.share(w.capacity, capacity, volume),
                "kapasitas \(capacity) \(need.unit)/bulan untuk \(volume) \(need.unit)/bulan",
                "capacity \(capacity) \(need.unit)/month for \(volume) \(need.unit)/month")
        } else {
            add(.capacity, w.capacity, w.capacity, "kebutuhan tidak menyebut volume", "the need names no volume")
        }
        trace.append(Self.kbli(need, firm, weight: w.kbli))
        let here = profile.regency.map(PlaceName.normalised)
        let same = here == PlaceName.normalised(industry.regency)
        add(
            .sameRegency, w.sameRegency, same ? w.sameRegency : 0,
            "bengkel di \(profile.regency ?? "(tidak diketahui)"), industri di \(industry.regency)",
            "workshop in \(profile.regency ?? "(unknown)"), industry in \(industry.regency)")
        trace.append(Self.localEmployment(firm, weight: w.localEmployment))
        let partner = PlaceName.firm(industry.name)
        let partnered = firm.partnerships.contains {
            ($0.terms.industry == industry.nib || PlaceName.firm($0.partner) == partner) && $0.isInForce(on: date)
        }
        add(
            .partnership, w.partnership, partnered ? w.partnership : 0,
            partnered ? "sudah bermitra dengan \(industry.name)" : "belum bermitra dengan \(industry.name)",
            partnered ? "already a partner of \(industry.name)" : "not yet a partner of \(industry.name)")
        let score = trace.reduce(0) { $0 + $1.points }
        var reasons = exclusions
        if firm.nib == industry.nib {
            reasons.insert(LocalizedText(indonesian: "perusahaan yang sama dengan industri", english: "the same firm as the industry"), at: 0)
        }
        if !has {
            // The process is what the need takes: a firm without it supplies nothing, however well
            // it scores on the rest (material, regency and workers alone can pass the minimum).
            reasons.insert(
                LocalizedText(
                    indonesian: "tidak mengerjakan \(process.indonesian), proses yang dibutuhkan",
                    english: "does not do \(process.english), the process the need takes"), at: 0)
        }
        if score < w.minimumScore {
            reasons.append(
                LocalizedText(
                    indonesian: "skor \(score) di bawah minimum \(w.minimumScore)",
                    english: "score \(score) is below the minimum of \(w.minimumScore)"))
        }
        return ForumMatch(
            need: need.id, industry: industry.nib, nib: firm.nib, score: score, trace: trace, exclusions: reasons,
            ruleVersion: set.version)
    }

    /// Full points for the need's KBLI class among the firm's, half (rounded down) for its
    /// division; full when the need names none.
    static func kbli(_ need: IndustryNeed, _ firm: MatchingFirm, weight: Int) -> MatchPart {
        guard let wanted = need.kbli else {
            return MatchPart(
                part: .kbli, figure: LocalizedText(indonesian: "kebutuhan tidak menyebut KBLI", english: "the need names no KBLI"),
                weight: weight, points: weight)
        }
        let codes = firm.kbli.map(\.code).joined(separator: ", ")
        let (points, id, en): (Int, String, String) =
            firm.kbli.contains(wanted)
            ? (weight, "KBLI \(wanted) dimiliki (\(codes))", "KBLI \(wanted) held (\(codes))")
            : firm.kbli.contains(where: { $0.division == wanted.division })
                ? (weight / 2, "golongan pokok \(wanted.division) sama (\(codes))", "same division \(wanted.division) (\(codes))")
                : (0, "KBLI \(wanted) tidak dimiliki (\(codes))", "KBLI \(wanted) not held (\(codes))")
        return MatchPart(part: .kbli, figure: LocalizedText(indonesian: id, english: en), weight: weight, points: points)
    }

    /// The weight times the share of workers resident in Kabupaten Bekasi: the profile's figures
    /// when it gives both, else those of the declaration in force on the day; nothing without figures.
    static func localEmployment(_ firm: MatchingFirm, weight: Int) -> MatchPart {
        let figures: (workers: Int, local: Int)? =
            if let workers = firm.profile.workers, let local = firm.profile.localWorkers { (workers, local) } else {
                firm.declared.map { ($0.workers, $0.localWorkers) }
            }
        guard let figures else {
            return MatchPart(
                part: .localEmployment,
                figure: LocalizedText(indonesian: "tidak ada angka pekerja", english: "no workforce figures"),
                weight: weight, points: 0)
        }
        return MatchPart(
            part: .localEmployment,
            figure: LocalizedText(
                indonesian: "\(figures.local) dari \(figures.workers) pekerja warga Kabupaten Bekasi",
                english: "\(figures.local) of \(figures.workers) workers live in Kabupaten Bekasi"),
            weight: weight, points: MatchPart.share(weight, figures.local, figures.workers))
    }
}
