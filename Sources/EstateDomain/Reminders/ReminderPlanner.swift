/// The reminders due on a day (issue 17, item 4), worked out from the records alone, so that
/// planning twice, or on every server at once, gives the same reminders (the outbox keeps each
/// key once). Windows come from the rule set in force: `expiring_within_days` for leases and
/// documents, `waitlist_stale_after_days` for reconfirmations, `declaration_due` for declarations.
public enum ReminderPlanner {
    /// An invoice is announced when it was issued within this many days: a firm whose address
    /// is entered later is not sent a year of old invoices (a choice of this software, not one of
    /// the association's rules; the statement shows every invoice).
    public static let invoiceAnnouncementDays = 14
    /// A year's declaration is asked for from this many days before its last day (the same
    /// reasoning: how early to ask is the software's, the last day is the rule set's).
    public static let declarationNoticeDays = 30

    public static func due(estate: Estate, money: MoneyRecords, documents: [FirmDocument], on date: CivilDate) -> [Reminder] {
        let name = { (nib: NIB) in estate.tenant(nib)?.legalName ?? nib.digits }
        var due = invoices(money, on: date, name: name)
        guard let parameters = try? estate.ruleBook.ruleSet(asOf: date).parameters else { return due }
        let horizon = date.adding(days: parameters.expiringWithinDays)
        for lease in estate.leases where lease.isInForce(on: date) {
            guard let end = lease.effectiveEnd, end <= horizon else { continue }
            due.append(Reminder(nib: lease.nib, firmName: name(lease.nib), subject: .leaseExpiring(plot: lease.plotCode, start: lease.start, end: end)))
        }
        for application in estate.waitlist(asOf: date)
        where application.isStale(asOf: date, afterDays: parameters.waitlistStaleAfterDays) {
            due.append(
                Reminder(
                    nib: application.nib, firmName: name(application.nib),
                    subject: .reconfirmationDue(
                        submittedOn: application.submittedOn, lastConfirmed: application.lastConfirmed(asOf: date),
                        lapsesOn: application.lapsesOn(asOf: date, under: parameters))))
        }
        if let rule = parameters.declarationDue { due += declarations(estate, rule, on: date, name: name) }
        for expiry in DocumentExpiry.report(documents, on: date, windowDays: parameters.expiringWithinDays)
        where expiry.laterOfSameKind == nil {
            let document = expiry.document
            guard let until = document.validUntil else { continue }
            due.append(
                Reminder(
                    nib: document.nib, firmName: name(document.nib),
                    subject: .documentExpiring(id: document.id, kind: document.kind, number: document.number, validUntil: until)))
        }
        return due
    }

    /// Invoices issued lately (announced) and invoices past their due date with something owed.
    static func invoices(_ money: MoneyRecords, on date: CivilDate, name: (NIB) -> String) -> [Reminder] {
        money.asOf(date).settled.filter { $0.kind != .creditNote && $0.status != .cancelled }.flatMap { invoice in
            var due: [Reminder] = []
            let number = invoice.number.description
            if invoice.issuedOn.days(until: date) < invoiceAnnouncementDays {
                due.append(
                    Reminder(
                        nib: invoice.nib, firmName: name(invoice.nib),
                        subject: .invoiceIssued(number: number, amount: invoice.figures.amountDue, dueOn: invoice.dueOn)))
            }
            if invoice.outstanding.amount > 0, invoice.dueOn < date {
                due.append(
                    Reminder(
                        nib: invoice.nib, firmName: name(invoice.nib),
                        subject: .invoiceOverdue(number: number, outstanding: invoice.outstanding, dueOn: invoice.dueOn)))
            }
            return due
        }
    }

    /// For each firm leasing or waiting: the last finished fiscal year, once its last day is
    /// `declarationNoticeDays` away or past, when it is not declared; and an older year already
    /// overdue.
    static func declarations(_ estate: Estate, _ rule: DeclarationDue, on date: CivilDate, name: (NIB) -> String)
        -> [Reminder]
    {
        let firms = estate.occupants(on: date).union(estate.waitlist(asOf: date).map(\.nib))
        return firms.sorted { $0.digits < $1.digits }.flatMap { nib -> [Reminder] in
            let latest = estate.tenant(nib)?.declarations.filter { $0.declaredOn.map { $0 <= date } ?? true }.map(\.fiscalYear).max()
            var years: Set<Int> = []
            let year = date.year - 1
            if date.days(until: rule.dueOn(fiscalYear: year)) <= declarationNoticeDays, (latest ?? .min) < year {
                years.insert(year)
            }
            if let overdue = rule.overdue(latestDeclared: latest, asOf: date) { years.insert(overdue.fiscalYear) }
            return years.sorted().map {
                Reminder(nib: nib, firmName: name(nib), subject: .declarationDue(fiscalYear: $0, dueOn: rule.dueOn(fiscalYear: $0)))
            }
        }
    }
}
