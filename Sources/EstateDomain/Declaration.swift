/// A tenant's yearly figures, the basis of every eligibility decision.
public struct Declaration: Hashable, Sendable {
    public let fiscalYear: Int
    /// Annual sales (hasil penjualan tahunan) for the fiscal year.
    public let turnover: Rupiah
    /// Total workforce.
    public let workers: Int
    /// Workers resident in Kabupaten Bekasi.
    public let localWorkers: Int
    /// Investment excluding land and buildings.
    public let investment: Rupiah
    /// The day the figures were filed; when unknown, the first day after the fiscal year.
    public let declaredOn: CivilDate?

    public init(
        fiscalYear: Int, turnover: Rupiah, workers: Int, localWorkers: Int, investment: Rupiah,
        declaredOn: CivilDate? = nil
    ) throws {
        guard (1990...2200).contains(fiscalYear) else {
            throw InputError(
                field: "fiscal_year", value: String(fiscalYear), problem: "is not a fiscal year",
                fix: "Write the four-digit year the figures cover, e.g. 2025.")
        }
        guard (0...100_000).contains(workers) else {
            throw InputError(
                field: "workers", value: String(workers), problem: "is not a workforce",
                fix: "Write the total number of workers, zero or more.")
        }
        guard (0...workers).contains(localWorkers) else {
            throw InputError(
                field: "local_workers", value: String(localWorkers),
                problem: "is not between 0 and workers (\(workers))",
                fix: "Write how many of the workers live in Kabupaten Bekasi.")
        }
        self.fiscalYear = fiscalYear
        self.turnover = turnover
        self.workers = workers
        self.localWorkers = localWorkers
        self.investment = investment
        self.declaredOn = declaredOn
    }

    /// The first day these figures count: the filing day, or 1 January after the fiscal year.
    public var effectiveFrom: CivilDate {
        declaredOn ?? CivilDate(year: fiscalYear + 1, month: 1, day: 1)!
    }
}
