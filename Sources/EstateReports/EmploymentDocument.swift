import EstateDomain

extension ReportBuilder {
    /// Workers and local workers of each tenant in occupation, from the declaration in force.
    static func employment(_ c: ReportContext) -> ReportDocument {
        var doc = c.document(.employment, title: c.t("Laporan tenaga kerja", "Employment report"))
        let e = c.occupancy.employment
        let l = c.language
        doc.summary = [
            c.t(
                "\(e.workers) pekerja pada \(e.tenants) penyewa; \(e.localWorkers) warga Kabupaten Bekasi (\(e.localShare.percentText(l))).",
                "\(e.workers) workers at \(e.tenants) tenants; \(e.localWorkers) resident in Kabupaten Bekasi (\(e.localShare.percentText(l)))."
            )
        ]
        if e.tenantsWithoutDeclaration > 0 {
            doc.summary.append(
                c.t(
                    "\(e.tenantsWithoutDeclaration) penyewa belum menyampaikan laporan tahunan dan tidak dihitung.",
                    "\(e.tenantsWithoutDeclaration) tenant(s) have filed no yearly declaration and are not counted."))
        }
        var rows: [[ReportValue]] = []
        var bars: [BarChart.Bar] = []
        for (tenant, plots) in c.occupants {
            let declaration = tenant.declaration(asOf: c.asOf)
            let classes = declaration.map(c.ruleSet.sizeClasses.classify)
            rows.append([
                .text(tenant.nib.digits), .text(tenant.legalName), .text(plots.map(\.code).joined(separator: ", ")),
                declaration.map { .year($0.fiscalYear) } ?? .empty,
                declaration.map { .count($0.workers) } ?? .empty,
                declaration.map { .count($0.localWorkers) } ?? .empty,
                declaration.map { .percent(Ratio($0.localWorkers, $0.workers)) } ?? .empty,
                classes.map { .text($0.permenperin64_2016.rawValue) } ?? .empty,
            ])
            if let declaration {
                bars.append(
                    BarChart.Bar(
                        label: tenant.legalName, part: Int64(declaration.localWorkers),
                        whole: Int64(declaration.workers),
                        caption: "\(declaration.localWorkers) / \(declaration.workers)"))
            }
        }
        doc.sections.append(
            ReportSection(
                key: "tenants", heading: c.t("Tenaga kerja per penyewa", "Workers by tenant"),
                columns: [
                    ReportColumn("nib", "NIB"), ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("plots", c.t("kavling", "plots")),
                    ReportColumn("fiscal_year", c.t("tahun buku", "fiscal year")),
                    ReportColumn("workers", c.t("pekerja", "workers")),
                    ReportColumn("local_workers", c.t("warga lokal", "local")),
                    ReportColumn("local_share", c.t("% lokal", "% local")),
                    ReportColumn("permenperin_64_2016", c.t("kelas Permenperin 64/2016", "Permenperin 64/2016 class")),
                ], rows: rows, emptyText: c.t("Belum ada penyewa.", "No tenant in occupation.")))
        doc.sections.append(
            ReportSection(
                key: "total", heading: c.t("Jumlah", "Total"),
                columns: [
                    ReportColumn("tenants", c.t("penyewa", "tenants")),
                    ReportColumn("tenants_without_declaration", c.t("tanpa laporan", "without declaration")),
                    ReportColumn("workers", c.t("pekerja", "workers")),
                    ReportColumn("local_workers", c.t("warga lokal", "local")),
                    ReportColumn("local_share", c.t("% lokal", "% local")),
                ],
                rows: [
                    [
                        .count(e.tenants), .count(e.tenantsWithoutDeclaration), .count(e.workers),
                        .count(e.localWorkers), .percent(e.localShare),
                    ]
                ], emptyText: ""))
        doc.charts.append(
            .bars(
                BarChart(
                    title: c.t("Pekerja per penyewa", "Workers by tenant"),
                    partLegend: c.t("warga Kabupaten Bekasi", "resident in Kabupaten Bekasi"),
                    restLegend: c.t("dari luar", "from elsewhere"), bars: bars, eachToWhole: false)))
        return doc
    }
}
