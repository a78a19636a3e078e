/// A lease of one plot to one tenant over a half-open period [start, end); the end may be open.
public struct Lease: Hashable, Sendable, Codable {
    public let plotCode: String
    public let nib: NIB
    public let start: CivilDate
    /// The first day the lease no longer runs; nil for an open-ended lease.
    public let end: CivilDate?
    public let state: State
    /// The monthly rent the lease's contract agrees instead of the tariff's (invoices use it for the
    /// rent line; the service charge stays the tariff's); nil to bill by the tariff.
    public let agreedMonthlyRent: Rupiah?

    /// Where a lease is in its life.
    public enum State: Hashable, Sendable, Codable {
        /// Signed and running (or due to run) to its end.
        case signed
        /// Ran to its end.
        case ended
        /// Ended early on `on` (the first day it no longer runs) for `reason`.
        case terminated(on: CivilDate, reason: String)

        public var name: String {
            switch self {
            case .signed: "signed"
            case .ended: "ended"
            case .terminated: "terminated"
            }
        }
    }

    /// A termination's reason is checked as typed (`FreeText`) and kept trimmed.
    public init(
        plotCode: String, nib: NIB, start: CivilDate, end: CivilDate?, state: State = .signed,
        agreedMonthlyRent: Rupiah? = nil
    ) throws {
        var state = state
        let period = "\(start.iso) to \(end?.iso ?? "open")"
        let periode = "\(start.iso) sampai \(end?.iso ?? "waktu terbuka")"
        if let end, end <= start {
            throw InputError(
                field: "end", value: end.iso, problem: "is not after the start \(start.iso)",
                fix: "The end is the first day the lease no longer runs; make it later than the start.",
                masalah: "tidak sesudah tanggal mulai \(start.iso)",
                perbaikan: "Tanggal akhir adalah hari pertama sewa tidak berlaku lagi; "
                    + "buat lebih lambat dari tanggal mulai.")
        }
        if state == .ended, end == nil {
            throw InputError(
                field: "status", value: "ended", problem: "needs an end date (period \(period))",
                fix: "Give the end date, or mark the lease terminated with the day and reason.",
                masalah: "memerlukan tanggal akhir (masa sewa \(periode))",
                perbaikan: "Isikan tanggal akhirnya, atau tandai sewa sebagai diputus dengan tanggal dan alasannya.")
        }
        if case .terminated(let on, let reason) = state {
            guard start < on, end.map({ on <= $0 }) ?? true else {
                throw InputError(
                    field: "terminated_on", value: on.iso, problem: "is not inside the lease period \(period)",
                    fix: "Give the first day the lease no longer ran, after its start and not after its end.",
                    masalah: "tidak berada dalam masa sewa \(periode)",
                    perbaikan: "Isikan hari pertama sewa tidak berlaku lagi, sesudah tanggal mulai dan tidak sesudah "
                        + "tanggal akhirnya.")
            }
            state = .terminated(
                on: on,
                reason: try FreeText.checked(
                    reason, field: "termination_reason", limit: 500, example: "usaha pindah ke Karawang"))
        }
        self.plotCode = try Plot.normalise(code: plotCode, field: "plot")
        self.nib = nib
        self.start = start
        self.end = end
        self.state = state
        self.agreedMonthlyRent = agreedMonthlyRent
    }

    /// The first day the lease no longer runs, after any early termination; nil if open.
    public var effectiveEnd: CivilDate? {
        if case .terminated(let on, _) = state { return on }
        return end
    }

    /// Whether the lease runs on `date`.
    public func isInForce(on date: CivilDate) -> Bool {
        start <= date && effectiveEnd.map { date < $0 } ?? true
    }

    /// Whether the lease runs on any day on or after `date`.
    public func runs(onOrAfter date: CivilDate) -> Bool { effectiveEnd.map { date < $0 } ?? true }

    /// Whether both leases are on the same plot for at least one common day.
    public func overlaps(_ other: Lease) -> Bool {
        guard plotCode == other.plotCode else { return false }
        let endsAfterOtherStarts = effectiveEnd.map { other.start < $0 } ?? true
        let otherEndsAfterStart = other.effectiveEnd.map { start < $0 } ?? true
        return endsAfterOtherStarts && otherEndsAfterStart
    }
}
