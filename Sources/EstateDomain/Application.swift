/// A firm's request for a plot: an entry on the waitlist.
public struct Application: Hashable, Sendable {
    public let nib: NIB
    public let minArea: Area
    public let maxArea: Area
    /// The phase the firm asks for; nil for any phase.
    public let phase: Int?
    public let submittedOn: CivilDate
    /// The last time the firm said it still wants a plot.
    public let reconfirmedOn: CivilDate?

    public init(
        nib: NIB, minArea: Area, maxArea: Area, phase: Int? = nil, submittedOn: CivilDate,
        reconfirmedOn: CivilDate? = nil
    ) throws {
        guard minArea <= maxArea else {
            throw InputError(
                field: "max_area_m2", value: maxArea.squareMetresText,
                problem: "is smaller than min_area_m2 (\(minArea.squareMetresText))",
                fix: "Give a range whose maximum is at least its minimum.")
        }
        if let phase, !(1...9999).contains(phase) {
            throw InputError(
                field: "phase", value: String(phase), problem: "is not a phase number",
                fix: "Give the phase's number, e.g. 1 or 2, or leave it empty for any phase.")
        }
        if let reconfirmedOn, reconfirmedOn < submittedOn {
            throw InputError(
                field: "reconfirmed_on", value: reconfirmedOn.iso,
                problem: "is before submitted_on (\(submittedOn.iso))",
                fix: "A firm reconfirms after it applies; check the dates.")
        }
        self.nib = nib
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

    /// Stale when not confirmed for more than `days` days before `date`.
    public func isStale(asOf date: CivilDate, afterDays days: Int) -> Bool {
        lastConfirmed(asOf: date).days(until: date) > days
    }
}
