import EstateDomain

/// The reports `estate report` and the HTTP API produce. Each is built once as a
/// `ReportDocument` in one language and written out as a terminal table, CSV, JSON, Markdown
/// or a printable HTML page by the renderers, so that every format shows the same figures.
public enum ReportKind: String, CaseIterable, Sendable {
    case occupancy, employment, expiring, vacancy, eligibility, expansion, partnerships
    /// Every estate of the store in one table, for the regency's industry office.
    case regency
    /// What firms owe on the date, by ageing bucket (issue 16): built from `ReportContext.money`.
    case arrears

    /// Whether the report needs the estate's invoices and payments loaded.
    public var needsMoney: Bool { self == .arrears }

    /// Whether the regency's industry office (the `regency` role) reads it: occupancy (in JSON
    /// without the lists naming firms), employment, partnerships and the regency table are what
    /// it oversees. The others name firms' records that stay with the association: eligibility
    /// each firm's declared turnover, expiring each lease's end, arrears what each firm owes,
    /// vacancy who is first in line for each plot, expansion each firm's place on the waitlist
    /// (the occupancy report gives the waitlist's demand against the planned capacity).
    public var readByRegencyOffice: Bool {
        switch self {
        case .occupancy, .employment, .partnerships, .regency: true
        case .eligibility, .expiring, .arrears, .vacancy, .expansion: false
        }
    }
}

/// One report in one language: where it came from, a few sentences, its tables and charts.
public struct ReportDocument: Sendable {
    public let kind: ReportKind
    public let title: String
    public let language: Language
    public let estateName: String
    public let asOf: CivilDate
    /// The rule set in force on `asOf`, used for eligibility, stale applications and notices.
    public let ruleSetVersion: String
    /// The store the figures were read from, without any password.
    public let store: String
    /// Short findings in sentences, e.g. "75,0% of the leasable area is leased".
    public var summary: [String] = []
    public var sections: [ReportSection] = []
    public var charts: [ReportChart] = []

    public init(
        kind: ReportKind, title: String, language: Language, estateName: String, asOf: CivilDate,
        ruleSetVersion: String, store: String
    ) {
        self.kind = kind
        self.title = title
        self.language = language
        self.estateName = estateName
        self.asOf = asOf
        self.ruleSetVersion = ruleSetVersion
        self.store = store
    }

    /// "as of 22/11/2026 · rule set 2021.1 · store sqlite:estate.sqlite" in the report's language.
    public var provenance: String {
        language == .indonesian
            ? "per \(asOf.indonesian) · aturan versi \(ruleSetVersion) · data dari \(store)"
            : "as of \(asOf.iso) · rule set \(ruleSetVersion) · data from \(store)"
    }
}

/// A table of a report. `key` and the column keys are stable English names for JSON and CSV
/// scripts; `heading` and the column titles are in the report's language.
public struct ReportSection: Sendable {
    public let key: String
    public let heading: String
    public let columns: [ReportColumn]
    public var rows: [[ReportValue]]
    /// What to say when there are no rows, e.g. "No lease ends within 90 days."
    public let emptyText: String

    public init(key: String, heading: String, columns: [ReportColumn], rows: [[ReportValue]], emptyText: String) {
        self.key = key
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
    }
}

public struct ReportColumn: Sendable {
    public let key: String
    public let title: String

    public init(_ key: String, _ title: String) {
        self.key = key
        self.title = title
    }
}

/// A typed cell: formatted per language for people, exact for JSON and CSV.
public enum ReportValue: Hashable, Sendable {
    case text(String)
    case count(Int)
    /// A year or another number written without grouping, e.g. 2025.
    case year(Int)
    case area(Area)
    case rupiah(Rupiah)
    case percent(Ratio)
    case date(CivilDate)
    case empty

    /// As a person reads it: `5.562,5 m²`, `Rp50.000.000.000`, `22/11/2026` in Indonesian.
    public func display(_ language: Language) -> String {
        switch self {
        case .text(let text): text
        case .count(let count): groupDigits(Int64(count), separator: language == .indonesian ? "." : ",")
        case .year(let year): String(year)
        case .area(let area): area.format(language)
        case .rupiah(let amount): amount.format(language)
        case .percent(let ratio): ratio.percentText(language)
        case .date(let date): date.format(language)
        case .empty: "–"
        }
    }

    /// Whether the cell is a number (right-aligned in tables).
    public var isNumeric: Bool {
        switch self {
        case .count, .year, .area, .rupiah, .percent: true
        case .text, .date, .empty: false
        }
    }
}

/// A chart of the HTML report, drawn as inline SVG.
public enum ReportChart: Sendable {
    case bars(BarChart)
    case sitePlan(SitePlan)
}

/// Horizontal bars, each showing `part` of `whole` (leased of leasable, local of all workers)
/// or a plain count when part equals whole.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public let label: String
        public let part: Int64
        public let whole: Int64
        /// The figure written beside the bar, e.g. "4.200 / 5.600 m² (75,0%)".
        public let caption: String

        public init(label: String, part: Int64, whole: Int64, caption: String) {
            self.label = label
            self.part = part
            self.whole = whole
            self.caption = caption
        }
    }

    public let title: String
    /// What the filled and the empty parts mean, e.g. ("leased", "vacant").
    public let partLegend: String
    public let restLegend: String?
    public let bars: [Bar]
    /// When true every bar is drawn to its own whole (shares); otherwise to the largest whole.
    public let eachToWhole: Bool

    public init(title: String, partLegend: String, restLegend: String?, bars: [Bar], eachToWhole: Bool) {
        self.title = title
        self.partLegend = partLegend
        self.restLegend = restLegend
        self.bars = bars
        self.eachToWhole = eachToWhole
    }
}

/// The site plan: phase boundaries and plot outlines coloured by status on the report's date.
public struct SitePlan: Sendable {
    public struct Shape: Sendable {
        public let code: String
        public let outline: PlanPolygon
        public let status: PlotStatus
        /// Shown on hover: the tenant, area and lease end.
        public let tooltip: String
        /// Where a click on the plot leads (the dashboard's tenant page); none in printed reports.
        public var link: String?

        public init(code: String, outline: PlanPolygon, status: PlotStatus, tooltip: String, link: String? = nil) {
            self.code = code
            self.outline = outline
            self.status = status
            self.tooltip = tooltip
            self.link = link
        }
    }

    public let title: String
    public let phases: [(name: String, boundary: PlanPolygon)]
    public var plots: [Shape]
    /// The language of the legend's status names.
    public let language: Language

    public init(
        title: String, phases: [(name: String, boundary: PlanPolygon)], plots: [Shape], language: Language
    ) {
        self.title = title
        self.phases = phases
        self.plots = plots
        self.language = language
    }
}
