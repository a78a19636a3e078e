import EstateDomain

extension ReportBuilder {
    /// Vacant plots with how long they have been empty and who on the waitlist they fit.
    static func vacancy(_ c: ReportContext) -> ReportDocument {
        var doc = c.document(.vacancy, title: c.t("Kavling kosong", "Vacant plots"))
        let l = c.language
        let vacant = c.occupancy.vacantPlots
        let area = vacant.reduce(Area.zero) { $0 + $1.area }
        let applicants = c.occupancy.waitlist.applicants
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
                        next.map { .text("\($0.start.format(c.language)) \(c.name(of: $0.nib))") } ?? .empty,
                        .count(fitting.count),
                        fitting.min { $0.rank < $1.rank }.map { .text("#\($0.rank) \(c.name(of: $0.nib))") } ?? .empty,
                    ]
                }, emptyText: c.t("Tidak ada kavling kosong.", "No plot is vacant.")))
        return doc
    }
}
