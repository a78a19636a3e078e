/// The Dinas's report of one year of forums (issue 18, item 5): forums held, firms taking part,
/// meetings held, and what followed (MoUs, purchase orders, partnerships with their value and the
/// jobs they bring, and the share of those jobs for Kabupaten Bekasi residents), in total and
/// per IKM sector; and each taking part IKM firm's employment from the year before's declaration
/// to the year's.
public struct ForumReport: Hashable, Sendable {
    public struct Figures: Hashable, Sendable {
        public var industries = 0
        public var firms = 0
        public var meetings = 0
        public var mous = 0
        public var purchaseOrders = 0
        public var purchaseOrderValue = Rupiah(0)
        /// Partnerships that started in the year, whether or not they followed a forum (the
        /// firms' one record of them), and how many did follow one.
        public var partnerships = 0
        public var partnershipsFromForums = 0
        /// Partnerships started in the year with no value a year or no jobs recorded (records
        /// from before the forum, until an officer completes them); their sums count them as 0.
        public var partnershipsIncomplete = 0
        public var partnershipValuePerYear = Rupiah(0)
        public var jobs = 0
        public var localJobs = 0
    }

    public struct Employment: Hashable, Sendable {
        public let nib: NIB
        public let name: String
        public let sector: IKMSector
        /// Workers and local workers in the year before's accepted declaration and the year's; nil
        /// when that declaration is missing.
        public let before: (workers: Int, local: Int)?
        public let after: (workers: Int, local: Int)?

        public static func == (a: Self, b: Self) -> Bool {
            a.nib == b.nib && a.before?.workers == b.before?.workers && a.before?.local == b.before?.local
                && a.after?.workers == b.after?.workers && a.after?.local == b.after?.local
        }
        public func hash(into hasher: inout Hasher) { hasher.combine(nib) }
    }

    public let year: Int
    public let forums: [String]
    public let total: Figures
    public let bySector: [(sector: IKMSector, figures: Figures)]
    public let employment: [Employment]

    public static func == (a: Self, b: Self) -> Bool {
        a.year == b.year && a.forums == b.forums && a.total == b.total && a.employment == b.employment
            && a.bySector.map(\.sector) == b.bySector.map(\.sector) && a.bySector.map(\.figures) == b.bySector.map(\.figures)
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(year) }

    /// The year's report (sums stay in Int64: each value is at most `ForumOutcome.valueLimit`, so
    /// 92,000 outcomes fit): the forums held in `year`, their saved meetings, the MoUs and orders
    /// of those meetings dated in `year`, and every firm's partnerships that started in `year`
    /// (from the registry: a partnership's one record, forum or not). A firm's sector is its main
    /// KBLI's (the first).
    public static func make(
        year: Int, forums: [ForumEvent], meetings: [SavedMeeting], outcomes: [ForumOutcome], firms: TenantRegistry
    ) -> ForumReport {
        let held = Set(forums.filter { $0.heldOn.year == year }.map(\.code))
        let met = meetings.filter { held.contains($0.forum) }
        let followed = outcomes.filter { held.contains($0.forum) && $0.on.year == year && $0.kind != .partnership }
        let started = firms.flatMap { firm in
            firm.partnerships.filter { $0.since.year == year }.map { (nib: firm.nib, partnership: $0) }
        }
        func sector(_ nib: NIB) -> IKMSector { IKMSector(kbli: firms.tenant(nib)?.kbli.first) }
        func figures(_ meetings: [SavedMeeting], _ outcomes: [ForumOutcome], _ partnerships: [Partnership]) -> Figures {
            var figures = Figures()
            figures.industries = Set(meetings.map(\.industry)).count
            figures.firms = Set(meetings.map(\.nib)).count
            figures.meetings = meetings.count
            for outcome in outcomes {
                switch outcome.kind {
                case .mou: figures.mous += 1
                case .purchaseOrder:
                    figures.purchaseOrders += 1
                    figures.purchaseOrderValue = Rupiah(figures.purchaseOrderValue.amount + (outcome.value?.amount ?? 0))
                case .partnership: break
                }
            }
            for partnership in partnerships {
                let terms = partnership.terms
                figures.partnerships += 1
                if terms.forum != nil { figures.partnershipsFromForums += 1 }
                if terms.valuePerYear == nil || terms.jobs == nil { figures.partnershipsIncomplete += 1 }
                figures.partnershipValuePerYear = Rupiah(figures.partnershipValuePerYear.amount + (terms.valuePerYear?.amount ?? 0))
                figures.jobs += terms.jobs ?? 0
                figures.localJobs += terms.localJobs ?? 0
            }
            return figures
        }
        let sectors = Set(met.map { sector($0.nib) }).union(followed.map { sector($0.nib) })
            .union(started.map { sector($0.nib) }).sorted { $0.rawValue < $1.rawValue }
        let employment = Set(met.map(\.nib)).sorted().map { nib -> Employment in
            let firm = firms.tenant(nib)
            func declared(_ year: Int) -> (Int, Int)? {
                firm?.declarations.first { $0.fiscalYear == year }.map { ($0.workers, $0.localWorkers) }
            }
            return Employment(
                nib: nib, name: firm?.legalName ?? nib.digits, sector: sector(nib), before: declared(year - 1), after: declared(year))
        }
        return ForumReport(
            year: year, forums: held.sorted(), total: figures(met, followed, started.map(\.partnership)),
            bySector: sectors.map { s in
                (
                    s,
                    figures(
                        met.filter { sector($0.nib) == s }, followed.filter { sector($0.nib) == s },
                        started.filter { sector($0.nib) == s }.map(\.partnership))
                )
            },
            employment: employment)
    }
}

/// An IKM firm's sector, from the division (two digits) of its main KBLI code (KBLI 2020): the
/// groups the Dinas reports, with the metal sector of the association's members apart.
public enum IKMSector: String, CaseIterable, Hashable, Sendable {
    case food, textiles, wood, chemicals, metal, machinery, vehicles, other

    public init(kbli: KBLI?) {
        switch Int(kbli?.division ?? "") ?? 0 {
        case 10, 11, 12: self = .food
        case 13, 14, 15: self = .textiles
        case 16, 17, 31: self = .wood
        case 20, 21, 22, 23: self = .chemicals
        case 24, 25: self = .metal
        case 26, 27, 28, 33: self = .machinery
        case 29, 30: self = .vehicles
        default: self = .other
        }
    }

    public var name: LocalizedText {
        switch self {
        case .food: LocalizedText(indonesian: "pangan", english: "food")
        case .textiles: LocalizedText(indonesian: "tekstil, karpet, pakaian", english: "textiles, carpets, clothing")
        case .wood: LocalizedText(indonesian: "kayu, kertas, mebel", english: "wood, paper, furniture")
        case .chemicals: LocalizedText(indonesian: "kimia, karet, plastik", english: "chemicals, rubber, plastics")
        case .metal: LocalizedText(indonesian: "logam", english: "metal")
        case .machinery: LocalizedText(indonesian: "mesin dan listrik", english: "machinery and electrical")
        case .vehicles: LocalizedText(indonesian: "kendaraan", english: "vehicles")
        case .other: LocalizedText(indonesian: "lainnya", english: "other")
        }
    }
}
