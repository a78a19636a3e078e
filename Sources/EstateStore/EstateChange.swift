import EstateDomain

/// A change to a record the store already holds, made by an officer: the updates an import
/// (which only adds) cannot make. Each is checked against the stored estate, written with its
/// audit entry in one transaction, and refused with a reason an officer can act on.
public enum EstateChange: Hashable, Sendable {
    /// The plot leaves the leasable stock from `on` (sold, merged, turned into a road).
    case withdrawPlot(code: String, on: CivilDate)
    /// Corrects the plot's measured area or drawn outline (nil keeps one; `removeOutline` drops it).
    case correctPlot(code: String, area: Area?, outline: PlanPolygon?, removeOutline: Bool)
    /// The firm says it still wants a plot: its newest application counts as confirmed on `on`.
    case reconfirm(nib: NIB, on: CivilDate)
    /// Corrects a firm's record: its name, NPWP, KBLI codes, address, contact or legal form (nil
    /// keeps a value).
    case updateTenant(
        nib: NIB, name: String?, npwp: NPWP?, kbli: [KBLI]?, address: String? = nil, contact: String? = nil,
        legalForm: LegalForm? = nil)
    /// The firm withdraws its active application (the one submitted on `submitted`, else its
    /// only one) from `on`, for `reason`: it leaves the waitlist for good.
    case withdrawApplication(nib: NIB, submitted: CivilDate?, on: CivilDate, reason: String)
    /// An officer refuses the firm's active application from `on`, under the required rules the
    /// firm fails then (refused when it fails none).
    case refuseApplication(nib: NIB, submitted: CivilDate?, on: CivilDate)
    /// The lease on the plot stops running on `on` (the first day it no longer runs): an
    /// open-ended lease gets that end; a lease whose end is `on` is marked ended. With `holder`,
    /// only a lease that firm holds (a page about that firm asked for it).
    case endLease(plot: String, on: CivilDate, holder: NIB? = nil)
    /// The lease on the plot stops early on `on`, before its agreed end, for `reason`.
    case terminateLease(plot: String, on: CivilDate, reason: String, holder: NIB? = nil)
    /// The signed lease on the plot starting `starting`, not yet begun, gets a new start and/or
    /// end (nil keeps one; `openEnd` removes the end); with `holder`, only a lease that firm holds.
    case rescheduleLease(
        plot: String, starting: CivilDate, newStart: CivilDate?, end: CivilDate?, openEnd: Bool, holder: NIB? = nil)
    /// Corrects the firm's partnership with `partner` for `product` (its names, start or end).
    case correctPartnership(nib: NIB, partner: String, product: String, correction: PartnershipCorrection)
    /// The firm's partnership with `partner` for `product` is no longer in force from `on`.
    case endPartnership(nib: NIB, partner: String, product: String, on: CivilDate)
    /// Corrects the firm's declaration for `figures.fiscalYear` by a new version with these
    /// figures; the version before stays, superseded.
    case correctDeclaration(nib: NIB, figures: Declaration, correction: DeclarationCorrection)
}

extension EstateChange {
    /// Whether the change writes the registry every estate shares (a firm's record), so that it
    /// excludes every estate's writes while it runs.
    public var writesRegistry: Bool {
        switch self {
        case .updateTenant, .correctPartnership, .endPartnership, .correctDeclaration: true
        default: false
        }
    }
}

extension EstateChange {
    /// What the change makes of `estate` on `today`, as the domain decides it (`RecordChanges`),
    /// without writing: the store plans its write from it, and a page may ask it before
    /// confirming. The domain's refusal comes as the store's typed error.
    public func recordChange(in estate: Estate, today: CivilDate) throws -> RecordChange {
        do {
            switch self {
            case .withdrawPlot(let code, let on): return try estate.withdrawing(plot: code, on: on)
            case .correctPlot(let code, let area, let outline, let removeOutline):
                return try estate.correctingPlot(code, area: area, outline: outline, removeOutline: removeOutline)
            case .reconfirm(let nib, let on): return try estate.reconfirming(applicationOf: nib, on: on)
            case .updateTenant(let nib, let name, let npwp, let kbli, let address, let contact, let legalForm):
                return try estate.updatingTenant(
                    nib, name: name, npwp: npwp, kbli: kbli, address: address, contact: contact, legalForm: legalForm)
            case .withdrawApplication(let nib, let submitted, let on, let reason):
                return try estate.withdrawing(applicationOf: nib, submitted: submitted, on: on, reason: reason)
            case .refuseApplication(let nib, let submitted, let on):
                return try estate.refusing(applicationOf: nib, submitted: submitted, on: on)
            case .endLease(let plot, let on, let holder):
                return try estate.endingLease(on: plot, on: on, today: today, holder: holder)
            case .terminateLease(let plot, let on, let reason, let holder):
                return try estate.terminatingLease(on: plot, on: on, reason: reason, holder: holder)
            case .rescheduleLease(let plot, let starting, let newStart, let end, let openEnd, let holder):
                return try estate.reschedulingLease(
                    on: plot, starting: starting, newStart: newStart, end: end, openEnd: openEnd, today: today,
                    holder: holder)
            case .correctPartnership(let nib, let partner, let product, let correction):
                return try estate.correctingPartnership(of: nib, partner: partner, product: product, to: correction)
            case .endPartnership(let nib, let partner, let product, let on):
                return try estate.endingPartnership(of: nib, partner: partner, product: product, on: on)
            case .correctDeclaration(let nib, let figures, let correction):
                return try estate.correctingDeclaration(of: nib, to: figures, correction)
            }
        } catch let refusal as RecordChangeRefusal {
            throw StoreError(refusal)
        }
    }
}

/// What a change did, in words for the officer and the audit log.
public struct ChangeOutcome: Hashable, Sendable, CustomStringConvertible {
    public let subject: String
    public let before: String
    public let after: String

    public init(subject: String, before: String, after: String) {
        self.subject = subject
        self.before = before
        self.after = after
    }

    public var description: String { "\(subject): \(before) → \(after)" }
}
