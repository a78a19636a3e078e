/// The changes of an application's life (issue 15): reconfirmed while active, withdrawn by the
/// firm, refused by an officer under a failed required rule. Housing is the allocation commit's
/// (`housing(_:)`). Each is made on an application that is active on its day and has no stored
/// closing on any day (a closing is never overwritten, nor reopened by a back-dated change), so
/// that a closed or lapsed one never reappears on the waitlist: the firm applies again instead.
extension Estate {
    /// Marks the firm's newest application active on `on` as reconfirmed on `on`.
    public func reconfirming(applicationOf nib: NIB, on: CivilDate) throws -> RecordChange {
        let application = try activeApplication(of: nib, submitted: nil, asOf: on, newest: true)
        let renewed = try Application(
            nib: nib, minArea: application.minArea, maxArea: application.maxArea, phase: application.phase,
            submittedOn: application.submittedOn, reconfirmedOn: on)
        return RecordChange(
            changed: .application(renewed), subject: Self.subject(of: application),
            before: "last confirmed \(application.lastConfirmed.iso)", after: "last confirmed \(on.iso)",
            estate: replacing(application, by: renewed))
    }

    /// The firm withdraws its active application (the one submitted on `submitted`, or its only
    /// one) from `on`, for `reason`.
    public func withdrawing(applicationOf nib: NIB, submitted: CivilDate?, on: CivilDate, reason: String) throws
        -> RecordChange
    {
        let application = try activeApplication(of: nib, submitted: submitted, asOf: on, newest: false)
        let reason = try FreeText.checked(reason, field: "reason", limit: 500, example: "sudah mendapat lahan di Cikarang")
        return try closing(application, .withdrawn(on: on, reason: reason))
    }

    /// An officer refuses the firm's active application from `on`: allowed only while the firm
    /// fails a required rule of the rule set then in force, and the refusal names those rules.
    public func refusing(applicationOf nib: NIB, submitted: CivilDate?, on: CivilDate) throws -> RecordChange {
        let application = try activeApplication(of: nib, submitted: submitted, asOf: on, newest: false)
        guard let tenant = tenant(nib) else { throw RecordChangeRefusal.missing(what: "tenant", key: nib.digits) }
        let decision = try EligibilityEvaluator(ruleBook: ruleBook).evaluate(tenant, asOf: on)
        guard !decision.eligible else {
            throw RecordChangeRefusal.notAllowed(
                "\(tenant.legalName) meets every required rule of rule set \(decision.ruleSetVersion) on \(on.iso), "
                    + "so its application cannot be refused; it stays on the waitlist (the firm may withdraw it)",
                indonesian: "\(tenant.legalName) memenuhi semua aturan wajib dalam aturan versi "
                    + "\(decision.ruleSetVersion) pada \(on.iso), sehingga permohonannya tidak dapat ditolak; "
                    + "permohonan itu tetap dalam daftar tunggu (perusahaan dapat menariknya)")
        }
        return try closing(application, .refused(on: on, rules: decision.failedRules.joined(separator: ";")))
    }

    /// The estate with the application `housed` names closed as housed: the allocation commit
    /// closes each application it leases a plot to, in the transaction that writes the lease.
    public func housing(_ application: Application, on plot: String, from start: CivilDate) throws -> RecordChange {
        try closing(application, .housed(on: max(start, application.submittedOn), plot: plot))
    }

    private func closing(_ application: Application, _ closing: ApplicationClosing) throws -> RecordChange {
        let closed = try application.closed(closing)
        return RecordChange(
            changed: .application(closed), subject: Self.subject(of: application), before: "active",
            after: "\(closing.state.rawValue) from \(closing.on.iso) (\(closing.detail))",
            estate: replacing(application, by: closed))
    }

    /// The audit log's name of an application.
    static func subject(of application: Application) -> String {
        "application of NIB \(application.nib) submitted \(application.submittedOn.iso)"
    }

    /// The firm's application active on `date`: the one submitted on `submitted`, else its only
    /// one (or its newest, for a reconfirmation); refused with the dates when there are several.
    private func activeApplication(of nib: NIB, submitted: CivilDate?, asOf date: CivilDate, newest: Bool) throws
        -> Application
    {
        let mine = applications(asOf: date).filter { $0.nib == nib }
        let active = mine.filter { $0.closing == nil && state(of: $0, asOf: date) == .active }
        func closed(_ application: Application) -> String {
            guard let closing = application.closing else { return state(of: application, asOf: date).rawValue + " on \(date.iso)" }
            return "\(closing.state.rawValue) from \(closing.on.iso)"
        }
        func closedIndonesian(_ application: Application) -> String {
            func name(_ state: ApplicationState) -> String {
                switch state {
                case .active: "aktif"
                case .housed: "mendapat kavling"
                case .withdrawn: "ditarik"
                case .lapsed: "gugur"
                case .refused: "ditolak"
                }
            }
            guard let closing = application.closing else {
                return name(state(of: application, asOf: date)) + " pada \(date.iso)"
            }
            return "\(name(closing.state)) sejak \(closing.on.iso)"
        }
        if let submitted {
            guard let found = mine.first(where: { $0.submittedOn == submitted }) else {
                throw RecordChangeRefusal.missing(what: "application", key: "of NIB \(nib) submitted \(submitted.iso)")
            }
            guard active.contains(found) else {
                throw RecordChangeRefusal.notAllowed(
                    "the application of NIB \(nib) submitted \(submitted.iso) is \(closed(found)), no longer on "
                        + "the waitlist; the firm may apply again (`estate apply`)",
                    indonesian: "permohonan NIB \(nib) yang diajukan \(submitted.iso) berstatus "
                        + "\(closedIndonesian(found)), tidak lagi dalam daftar tunggu; perusahaan dapat mengajukan "
                        + "permohonan lagi (`estate apply`)")
            }
            return found
        }
        guard let last = active.last else {
            guard let last = mine.last else {
                throw RecordChangeRefusal.missing(what: "application", key: "of NIB \(nib) submitted by \(date.iso)")
            }
            throw RecordChangeRefusal.notAllowed(
                "NIB \(nib) has no active application on \(date.iso) (its latest, submitted \(last.submittedOn.iso), "
                    + "is \(closed(last))); the firm may apply again (`estate apply`)",
                indonesian: "NIB \(nib) tidak memiliki permohonan aktif pada \(date.iso) (permohonan terakhirnya, "
                    + "diajukan \(last.submittedOn.iso), berstatus \(closedIndonesian(last))); perusahaan dapat "
                    + "mengajukan permohonan lagi (`estate apply`)")
        }
        guard newest || active.count == 1 else {
            throw RecordChangeRefusal.notAllowed(
                "NIB \(nib) has \(active.count) active applications (submitted "
                    + active.map(\.submittedOn.iso).joined(separator: ", ")
                    + "); name one with --submitted DATE (in the API, `submitted_on`)",
                indonesian: "NIB \(nib) memiliki \(active.count) permohonan aktif (diajukan "
                    + active.map(\.submittedOn.iso).joined(separator: ", ")
                    + "); sebutkan salah satunya dengan --submitted DATE (di API, `submitted_on`)")
        }
        return last
    }

    private func replacing(_ old: Application, by new: Application) -> Estate {
        replacing(applications: applications.map { $0 == old ? new : $0 })
    }
}
