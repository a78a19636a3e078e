import EstateDomain

extension ReportBuilder {
    /// Occupancy per phase and for the site, by area and by count, with the sector mix, the
    /// size classes, the site plan and the charts the regency's industry office asks for.
    static func occupancy(_ c: ReportContext) -> ReportDocument {
        let report = c.occupancy
        var doc = c.document(.occupancy, title: c.t("Laporan keterisian kluster", "Cluster occupancy report"))
        let total = report.total
        let l = c.language
        doc.summary = [
            c.t(
                "Luas tersewa \(total.leased.format(l)) dari \(total.leasable.format(l)) yang dapat disewa (\(total.occupancyByArea.percentText(l))); \(total.plotsLeased) dari \(total.plotsLeasable) kavling (\(total.occupancyByCount.percentText(l))).",
                "\(total.leased.format(l)) of \(total.leasable.format(l)) leasable is leased (\(total.occupancyByArea.percentText(l))); \(total.plotsLeased) of \(total.plotsLeasable) plots (\(total.occupancyByCount.percentText(l)))."
            ),
            c.t(
                "\(report.employment.workers) pekerja pada \(report.employment.tenants) penyewa; \(report.employment.localWorkers) warga Kabupaten Bekasi (\(report.employment.localShare.percentText(l))).",
                "\(report.employment.workers) workers at \(report.employment.tenants) tenants; \(report.employment.localWorkers) resident in Kabupaten Bekasi (\(report.employment.localShare.percentText(l)))."
            ),
        ]
        let vacant = report.vacantPlots.map { "\($0.code) (\($0.area.format(l)))" }.joined(separator: ", ")
        let w = report.waitlist
        doc.summary += [
            c.t("Kavling kosong: ", "Vacant plots: ") + (vacant.isEmpty ? "–" : vacant) + ".",
            c.t(
                "\(report.expiringLeases.count) sewa berakhir dalam \(c.ruleSet.parameters.expiringWithinDays) hari; \(report.tenantsOutOfRules.count) penyewa tidak lagi memenuhi aturan.",
                "\(report.expiringLeases.count) lease(s) end within \(c.ruleSet.parameters.expiringWithinDays) days; \(report.tenantsOutOfRules.count) tenant(s) no longer meet the rules."
            ),
            c.t(
                "Antrean: \(w.activeApplications) aktif (\(w.staleApplications) kedaluwarsa), kebutuhan \(w.demandMin.format(l))–\(w.demandMax.format(l)) terhadap kapasitas rencana \(w.plannedCapacity.format(l)).",
                "Waitlist: \(w.activeApplications) active (\(w.staleApplications) stale), demand \(w.demandMin.format(l))–\(w.demandMax.format(l)) against planned capacity \(w.plannedCapacity.format(l))."
            ),
        ]
        func row(_ name: String, _ state: String, _ f: OccupancyReport.AreaFigures) -> [ReportValue] {
            [
                .text(name), .text(state), .area(f.gross), .area(f.capacity), .area(f.leasable), .area(f.leased),
                .percent(f.occupancyByArea), .count(f.plots), .count(f.plotsLeasable), .count(f.plotsLeased),
                .percent(f.occupancyByCount),
            ]
        }
        doc.sections.append(
            ReportSection(
                key: "phases", heading: c.t("Keterisian per tahap", "Occupancy by phase"),
                columns: [
                    ReportColumn("phase", c.t("tahap", "phase")), ReportColumn("state", c.t("keadaan", "state")),
                    ReportColumn("gross_m2", c.t("luas kotor", "gross")),
                    ReportColumn("capacity_m2", c.t("kapasitas kavling", "plot capacity")),
                    ReportColumn("leasable_m2", c.t("luas dapat disewa", "leasable area")),
                    ReportColumn("leased_m2", c.t("luas tersewa", "leased area")),
                    ReportColumn("occupancy_by_area", c.t("% luas", "% area")),
                    ReportColumn("plots", c.t("kavling", "plots")),
                    ReportColumn("plots_leasable", c.t("kavling dapat disewa", "plots leasable")),
                    ReportColumn("plots_leased", c.t("kavling tersewa", "plots leased")),
                    ReportColumn("occupancy_by_count", c.t("% jumlah", "% count")),
                ],
                rows: report.phases.map {
                    row($0.phase.name, $0.isOpen ? c.t("dibuka", "open") : c.t("rencana", "planned"), $0.figures)
                } + [row(c.t("seluruh kluster", "whole cluster"), "", total)],
                emptyText: c.t("Belum ada tahap.", "No phase yet.")))
        let divisions = report.tenantsByDivision.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        doc.sections.append(
            ReportSection(
                key: "sectors",
                heading: c.t("Sektor penyewa (golongan pokok KBLI)", "Tenants by sector (KBLI division)"),
                columns: [
                    ReportColumn("kbli_division", c.t("golongan pokok KBLI", "KBLI division")),
                    ReportColumn("tenants", c.t("penyewa", "tenants")),
                ],
                rows: divisions.map { [.text($0.key), .count($0.value)] },
                emptyText: c.t("Belum ada penyewa.", "No tenant in occupation.")))
        doc.sections.append(
            ReportSection(
                key: "size_classes", heading: c.t("Kelas usaha penyewa", "Tenants by size class"),
                columns: [
                    ReportColumn("class", c.t("kelas", "class")),
                    ReportColumn("pp7_2021_sales", "PP 7/2021 (" + c.t("hasil penjualan", "sales") + ")"),
                    ReportColumn("permenperin_64_2016", "Permenperin 64/2016"),
                ],
                rows: SizeClass.allCases.map {
                    [
                        .text($0.rawValue), .count(report.tenantsBySalesClass[$0] ?? 0),
                        .count(report.tenantsByIndustryClass[$0] ?? 0),
                    ]
                }, emptyText: ""))
        let open = report.phases.filter(\.isOpen)
        doc.charts.append(
            .bars(
                BarChart(
                    title: c.t("Keterisian per tahap (luas)", "Occupancy by phase (area)"),
                    partLegend: c.t("tersewa", "leased"), restLegend: c.t("kosong", "vacant"),
                    bars: open.map {
                        BarChart.Bar(
                            label: $0.phase.name, part: $0.figures.leased.squareCentimetres,
                            whole: $0.figures.leasable.squareCentimetres,
                            caption:
                                "\($0.figures.leased.format(l)) / \($0.figures.leasable.format(l)) (\($0.figures.occupancyByArea.percentText(l)))"
                        )
                    }, eachToWhole: true)))
        doc.charts.append(
            .bars(
                BarChart(
                    title: c.t("Keterisian per tahap (jumlah kavling)", "Occupancy by phase (plot count)"),
                    partLegend: c.t("tersewa", "leased"), restLegend: c.t("kosong", "vacant"),
                    bars: open.map {
                        BarChart.Bar(
                            label: $0.phase.name, part: Int64($0.figures.plotsLeased),
                            whole: Int64($0.figures.plotsLeasable),
                            caption:
                                "\($0.figures.plotsLeased) / \($0.figures.plotsLeasable) (\($0.figures.occupancyByCount.percentText(l)))"
                        )
                    }, eachToWhole: true)))
        let e = report.employment
        doc.charts.append(
            .bars(
                BarChart(
                    title: c.t("Tenaga kerja dan warga lokal", "Workers and local share"),
                    partLegend: c.t("warga Kabupaten Bekasi", "resident in Kabupaten Bekasi"),
                    restLegend: c.t("dari luar", "from elsewhere"),
                    bars: [
                        BarChart.Bar(
                            label: c.t("seluruh kluster", "whole cluster"), part: Int64(e.localWorkers),
                            whole: Int64(e.workers),
                            caption: "\(e.localWorkers) / \(e.workers) (\(e.localShare.percentText(l)))")
                    ], eachToWhole: true)))
        doc.charts.append(
            .bars(
                BarChart(
                    title: c.t("Sektor penyewa (golongan pokok KBLI)", "Sector mix (KBLI division)"),
                    partLegend: c.t("penyewa", "tenants"), restLegend: nil,
                    bars: divisions.map {
                        BarChart.Bar(
                            label: "KBLI \($0.key)", part: Int64($0.value), whole: Int64($0.value),
                            caption: "\($0.value)")
                    }, eachToWhole: false)))
        if let plan = sitePlan(c) { doc.charts.append(.sitePlan(plan)) }
        return doc
    }

    /// The site plan on the report's date, when any plot has an outline.
    static func sitePlan(_ c: ReportContext) -> SitePlan? {
        let outlined = c.estate.plots.filter { $0.outline != nil }
        guard !outlined.isEmpty else { return nil }
        let l = c.language
        let shapes = outlined.map { plot -> SitePlan.Shape in
            let status = c.estate.status(of: plot, on: c.asOf)
            var tooltip = "\(plot.code) · \(plot.area.format(l)) · \(status.name(l))"
            if let lease = c.estate.lease(onPlot: plot.code, on: c.asOf) {
                let end = lease.effectiveEnd?.format(l) ?? c.t("terbuka", "open")
                tooltip += " · \(c.name(of: lease.nib)) · " + c.t("sampai \(end)", "until \(end)")
            }
            return SitePlan.Shape(code: plot.code, outline: plot.outline!, status: status, tooltip: tooltip)
        }
        let phases = c.estate.phases.compactMap { phase in
            phase.boundary.map { boundary in
                (
                    name: phase.name
                        + (phase.isOpen(on: c.asOf)
                            ? ""
                            : c.t(
                                " (rencana, kapasitas \(phase.leasableCapacity.format(l)))",
                                " (planned, capacity \(phase.leasableCapacity.format(l)))")),
                    boundary: boundary
                )
            }
        }
        return SitePlan(
            title: c.t("Denah kavling", "Site plan"), phases: phases, plots: shapes,
            language: l)
    }
}
