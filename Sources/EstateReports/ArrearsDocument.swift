import EstateDomain

extension ReportBuilder {
    /// Every invoice with something outstanding on the date, oldest due first, with its days
    /// overdue and ageing bucket; totals per bucket and per firm. Settled as `PaymentLedger`
    /// does, with only the invoices and payments made by the date.
    static func arrears(_ c: ReportContext) -> ReportDocument {
        let arrears = Arrears(c.money, asOf: c.asOf)
        var doc = c.document(.arrears, title: c.t("Tunggakan", "Arrears"))
        let overdue = arrears.rows.filter { $0.daysOverdue > 0 }
        doc.summary = [
            c.t(
                "\(arrears.rows.count) tagihan belum lunas, jumlah \(arrears.total.format(c.language)); "
                    + "\(overdue.count) lewat jatuh tempo.",
                "\(arrears.rows.count) invoice(s) not paid in full, \(arrears.total.format(c.language)) in all; "
                    + "\(overdue.count) past their due date.")
        ]
        doc.sections.append(
            ReportSection(
                key: "invoices", heading: c.t("Tagihan belum lunas", "Open invoices"),
                columns: [
                    ReportColumn("nib", "NIB"), ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("invoice", c.t("tagihan", "invoice")), ReportColumn("plot", c.t("kavling", "plot")),
                    ReportColumn("due_on", c.t("jatuh tempo", "due on")),
                    ReportColumn("outstanding", c.t("sisa", "outstanding")),
                    ReportColumn("days_overdue", c.t("hari terlambat", "days overdue")),
                    ReportColumn("bucket", c.t("kelompok umur", "bucket")),
                ],
                rows: arrears.rows.map { row in
                    [
                        .text(row.invoice.nib.digits), .text(row.invoice.tenantName), .text(row.invoice.number.description),
                        .text(row.invoice.plotCode), .date(row.invoice.dueOn), .rupiah(row.invoice.outstanding),
                        .count(row.daysOverdue), .text(row.bucket.rawValue),
                    ]
                },
                emptyText: c.t("Tidak ada tunggakan.", "Nothing is outstanding.")))
        doc.sections.append(
            ReportSection(
                key: "buckets", heading: c.t("Per kelompok umur", "By bucket"),
                columns: [
                    ReportColumn("bucket", c.t("kelompok umur", "bucket")),
                    ReportColumn("invoices", c.t("tagihan", "invoices")),
                    ReportColumn("outstanding", c.t("sisa", "outstanding")),
                ],
                rows: arrears.byBucket.map { [.text($0.bucket.rawValue), .count($0.invoices), .rupiah($0.outstanding)] }
                    + [[.text(c.t("jumlah", "total")), .count(arrears.rows.count), .rupiah(arrears.total)]],
                emptyText: ""))
        doc.sections.append(
            ReportSection(
                key: "firms", heading: c.t("Per perusahaan", "By firm"),
                columns: [
                    ReportColumn("nib", "NIB"), ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("invoices", c.t("tagihan", "invoices")),
                    ReportColumn("outstanding", c.t("sisa", "outstanding")),
                    ReportColumn("most_days_overdue", c.t("terlambat terlama (hari)", "most days overdue")),
                ],
                rows: arrears.byFirm.map {
                    [.text($0.nib.digits), .text($0.name), .count($0.invoices), .rupiah($0.outstanding), .count($0.mostDaysOverdue)]
                },
                emptyText: c.t("Tidak ada perusahaan yang menunggak.", "No firm owes anything.")))
        return doc
    }
}
