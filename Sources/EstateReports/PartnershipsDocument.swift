import EstateDomain

extension ReportBuilder {
    /// Partnerships of tenants with large industries, which the regency's business forum
    /// encourages and the scored allocation rewards.
    static func partnerships(_ c: ReportContext) -> ReportDocument {
        var doc = c.document(
            .partnerships, title: c.t("Kemitraan dengan industri besar", "Partnerships with large industry"))
        let occupants = c.occupants.map(\.tenant)
        let partnered = occupants.filter { $0.partnerships.contains { $0.isInForce(on: c.asOf) } }
        doc.summary = [
            c.t(
                "\(partnered.count) dari \(occupants.count) penyewa yang menempati kavling bermitra dengan industri besar (\(Ratio(partnered.count, occupants.count).percentText(c.language))).",
                "\(partnered.count) of \(occupants.count) tenants in occupation partner with a large industry (\(Ratio(partnered.count, occupants.count).percentText(c.language)))."
            )
        ]
        let rows = c.estate.tenants.flatMap { tenant in
            tenant.partnerships.filter { $0.isInForce(on: c.asOf) }.sorted { $0.since < $1.since }.map {
                partnership -> [ReportValue] in
                [
                    .text(tenant.nib.digits), .text(tenant.legalName), .text(partnership.partner),
                    .text(partnership.product), .date(partnership.since),
                    .count(partnership.since.fullYears(until: c.asOf)),
                ]
            }
        }
        doc.sections.append(
            ReportSection(
                key: "partnerships", heading: c.t("Kemitraan", "Partnerships"),
                columns: [
                    ReportColumn("nib", "NIB"), ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("partner", c.t("mitra", "partner")), ReportColumn("product", c.t("produk", "product")),
                    ReportColumn("since", c.t("sejak", "since")),
                    ReportColumn("full_years", c.t("tahun penuh", "full years")),
                ], rows: rows, emptyText: c.t("Belum ada kemitraan.", "No partnership yet.")))
        return doc
    }
}
