import EstateDomain

/// The Dinas's yearly forum report as JSON and as text (issue 18, item 5).
public struct ForumReportDocument: Encodable, Sendable {
    public struct Figures: Encodable, Sendable {
        public let sector: String?
        public let industries: Int
        public let firms: Int
        public let meetings: Int
        public let mous: Int
        public let purchaseOrders: Int
        public let purchaseOrderValue: Int64
        /// Partnerships started in the year, of which `partnershipsFromForums` followed a forum
        /// and `partnershipsIncomplete` have no value or no jobs recorded (counted as 0 in the sums).
        public let partnerships: Int
        public let partnershipsFromForums: Int
        public let partnershipsIncomplete: Int
        public let partnershipValuePerYear: Int64
        public let jobs: Int
        public let localJobs: Int
        /// Local jobs over jobs, as a percentage rounded down; nil without jobs.
        public let localShare: Int?

        init(_ figures: ForumReport.Figures, sector: String?) {
            self.sector = sector
            industries = figures.industries
            firms = figures.firms
            meetings = figures.meetings
            mous = figures.mous
            purchaseOrders = figures.purchaseOrders
            purchaseOrderValue = figures.purchaseOrderValue.amount
            partnerships = figures.partnerships
            partnershipsFromForums = figures.partnershipsFromForums
            partnershipsIncomplete = figures.partnershipsIncomplete
            partnershipValuePerYear = figures.partnershipValuePerYear.amount
            jobs = figures.jobs
            localJobs = figures.localJobs
            localShare = figures.jobs > 0 ? figures.localJobs * 100 / figures.jobs : nil
        }
    }

    public struct Employment: Encodable, Sendable {
        public let nib: String
        public let name: String
        public let sector: String
        public let workersBefore: Int?
        public let workersAfter: Int?
        public let localBefore: Int?
        public let localAfter: Int?
    }

    public let year: Int
    public let forums: [String]
    public let total: Figures
    public let bySector: [Figures]
    public let employment: [Employment]

    public init(_ report: ForumReport) {
        year = report.year
        forums = report.forums
        total = Figures(report.total, sector: nil)
        bySector = report.bySector.map { Figures($0.figures, sector: $0.sector.rawValue) }
        employment = report.employment.map {
            Employment(
                nib: $0.nib.digits, name: $0.name, sector: $0.sector.rawValue, workersBefore: $0.before?.workers,
                workersAfter: $0.after?.workers, localBefore: $0.before?.local, localAfter: $0.after?.local)
        }
    }

    /// The report as tables for a terminal, in `language`.
    public func text(language: Language) -> String {
        let id = language == .indonesian
        func money(_ amount: Int64) -> String { Rupiah(amount).format(language) }
        var table = TextTable(
            header: id
                ? ["sektor", "industri", "IKM", "pertemuan", "MoU", "PO", "nilai PO", "kemitraan", "nilai/tahun", "lapangan kerja", "lokal"]
                : ["sector", "industries", "IKM firms", "meetings", "MoUs", "POs", "PO value", "partnerships", "value/year", "jobs", "local"])
        for figures in bySector + [total] {
            let sector = figures.sector.flatMap { IKMSector(rawValue: $0)?.name.text(language) } ?? (id ? "jumlah" : "total")
            table.add([
                sector, String(figures.industries), String(figures.firms), String(figures.meetings), String(figures.mous),
                String(figures.purchaseOrders), money(figures.purchaseOrderValue), String(figures.partnerships),
                money(figures.partnershipValuePerYear), String(figures.jobs),
                "\(figures.localJobs)" + (figures.localShare.map { " (\($0) %)" } ?? ""),
            ])
        }
        var lines = [
            (id ? "Forum bisnis \(year): " : "Business forums \(year): ") + (forums.isEmpty ? (id ? "tidak ada" : "none") : forums.joined(separator: ", ")),
            table.rendered,
        ] + partnershipLines(language: language)
        if !employment.isEmpty {
            var jobs = TextTable(header: id ? ["NIB", "IKM", "pekerja \(year - 1)", "pekerja \(year)", "lokal \(year - 1)", "lokal \(year)"] : ["NIB", "IKM firm", "workers \(year - 1)", "workers \(year)", "local \(year - 1)", "local \(year)"])
            for row in employment {
                jobs.add([
                    row.nib, row.name, row.workersBefore.map(String.init) ?? "–", row.workersAfter.map(String.init) ?? "–",
                    row.localBefore.map(String.init) ?? "–", row.localAfter.map(String.init) ?? "–",
                ])
            }
            lines.append(id ? "Tenaga kerja IKM peserta (deklarasi tahunan):" : "Employment of the taking part IKM firms (yearly declarations):")
            lines.append(jobs.rendered)
        }
        return lines.joined(separator: "\n")
    }
}

extension ForumReportDocument {
    /// What the report says of the year's partnerships under its table, in `language`: how many
    /// started and how many followed a forum, and how many have no value or jobs yet. The
    /// terminal's text and the dashboard's page both show these lines.
    public func partnershipLines(language: Language) -> [String] {
        let id = language == .indonesian
        var lines = [
            id
                ? "Kemitraan yang mulai tahun \(year): \(total.partnerships), \(total.partnershipsFromForums) di antaranya hasil forum."
                : "Partnerships started in \(year): \(total.partnerships), \(total.partnershipsFromForums) of them after a forum."
        ]
        if total.partnershipsIncomplete > 0 {
            lines.append(
                id
                    ? "\(total.partnershipsIncomplete) kemitraan belum mencatat nilai atau lapangan kerja (dihitung 0); lengkapi dengan "
                        + "`estate partnerships update … --value-per-year --jobs --local-jobs` atau POST /api/v1/tenants/{nib}/partnerships/correction."
                    : "\(total.partnershipsIncomplete) partnerships have no value or jobs recorded (counted as 0); complete them with "
                        + "`estate partnerships update … --value-per-year --jobs --local-jobs` or POST /api/v1/tenants/{nib}/partnerships/correction.")
        }
        return lines
    }
}

/// One outcome as `estate forum outcomes --format json` shows it.
public struct ForumOutcomeView: Encodable, Sendable {
    /// Numbered by its record: `forum_outcome` (an MoU or an order) or `partnership` (the firm's
    /// partnership record); `record` and `id` together name one outcome.
    public let record: String
    public let id: Int64
    public let forum: String
    public let industry: String
    public let nib: String
    public let kind: String
    public let on: String
    public let value: Int64?
    public let endsOn: String?
    public let jobs: Int?
    public let localJobs: Int?
    /// An MoU's or an order's own number, when recorded.
    public let reference: String?

    public init(_ outcome: ForumOutcome) {
        record = outcome.kind == .partnership ? "partnership" : "forum_outcome"
        id = outcome.id
        forum = outcome.forum
        industry = outcome.industry.digits
        nib = outcome.nib.digits
        kind = outcome.kind.rawValue
        on = outcome.on.iso
        value = outcome.value?.amount
        endsOn = outcome.endsOn?.iso
        jobs = outcome.jobs
        localJobs = outcome.localJobs
        reference = outcome.reference
    }
}

/// The JSON of `estate forum outcomes`.
public struct ForumOutcomesDocument: Encodable, Sendable {
    public let outcomes: [ForumOutcomeView]
    public init(_ outcomes: [ForumOutcome]) { self.outcomes = outcomes.map(ForumOutcomeView.init) }
}
