/// A lease's fixed dates corrected before it starts (issue 15): a signed lease that has not yet
/// begun may move its start or end; once it runs its dates are history (end or terminate it).
/// Overlaps with the plot's other leases are refused by the store's check of the estate after.
/// The application the allocation housed with the lease closes on the lease's new start, so that
/// the firm is never both housed and waiting, nor neither.
extension Estate {
    /// The signed lease on `plot` starting `starting`, moved to start `newStart` and end `end`
    /// (nil keeps one; `openEnd` removes the end); refused once it has started on `today`, when
    /// the new start is before `today`, or when nothing changes. With `holder`, only a lease that
    /// firm holds is found (a firm's page moves only its own).
    public func reschedulingLease(
        on plot: String, starting: CivilDate, newStart: CivilDate?, end: CivilDate?, openEnd: Bool, today: CivilDate,
        holder: NIB? = nil
    ) throws -> RecordChange {
        let code = try Plot.normalise(code: plot, field: "plot")
        guard let old = leases(onPlot: code).first(where: { $0.start == starting && (holder == nil || $0.nib == holder) })
        else {
            let starts = leases(onPlot: code).map(\.start.iso)
            throw RecordChangeRefusal.missing(
                what: "lease",
                key: "of plot \(code) starting \(starting.iso)" + (holder.map { " held by NIB \($0)" } ?? "") + " (its leases start: "
                    + (starts.isEmpty ? "none" : starts.joined(separator: ", ")) + ")")
        }
        guard old.state == .signed, today < old.start else {
            throw RecordChangeRefusal.notAllowed(
                "the lease of \(code) from \(old.start.iso) has started (today is \(today.iso)) or is closed; its dates are "
                    + "fixed once it runs: end or terminate it instead",
                indonesian: "sewa kavling \(code) mulai \(old.start.iso) sudah berjalan (hari ini \(today.iso)) atau "
                    + "sudah selesai; tanggalnya tidak dapat diubah lagi setelah sewa berjalan: akhiri atau putus sewa "
                    + "itu sebagai gantinya")
        }
        if openEnd, let end {
            throw InputError(
                field: "end", value: end.iso, problem: "is given with open_end",
                fix: "Either give the corrected end or make the lease open-ended, not both.",
                masalah: "diisi bersama open_end",
                perbaikan: "Isikan tanggal akhir yang benar atau jadikan sewa tanpa akhir, jangan keduanya.")
        }
        if let newStart, newStart <= today {
            throw InputError(
                field: "new_start", value: newStart.iso, problem: "is not after today (\(today.iso))",
                fix: "A lease not yet started may move to a later day than today; a lease starting now is signed anew.",
                masalah: "tidak sesudah hari ini (\(today.iso))",
                perbaikan: "Sewa yang belum mulai dapat dipindahkan ke hari sesudah hari ini; "
                    + "sewa yang mulai sekarang ditandatangani sebagai sewa baru.")
        }
        let new = try Lease(
            plotCode: code, nib: old.nib, start: newStart ?? old.start, end: openEnd ? nil : end ?? old.end, state: .signed,
            agreedMonthlyRent: old.agreedMonthlyRent)
        guard new != old else {
            throw RecordChangeRefusal.notAllowed(
                "the lease of \(code) from \(old.start.iso) already has these dates; nothing to change",
                indonesian: "sewa kavling \(code) mulai \(old.start.iso) sudah memiliki tanggal-tanggal ini; "
                    + "tidak ada yang perlu diubah")
        }
        let housed = try housedApplication(by: old).map { application in
            (old: application, new: try application.closed(.housed(on: max(new.start, application.submittedOn), plot: code)))
        }
        return RecordChange(
            changed: .rescheduledLease(old: old, new: new, housed: housed?.new), subject: "lease of \(code) from \(old.start.iso)",
            before: old.period, after: new.period,
            estate: replacing(
                applications: housed.map { moved in applications.map { $0 == moved.old ? moved.new : $0 } },
                leases: leases.map { $0 == old ? new : $0 }))
    }

    /// The firm's application the allocation closed as housed by `lease` (on its plot, from its
    /// start or the day it was submitted, whichever is later), if any.
    private func housedApplication(by lease: Lease) -> Application? {
        applications.first { application in
            application.nib == lease.nib
                && application.closing == .housed(on: max(lease.start, application.submittedOn), plot: lease.plotCode)
        }
    }
}

extension Lease {
    /// The lease's holder and dates in the audit log's words.
    var period: String { "\(nib) from \(start.iso) until \(end?.iso ?? "open")" }
}
