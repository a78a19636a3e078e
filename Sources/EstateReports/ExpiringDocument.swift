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

    /// Vacant plots with how long they have been empty and who on the waitlist they fit.
    static func vacancy(_ c: ReportContext) throws -> ReportDocument {
        var doc = c.document(.vacancy, title: c.t("Kavling kosong", "Vacant plots"))
        let l = c.language
        let vacant = c.occupancy.vacantPlots
        let area = vacant.reduce(Area.zero) { $0 + $1.area }
        let applicants = try Allocator(estate: c.estate).screen(asOf: c.asOf).applicants
        doc.summary = [
            c.t(
                "\(vacant.count) kavling kosong, \(area.format(l)); \(applicants.count) permohonan aktif di antrean.",
                "\(vacant.count) vacant plot(s), \(area.format(l)); \(applicants.count) active application(s) on the waitlist."
            )
        ]
        doc.sections.append(
            ReportSection(
                key: "plots", heading: c.t("Kavling kosong", "Vacant plots"),
                columns: [
                    ReportColumn("plot", c.t("kavling", "plot")), ReportColumn("phase", c.t("tahap", "phase")),
                    ReportColumn("area_m2", c.t("luas", "area")),
                    ReportColumn("vacant_since", c.t("kosong sejak", "vacant since")),
                    ReportColumn("next_lease", c.t("sewa berikutnya", "next lease")),
                    ReportColumn("fitting_applications", c.t("permohonan yang cocok", "fitting applications")),
                    ReportColumn("first_in_line", c.t("antrean pertama", "first in line")),
                ],
                rows: vacant.map { plot in
                    let ended = c.estate.leases(onPlot: plot.code).compactMap(\.effectiveEnd).filter { $0 <= c.asOf }
                        .max()
                    let opened = c.estate.phase(plot.phase)?.opensOn
                    let since = [ended, opened].compactMap { $0 }.max()
                    // A plot already let from a later date cannot take a new open-ended lease.
                    let next = c.estate.leases(onPlot: plot.code).filter { $0.start > c.asOf }.min {
                        $0.start < $1.start
                    }
                    let fitting =
                        c.estate.isAvailable(plot, from: c.asOf)
                        ? applicants.filter {
                            $0.minArea <= plot.area && plot.area <= $0.maxArea
                                && ($0.phase ?? plot.phase) == plot.phase
                        } : []
                    return [
                        .text(plot.code), .count(plot.phase), .area(plot.area), since.map(ReportValue.date) ?? .empty,
                        next.map { .text("\(c.show($0.start)) \(c.name(of: $0.nib))") } ?? .empty,
                        .count(fitting.count),
                        fitting.min { $0.rank < $1.rank }.map { .text("#\($0.rank) \(c.name(of: $0.nib))") } ?? .empty,
                    ]
                }, emptyText: c.t("Tidak ada kavling kosong.", "No plot is vacant.")))
        return doc
    }
}
