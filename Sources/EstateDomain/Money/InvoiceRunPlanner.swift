/// Plans one invoice run of an estate for a month: which leases get a periodic invoice (every
/// lease in force on at least one day of it that has none yet), which get their deposit (a
/// lease starting in the month that has none), each numbered on from the estate's last number
/// of the year, and which leases cannot be billed and why. Pure: the store reads what it needs
/// inside the issuing transaction and writes what this returns.
public struct InvoiceRunPlanner: Sendable {
    public let estate: String
    public let period: BillingPeriod
    public let tariffs: TariffSchedule
    public let calculator: InvoiceCalculator

    public init(estate: String, period: BillingPeriod, tariffs: TariffSchedule, calculator: InvoiceCalculator) {
        self.estate = estate
        self.period = period
        self.tariffs = tariffs
        self.calculator = calculator
    }

    /// One invoice to issue, with the lease it bills.
    public struct Issue: Hashable, Sendable {
        public let lease: LeaseKey
        public let invoice: Invoice
    }

    /// A lease in force in the month that gets no invoice, and why (no tariff for its phase).
    public struct Skipped: Hashable, Sendable {
        public let lease: LeaseKey
        public let nib: NIB
        public let reason: String
        public let alasan: String
    }

    public struct Plan: Hashable, Sendable {
        public let issues: [Issue]
        public let skipped: [Skipped]
        /// Leases of the month that already had their periodic invoice (a rerun issues nothing).
        public let alreadyInvoiced: Int
        /// Leases billed with no withholding because their legal form is not known.
        public let unknownLegalForm: [NIB]
    }

    /// - Parameters:
    ///   - leases: every lease of the estate; those not in force in the month are passed over.
    ///   - invoiced: leases whose periodic invoice of this month stands (not cancelled).
    ///   - withDeposit: leases that already have a deposit invoice.
    ///   - lastSequence: the highest invoice number of the series and the period's year so far.
    public func plan(leases: [BillableLease], invoiced: Set<LeaseKey>, withDeposit: Set<LeaseKey>, lastSequence: Int)
        throws -> Plan
    {
        let issuedOn = period.firstDay
        var sequence = lastSequence
        var issues: [Issue] = []
        var skipped: [Skipped] = []
        var already = 0
        var unknown: [NIB] = []
        for lease in leases.sorted(by: { $0.key < $1.key }) where period.daysInForce(start: lease.start, end: lease.end) > 0 {
            guard let tariff = tariffs.tariff(phase: lease.phase, on: issuedOn) else {
                skipped.append(Skipped(
                    lease: lease.key, nib: lease.nib,
                    reason: "no tariff for phase \(lease.phase) on \(issuedOn.iso); import one with estate import tariffs",
                    alasan: "tidak ada tarif untuk tahap \(lease.phase) pada \(issuedOn.iso); impor dengan estate import tariffs"))
                continue
            }
            if invoiced.contains(lease.key) {
                already += 1
            } else if let figures = try calculator.periodic(lease, tariff: tariff, period: period, issuedOn: issuedOn) {
                if lease.legalForm == nil { unknown.append(lease.nib) }
                sequence += 1
                issues.append(Issue(lease: lease.key, invoice: invoice(sequence, .periodic, lease, tariff, figures)))
            }
            if lease.start >= issuedOn, !withDeposit.contains(lease.key), tariff.depositMonths > 0 {
                sequence += 1
                let figures = try calculator.deposit(lease, tariff: tariff)
                issues.append(Issue(lease: lease.key, invoice: invoice(sequence, .deposit, lease, tariff, figures)))
            }
        }
        return Plan(issues: issues, skipped: skipped, alreadyInvoiced: already, unknownLegalForm: unknown)
    }

    private func invoice(_ sequence: Int, _ kind: Invoice.Kind, _ lease: BillableLease, _ tariff: Tariff,
                         _ figures: InvoiceFigures) -> Invoice {
        let issuedOn = period.firstDay
        return Invoice(
            number: InvoiceNumber(series: .invoice, estate: estate, year: period.year, sequence: sequence), kind: kind,
            nib: lease.nib, tenantName: lease.tenantName, legalForm: lease.legalForm, plotCode: lease.plotCode,
            periodStart: issuedOn, periodEnd: period.lastDay, issuedOn: issuedOn,
            dueOn: issuedOn.adding(days: tariff.dueDays), figures: figures)
    }
}
