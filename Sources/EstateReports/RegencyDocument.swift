import EstateDomain

extension ReportBuilder {
    /// The regency's summary across the store's estates: one table (a line per estate and the
    /// total) and one chart (leased of leasable area per estate), for the industry office.
    static func regency(_ c: ReportContext) throws -> ReportDocument {
        guard let summary = c.regency else {
            throw InputError(
                field: "report", value: "regency", problem: "is built from every estate of the store",
                fix: "Ask for it as `estate report regency` or GET /api/v1/reports/regency.")
        }
        let l = c.language
        var doc = ReportDocument(
            kind: .regency, title: c.t("Ringkasan kabupaten", "Regency summary"), language: l,
            estateName: c.t("\(summary.estates.count) kawasan", "\(summary.estates.count) estate(s)"), asOf: c.asOf,
            ruleSetVersion: c.ruleSet.version, store: c.store)
        let t = summary.total
        doc.summary = [
            c.t(
                "Luas tersewa \(t.figures.leased.format(l)) dari \(t.figures.leasable.format(l)) (\(t.figures.occupancyByArea.percentText(l))); \(t.figures.plotsLeased) dari \(t.figures.plotsLeasable) kavling (\(t.figures.occupancyByCount.percentText(l))) di \(summary.estates.count) kawasan.",
                "\(t.figures.leased.format(l)) of \(t.figures.leasable.format(l)) leased (\(t.figures.occupancyByArea.percentText(l))); \(t.figures.plotsLeased) of \(t.figures.plotsLeasable) plots (\(t.figures.occupancyByCount.percentText(l))) in \(summary.estates.count) estate(s)."
            ),
            c.t(
                "\(t.employment.workers) pekerja pada \(t.employment.tenants) perusahaan; \(t.employment.localWorkers) warga Kabupaten Bekasi (\(t.employment.localShare.percentText(l))). Perusahaan yang menyewa di dua kawasan dihitung sekali.",
                "\(t.employment.workers) workers at \(t.employment.tenants) firms; \(t.employment.localWorkers) resident in Kabupaten Bekasi (\(t.employment.localShare.percentText(l))). A firm in occupation in two estates is counted once."
            ),
        ]
        doc.summary.append(summary.estates.map { "\($0.code): \($0.name)" }.joined(separator: "; ") + ".")
        func row(_ code: String, _ line: RegencySummary.Line) -> [ReportValue] {
            let f = line.figures
            return [
                .text(code), .area(f.leasable), .area(f.leased), .percent(f.occupancyByArea),
                .count(f.plots), .count(f.plotsLeasable), .count(f.plotsLeased), .percent(f.occupancyByCount),
                .count(line.employment.workers), .count(line.employment.localWorkers),
                .percent(line.employment.localShare), .count(line.vacantPlots), .area(line.vacantArea),
                .count(line.activeApplications), .area(line.demandMin), .area(line.demandMax),
            ]
        }
        doc.sections.append(
            ReportSection(
                key: "estates", heading: c.t("Keterisian per kawasan", "Occupancy by estate"),
                columns: [
                    ReportColumn("code", c.t("kawasan", "estate")),
                    ReportColumn("leasable_m2", c.t("dapat disewa", "leasable")),
                    ReportColumn("leased_m2", c.t("tersewa", "leased")),
                    ReportColumn("occupancy_by_area", c.t("% luas", "% area")),
                    ReportColumn("plots", c.t("kavling", "plots")),
                    ReportColumn("plots_leasable", c.t("kav. disewakan", "to let")),
                    ReportColumn("plots_leased", c.t("kav. tersewa", "let")),
                    ReportColumn("occupancy_by_count", c.t("% jumlah", "% count")),
                    ReportColumn("workers", c.t("pekerja", "workers")),
                    ReportColumn("local_workers", c.t("lokal", "local")),
                    ReportColumn("local_share", c.t("% lokal", "% local")),
                    ReportColumn("vacant_plots", c.t("kav. kosong", "vacant")),
                    ReportColumn("vacant_m2", c.t("luas kosong", "vacant m²")),
                    ReportColumn("active_applications", c.t("permohonan", "applications")),
                    ReportColumn("demand_min_m2", c.t("butuh min.", "demand min.")),
                    ReportColumn("demand_max_m2", c.t("butuh maks.", "demand max.")),
                ],
                rows: summary.estates.map { row($0.code, $0) } + [row(c.t("jumlah", "total"), t)],
                emptyText: c.t("Belum ada kawasan.", "No estate yet.")))
        doc.charts.append(
            .bars(
                BarChart(
                    title: c.t("Keterisian per kawasan (luas)", "Occupancy by estate (area)"),
                    partLegend: c.t("tersewa", "leased"), restLegend: c.t("kosong", "vacant"),
                    bars: summary.estates.map {
                        BarChart.Bar(
                            label: $0.code, part: $0.figures.leased.squareCentimetres,
                            whole: $0.figures.leasable.squareCentimetres,
                            caption:
                                "\($0.figures.leased.format(l)) / \($0.figures.leasable.format(l)) (\($0.figures.occupancyByArea.percentText(l)))"
                        )
                    }, eachToWhole: true)))
        return doc
    }
}
