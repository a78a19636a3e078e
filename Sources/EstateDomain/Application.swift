/// A firm's request for a plot: an entry on the waitlist while it is active, and a record of how
/// it closed afterwards (housed, withdrawn, refused; lapsing is read off its dates).
public struct Application: Hashable, Sendable {
    public let nib: NIB
    public let minArea: Area
    public let maxArea: Area
    /// The phase the firm asks for; nil for any phase.
    public let phase: Int?
    public let submittedOn: CivilDate
    /// The last time the firm said it still wants a plot.
    public let reconfirmedOn: CivilDate?
    /// How and when it closed; nil while it is open (active, or lapsed by its dates).
    public let closing: ApplicationClosing?

    public init(
        nib: NIB, minArea: Area, maxArea: Area, phase: Int? = nil, submittedOn: CivilDate,
        reconfirmedOn: CivilDate? = nil, closing: ApplicationClosing? = nil
    ) throws {
        guard minArea <= maxArea else {
            throw InputError(
                field: "max_area_m2", value: maxArea.squareMetresText,
                problem: "is smaller than min_area_m2 (\(minArea.squareMetresText))",
                fix: "Give a range whose maximum is at least its minimum.",
                masalah: "lebih kecil dari min_area_m2 (\(minArea.squareMetresText))",
                perbaikan: "Isikan rentang luas yang batas atasnya sekurang-kurangnya sama dengan batas bawahnya.")
        }
        if let phase, !(1...9999).contains(phase) {
            throw InputError(
                field: "phase", value: String(phase), problem: "is not a phase number",
                fix: "Give the phase's number, e.g. 1 or 2, or leave it empty for any phase.",
                masalah: "bukan nomor tahap",
                perbaikan: "Isikan nomor tahap, misalnya 1 atau 2, atau kosongkan untuk tahap mana saja.")
        }
        if let reconfirmedOn, reconfirmedOn < submittedOn {
            throw InputError(
                field: "reconfirmed_on", value: reconfirmedOn.iso,
                problem: "is before submitted_on (\(submittedOn.iso))",
                fix: "A firm reconfirms after it applies; check the dates.",
                masalah: "lebih awal dari submitted_on (\(submittedOn.iso))",
                perbaikan: "Perusahaan mengonfirmasi ulang sesudah mengajukan permohonan; periksa tanggalnya.")
        }
        if let closing, closing.on < submittedOn {
            throw InputError(
                field: "closed_on", value: closing.on.iso, problem: "is before submitted_on (\(submittedOn.iso))",
                fix: "An application closes on or after the day it was submitted; check the dates.",
                masalah: "lebih awal dari submitted_on (\(submittedOn.iso))",
                perbaikan: "Permohonan ditutup pada hari pengajuannya atau sesudahnya; periksa tanggalnya.")
        }
        self.nib = nib
        self.closing = closing
        self.minArea = minArea
        self.maxArea = maxArea
        self.phase = phase
        self.submittedOn = submittedOn
        self.reconfirmedOn = reconfirmedOn
    }

    /// The last day the firm confirmed its interest.
    public var lastConfirmed: CivilDate { reconfirmedOn ?? submittedOn }

    /// The last confirmation known on `date` (a reconfirmation dated later does not count yet).
    public func lastConfirmed(asOf date: CivilDate) -> CivilDate {
        reconfirmedOn.map { $0 <= date ? $0 : submittedOn } ?? submittedOn
    }

    /// Whether the application exists on `date` (it was submitted on or before it).
    public func isSubmitted(asOf date: CivilDate) -> Bool { submittedOn <= date }

    /// The same application closed so.
    public func closed(_ closing: ApplicationClosing) throws -> Application {
        try Application(
            nib: nib, minArea: minArea, maxArea: maxArea, phase: phase, submittedOn: submittedOn,
            reconfirmedOn: reconfirmedOn, closing: closing)
    }

    /// Its state on `date` under `parameters`: closed from its closing day; lapsed from the day
    /// it has been stale for longer than the rule set's grace period (never, when the rule set
    /// names none); else active (stale or not). Not yet submitted reads as active: callers list
    /// only submitted applications.
    public func state(asOf date: CivilDate, under parameters: RuleSetParameters?) -> ApplicationState {
        if let closing, closing.on <= date { return closing.state }
        if let lapse = lapsesOn(asOf: date, under: parameters), lapse <= date { return .lapsed }
        return .active
    }

    /// The day it lapses unless reconfirmed, counted from its last confirmation known on `date`:
    /// the first day it has been stale for more than the grace period; nil when the rule set
    /// names no grace period. A lapsed application cannot be reconfirmed (the firm applies
    /// again), so a stored reconfirmation never falls after its lapse, except in records
    /// written before lapsing existed.
    public func lapsesOn(asOf date: CivilDate, under parameters: RuleSetParameters?) -> CivilDate? {
        guard let parameters, let grace = parameters.waitlistLapseGraceDays else { return nil }
        return lastConfirmed(asOf: date).adding(days: parameters.waitlistStaleAfterDays + grace + 1)
    }

    /// Stale when not confirmed for more than `days` days before `date`.
    public func isStale(asOf date: CivilDate, afterDays days: Int) -> Bool {
        lastConfirmed(asOf: date).days(until: date) > days
    }
}

/// The states an application passes through (issue 15): only active ones are on the waitlist,
/// in an allocation and in the expansion's demand; the others stay readable as history.
public enum ApplicationState: String, CaseIterable, Hashable, Sendable, Codable {
    /// On the waitlist (stale ones too, until they lapse).
    case active
    /// Given a plot: closed by the allocation commit that leased it one, in its transaction.
    case housed
    /// Withdrawn by the firm, with a date and a reason.
    case withdrawn
    /// Stale for longer than the rule set's grace period beyond its reconfirmation window.
    case lapsed
    /// Refused by an officer under a required rule the firm failed, named.
    case refused
}

/// How an application closed, and on which day.
public enum ApplicationClosing: Hashable, Sendable {
    /// Leased `plot` from `on` by an allocation commit.
    case housed(on: CivilDate, plot: String)
    /// The firm withdrew it on `on`, for `reason`.
    case withdrawn(on: CivilDate, reason: String)
    /// An officer refused it on `on` under the required rules `rules` (their ids, `;`-joined).
    case refused(on: CivilDate, rules: String)

    public var on: CivilDate {
        switch self {
        case .housed(let on, _), .withdrawn(let on, _), .refused(let on, _): on
        }
    }

    public var state: ApplicationState {
        switch self {
        case .housed: .housed
        case .withdrawn: .withdrawn
        case .refused: .refused
        }
    }

    /// The plot it was housed on, the firm's reason, or the rules that refused it.
    public var detail: String {
        switch self {
        case .housed(_, let plot): plot
        case .withdrawn(_, let reason): reason
        case .refused(_, let rules): rules
        }
    }
}
