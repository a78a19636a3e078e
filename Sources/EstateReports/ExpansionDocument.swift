import EstateDomain

extension ReportBuilder {
    /// The planned phases against the waitlist: capacity for plots, the plots drawn so far,
    /// and the demand the open phases' vacant plots cannot meet.
    static func expansion(_ c: ReportContext) -> ReportDocument {
        var doc = c.document(.expansion, title: c.t("Rencana perluasan", "Expansion plan"))
        let l = c.language
        let planned = c.estate.phases.filter { !$0.isOpen(on: c.asOf) }
        let applicants = c.occupancy.waitlist.applicants
        let w = c.occupancy.waitlist
        let vacantOpen = c.occupancy.vacantPlots.reduce(Area.zero) { $0 + $1.area }
        let unmet = w.demandMin > vacantOpen ? w.demandMin - vacantOpen : .zero
        doc.summary = [
            c.t(
                "Antrean aktif \(w.activeApplications) permohonan, kebutuhan \(w.demandMin.format(l))–\(w.demandMax.format(l)); kavling kosong di tahap yang dibuka \(vacantOpen.format(l)); kapasitas kavling tahap rencana \(w.plannedCapacity.format(l)).",
                "\(w.activeApplications) active application(s) need \(w.demandMin.format(l))–\(w.demandMax.format(l)); vacant plots in open phases \(vacantOpen.format(l)); plot capacity of planned phases \(w.plannedCapacity.format(l))."
            ),
            c.t(
                "Kebutuhan minimum yang tidak tertampung kavling kosong: \(unmet.format(l)).",
                "Minimum demand the vacant plots cannot house: \(unmet.format(l))."),
        ]
        doc.sections.append(
            ReportSection(
                key: "phases", heading: c.t("Tahap yang direncanakan", "Planned phases"),
                columns: [
                    ReportColumn("phase", c.t("tahap", "phase")), ReportColumn("gross_m2", c.t("luas kotor", "gross")),
                    ReportColumn("leasable_percent", c.t("% untuk kavling", "% for plots")),
                    ReportColumn("capacity_m2", c.t("kapasitas kavling", "plot capacity")),
                    ReportColumn("plots_drawn", c.t("kavling digambar", "plots drawn")),
                    ReportColumn("plots_drawn_m2", c.t("luas kavling digambar", "area drawn")),
                    ReportColumn("opens_on", c.t("dibuka", "opens")),
                ],
                rows: planned.map { phase in
                    let plots = c.estate.plots.filter { $0.phase == phase.id && $0.withdrawnOn == nil }
                    return [
                        .text(phase.name), .area(phase.grossArea), .count(phase.landUse.leasablePercent),
                        .area(phase.leasableCapacity), .count(plots.count),
                        .area(plots.reduce(.zero) { $0 + $1.area }),
                        phase.opensOn.map(ReportValue.date) ?? .text(c.t("belum ditetapkan", "not set")),
                    ]
                }, emptyText: c.t("Tidak ada tahap yang direncanakan.", "No phase is planned.")))
        doc.sections.append(
            ReportSection(
                key: "waitlist", heading: c.t("Antrean aktif", "Active waitlist"),
                columns: [
                    ReportColumn("rank", c.t("urutan", "rank")), ReportColumn("nib", "NIB"),
                    ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("min_area_m2", c.t("luas minimum", "min area")),
                    ReportColumn("max_area_m2", c.t("luas maksimum", "max area")),
                    ReportColumn("phase", c.t("tahap diminta", "phase asked")),
                ],
                rows: applicants.map {
                    [
                        .count($0.rank), .text($0.nib.digits), .text(c.name(of: $0.nib)), .area($0.minArea),
                        .area($0.maxArea), $0.phase.map { .count($0) } ?? .text(c.t("mana saja", "any")),
                    ]
                }, emptyText: c.t("Antrean kosong.", "The waitlist is empty.")))
        return doc
    }
}
