/// Why a change to a stored record is refused: the record is not there, or its state does not
/// allow the change. The store turns these into its typed conflicts.
public enum RecordChangeRefusal: Error, Hashable, Sendable {
    /// No `what` with `key` (e.g. no signed lease on a plot on a day).
    case missing(what: String, key: String)
    /// The record exists but may not change so; the text says why and what to do instead, in
    /// English and in Bahasa Indonesia.
    case notAllowed(String, indonesian: String)
}

/// One record moved along its life (a plot withdrawn, an application reconfirmed, a lease ended
/// or terminated): the record as it becomes, how it reads before and after for the audit log,
/// and the estate with the change made.
public struct RecordChange: Sendable {
    /// The changed record, as it will be stored.
    public enum Changed: Hashable, Sendable {
        case plot(Plot)
        case application(Application)
        /// A firm's record as corrected (the registry's, not one estate's).
        case tenant(Tenant)
        /// The lease as it becomes, with the start that identifies it.
        case lease(Lease)
        /// A firm's partnership as corrected or ended, with the one it replaces.
        case partnership(nib: NIB, old: Partnership, new: Partnership)
        /// A lease not yet started with its dates corrected, the lease as it was (its start found
        /// it), and the application it housed, closed on the new start.
        case rescheduledLease(old: Lease, new: Lease, housed: Application?)
        /// A firm's declaration as corrected: a new version, the ones before kept.
        case declaration(nib: NIB, new: Declaration)
    }

    public let changed: Changed
    /// What the audit log names, e.g. `plot A-05` or `lease of A-03 from 2024-01-01`.
    public let subject: String
    public let before: String
    public let after: String
    /// The estate once the change is made, for the checks of the estate as a whole.
    public let estate: Estate
}

extension Estate {
    /// Withdraws `plot` from leasing from `on`; refused when it is already withdrawn or a lease
    /// still runs on or after that day.
    public func withdrawing(plot code: String, on: CivilDate) throws -> RecordChange {
        let code = try Plot.normalise(code: code, field: "plot")
        guard let plot = plots.first(where: { $0.code == code }) else {
            throw RecordChangeRefusal.missing(what: "plot", key: code)
        }
        if let withdrawn = plot.withdrawnOn {
            throw RecordChangeRefusal.notAllowed(
                "plot \(code) is already withdrawn from \(withdrawn.iso); nothing to change",
                indonesian: "kavling \(code) sudah ditarik sejak \(withdrawn.iso); tidak ada yang perlu diubah")
        }
        if let lease = leases(onPlot: code).first(where: { $0.runs(onOrAfter: on) }) {
            let holder = tenant(lease.nib)?.legalName ?? lease.nib.digits
            throw RecordChangeRefusal.notAllowed(
                "plot \(code) is leased to \(holder) until \(lease.effectiveEnd?.iso ?? "an open end"), after "
                    + "\(on.iso); end or terminate that lease first (`estate lease end \(code) --on DATE`)",
                indonesian: "kavling \(code) disewa oleh \(holder) sampai "
                    + "\(lease.effectiveEnd?.iso ?? "waktu yang tidak ditentukan"), melewati \(on.iso); akhiri atau "
                    + "putus sewa itu terlebih dahulu (`estate lease end \(code) --on DATE`)")
        }
        let withdrawn = try Plot(code: plot.code, phase: plot.phase, area: plot.area, outline: plot.outline, withdrawnOn: on)
        return RecordChange(
            changed: .plot(withdrawn), subject: "plot \(code)", before: "leasable", after: "withdrawn from \(on.iso)",
            estate: replacing(plots: plots.map { $0.code == code ? withdrawn : $0 }))
    }

    /// Ends the signed lease running on `plot` on its agreed last day: `on` must be its end (or it
    /// is open-ended). It reads `ended` once `on` is not after `today`, else it stays signed.
    public func endingLease(on plot: String, on: CivilDate, today: CivilDate, holder: NIB? = nil) throws -> RecordChange {
        let lease = try runningLease(on: plot, stoppingOn: on, holder: holder)
        if let end = lease.end, end != on {
            throw RecordChangeRefusal.notAllowed(
                "the lease on \(lease.plotCode) runs until \(end.iso), not \(on.iso); to stop it earlier use "
                    + "`estate lease terminate \(lease.plotCode) --on \(on.iso) --reason TEXT`",
                indonesian: "sewa kavling \(lease.plotCode) berlaku sampai \(end.iso), bukan \(on.iso); untuk "
                    + "menghentikannya lebih awal, gunakan "
                    + "`estate lease terminate \(lease.plotCode) --on \(on.iso) --reason TEXT`")
        }
        let ended = try Lease(
            plotCode: lease.plotCode, nib: lease.nib, start: lease.start, end: on, state: on <= today ? .ended : .signed,
            agreedMonthlyRent: lease.agreedMonthlyRent)
        return leaseChange(lease, to: ended)
    }

    /// Stops the signed lease running on `plot` early: it no longer runs from `on`, for `reason`.
    public func terminatingLease(on plot: String, on: CivilDate, reason: String, holder: NIB? = nil) throws -> RecordChange {
        let lease = try runningLease(on: plot, stoppingOn: on, holder: holder)
        let terminated = try Lease(
            plotCode: lease.plotCode, nib: lease.nib, start: lease.start, end: lease.end,
            state: .terminated(on: on, reason: reason), agreedMonthlyRent: lease.agreedMonthlyRent)
        return leaseChange(lease, to: terminated)
    }

    /// The signed lease on `plot` that started before `on` and still runs the day before it (held
    /// by `holder`, when given).
    private func runningLease(on plot: String, stoppingOn on: CivilDate, holder: NIB? = nil) throws -> Lease {
        let code = try Plot.normalise(code: plot, field: "plot")
        guard plots.contains(where: { $0.code == code }) else {
            throw RecordChangeRefusal.missing(what: "plot", key: code)
        }
        let running = leases(onPlot: code).first {
            $0.state == .signed && $0.start < on && $0.effectiveEnd.map { on <= $0 } ?? true
                && (holder == nil || $0.nib == holder)
        }
        guard let running else {
            throw RecordChangeRefusal.missing(
                what: "signed lease",
                key: "on plot \(code) running on \(on.adding(days: -1).iso)" + (holder.map { " held by NIB \($0)" } ?? ""))
        }
        return running
    }

    private func leaseChange(_ old: Lease, to new: Lease) -> RecordChange {
        RecordChange(
            changed: .lease(new), subject: "lease of \(old.plotCode) from \(old.start.iso)", before: old.summary,
            after: new.summary, estate: replacing(leases: leases.map { $0 == old ? new : $0 }))
    }

    func replacing(
        plots: [Plot]? = nil, tenants: TenantRegistry? = nil, applications: [Application]? = nil, leases: [Lease]? = nil
    ) -> Estate {
        Estate(
            name: name, regency: regency, phases: phases, plots: plots ?? self.plots, tenants: tenants ?? self.tenants,
            leases: leases ?? self.leases,
            applications: applications ?? self.applications, ruleBook: ruleBook, unreadable: unreadable)
    }
}

extension Lease {
    /// The lease in one line for the audit log: holder, period and state.
    fileprivate var summary: String {
        var text = "\(nib) from \(start.iso) until \(end?.iso ?? "open"), \(state.name)"
        if case .terminated(let on, let reason) = state { text += " on \(on.iso) (\(reason))" }
        return text
    }
}
