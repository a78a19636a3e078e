import EstateDomain

extension ReportBuilder {
    /// Leases in force whose end falls within the rule set's notice window, soonest first,
    /// with the lease that follows on the plot if one is already signed.
    static func expiring(_ c: ReportContext) -> ReportDocument {
        let window = c.ruleSet.parameters.expiringWithinDays
        var doc = c.document(.expiring, title: c.t("Sewa yang akan berakhir", "Expiring leases"))
        let leases = c.occupancy.expiringLeases
        doc.summary = [
            c.t(
                "\(leases.count) sewa berakhir dalam \(window) hari (jangka pemberitahuan aturan versi \(c.ruleSet.version)).",
                "\(leases.count) lease(s) end within \(window) days (the notice window of rule set \(c.ruleSet.version))."
            )
        ]
        doc.sections.append(
            ReportSection(
                key: "leases", heading: c.t("Sewa yang akan berakhir", "Expiring leases"),
                columns: [
                    ReportColumn("plot", c.t("kavling", "plot")), ReportColumn("nib", "NIB"),
                    ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("start", c.t("mulai", "start")),
                    ReportColumn("end", c.t("berakhir", "ends")),
                    ReportColumn("days_left", c.t("sisa hari", "days left")),
                    ReportColumn("next_tenant", c.t("penyewa berikutnya", "next tenant")),
                ],
                rows: leases.map { expiring in
                    let lease = expiring.lease
                    let end = lease.effectiveEnd
                    let next = c.estate.leases(onPlot: lease.plotCode).filter { other in
                        end.map { other.start >= $0 } ?? false
                    }.min { $0.start < $1.start }
                    return [
                        .text(lease.plotCode), .text(lease.nib.digits), .text(expiring.tenantName),
                        .date(lease.start), lease.effectiveEnd.map(ReportValue.date) ?? .empty,
                        .count(expiring.daysLeft), next.map { .text(c.name(of: $0.nib)) } ?? .empty,
                    ]
                },
                emptyText: c.t(
                    "Tidak ada sewa yang berakhir dalam \(window) hari.", "No lease ends within \(window) days.")))
        return doc
    }
}
