/// What a partnership record holds beyond its partner, product and dates (issue 18, item 5): the
/// registered large industry it is with, the forum whose meeting it followed, its value a year,
/// and the jobs it brings with how many go to residents of Kabupaten Bekasi. Every part is
/// optional: a partnership recorded before the forum existed keeps its free-text partner and has
/// none of them until an officer adds them, and the Dinas's report says which are missing.
public struct PartnershipTerms: Hashable, Sendable {
    /// The registered large industry (its NIB), when the partner is one.
    public let industry: NIB?
    /// The forum whose meeting with `industry` led to it; nil when it came about outside a forum.
    public let forum: String?
    public let valuePerYear: Rupiah?
    public let jobs: Int?
    public let localJobs: Int?

    /// A partnership with nothing but its names and dates.
    public static let none = PartnershipTerms(unchecked: nil, forum: nil, valuePerYear: nil, jobs: nil, localJobs: nil)

    /// Terms whose value is from Rp0 to `ForumOutcome.valueLimit`, whose jobs are 0 to 100,000 and
    /// whose local jobs are at most the jobs (so given only with them); a forum names its industry.
    public init(
        industry: NIB? = nil, forum: String? = nil, valuePerYear: Rupiah? = nil, jobs: Int? = nil, localJobs: Int? = nil
    ) throws {
        func refuse(_ field: String, _ value: String, _ problem: String, _ fix: String, _ masalah: String, _ perbaikan: String) -> InputError {
            InputError(field: field, value: value, problem: problem, fix: fix, masalah: masalah, perbaikan: perbaikan)
        }
        if let valuePerYear, valuePerYear.amount < 0 || valuePerYear.amount > ForumOutcome.valueLimit {
            throw refuse(
                "value_per_year", valuePerYear.description, "is not from Rp0 to Rp100 trillion", "Give the value a year, e.g. Rp600.000.000.",
                "tidak di antara Rp0 dan Rp100 triliun", "Isi nilai per tahun, misalnya Rp600.000.000.")
        }
        try Self.checkJobs(jobs, local: localJobs)
        if forum != nil, industry == nil {
            throw refuse(
                "industry", "", "is missing for a partnership that followed a forum", "Give the large industry's NIB the firm met.",
                "kosong untuk kemitraan hasil forum", "Isi NIB industri besar yang ditemui.")
        }
        self.init(
            unchecked: industry, forum: try forum.map { try ForumEvent.code($0, field: "forum") }, valuePerYear: valuePerYear,
            jobs: jobs, localJobs: localJobs)
    }

    /// The jobs a partnership brings, 0 to 100,000, and the local ones among them: at most the
    /// jobs, so given only with them. A forum's partnership outcome is checked by the same rule.
    public static func checkJobs(_ jobs: Int?, local localJobs: Int?) throws {
        if let jobs, !(0...100_000).contains(jobs) {
            throw InputError(
                field: "jobs", value: String(jobs), problem: "is not from 0 to 100000", fix: "Give the jobs it creates, e.g. 6.",
                masalah: "tidak di antara 0 dan 100000", perbaikan: "Isi lapangan kerja yang tercipta, misalnya 6.")
        }
        if let localJobs, localJobs < 0 || localJobs > (jobs ?? -1) {
            throw InputError(
                field: "local_jobs", value: String(localJobs), problem: "is below 0, more than the jobs, or given without them",
                fix: "Give the jobs first, then how many go to Kabupaten Bekasi residents.",
                masalah: "di bawah 0, melebihi jumlah lapangan kerja, atau tanpa jumlahnya",
                perbaikan: "Isi jumlah lapangan kerja dulu, lalu berapa untuk warga Kabupaten Bekasi.")
        }
    }

    private init(unchecked industry: NIB?, forum: String?, valuePerYear: Rupiah?, jobs: Int?, localJobs: Int?) {
        self.industry = industry
        self.forum = forum
        self.valuePerYear = valuePerYear
        self.jobs = jobs
        self.localJobs = localJobs
    }

    /// Whether no part is recorded.
    public var isEmpty: Bool { self == .none }

    /// The recorded parts in one line for the audit log, e.g. `industry 8120…, value Rp600.000.000 a year, 6 jobs (5 local)`.
    public var summary: String {
        [
            industry.map { "industry \($0)" }, forum.map { "forum \($0)" },
            valuePerYear.map { "value \($0) a year" },
            jobs.map { "\($0) jobs" + (localJobs.map { " (\($0) local)" } ?? "") },
        ].compactMap { $0 }.joined(separator: ", ")
    }
}
