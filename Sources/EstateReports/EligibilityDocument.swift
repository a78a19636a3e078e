import EstateDomain

extension ReportBuilder {
    /// Every tenant's verdict under the rule set in force, and for tenants in occupation that
    /// fail a required rule, each failed rule explained with its citation.
    static func eligibility(_ c: ReportContext) throws -> ReportDocument {
        var doc = c.document(.eligibility, title: c.t("Laporan kelayakan penyewa", "Tenant eligibility report"))
        let evaluator = EligibilityEvaluator(ruleBook: c.estate.ruleBook)
        let occupying = Set(c.occupants.map(\.tenant.nib))
        let decisions = try c.estate.tenants.map { ($0, try evaluator.evaluate($0, asOf: c.asOf)) }
        let failing = decisions.filter { !$0.1.eligible }
        let alerts = failing.filter { occupying.contains($0.0.nib) }
        // A late declaration is flagged for the firms it matters for: in occupation or waiting.
        let waiting = Set(c.estate.waitlist(asOf: c.asOf).map(\.nib))
        let late = decisions.filter { ($0.1.overdue != nil) && (occupying.contains($0.0.nib) || waiting.contains($0.0.nib)) }
        let lateNIBs = Set(late.map(\.0.nib))
        doc.summary = [
            c.t(
                "\(decisions.count - failing.count) dari \(decisions.count) perusahaan memenuhi aturan versi \(c.ruleSet.version); \(alerts.count) penyewa yang menempati kavling tidak lagi memenuhinya (ditandai, tidak diusir).",
                "\(decisions.count - failing.count) of \(decisions.count) firms meet rule set \(c.ruleSet.version); \(alerts.count) tenant(s) in occupation no longer do (flagged, not evicted)."
            ),
            c.t(
                "\(late.count) penyewa atau pemohon terlambat menyerahkan laporan tahunan; kelayakannya dinilai dengan angka lama.",
                "\(late.count) tenant(s) or applicant(s) are late with their yearly declaration; they are judged on older figures."
            ),
        ]
        doc.sections.append(
            ReportSection(
                key: "tenants", heading: c.t("Kelayakan per perusahaan", "Eligibility by firm"),
                columns: [
                    ReportColumn("nib", "NIB"), ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("in_occupation", c.t("menempati", "in occupation")),
                    ReportColumn("fiscal_year", c.t("tahun buku", "fiscal year")),
                    ReportColumn("declaration_overdue", c.t("laporan terlambat", "declaration overdue")),
                    ReportColumn("eligible", c.t("layak", "eligible")),
                    ReportColumn("failed_rules", c.t("aturan gagal", "failed rules")),
                    ReportColumn("advisories", c.t("anjuran", "advisories")),
                    ReportColumn("pp7_2021_sales", c.t("kelas PP 7/2021", "PP 7/2021 class")),
                    ReportColumn("permenperin_64_2016", c.t("kelas Permenperin 64/2016", "Permenperin 64/2016 class")),
                ],
                rows: decisions.map { tenant, d in
                    [
                        .text(tenant.nib.digits), .text(tenant.legalName),
                        .text(c.yesNo(occupying.contains(tenant.nib))),
                        d.fiscalYear.map { .year($0) } ?? .empty,
                        lateNIBs.contains(tenant.nib) ? d.overdue.map { .year($0.fiscalYear) } ?? .empty : .empty,
                        .text(c.yesNo(d.eligible)),
                        d.failedRules.isEmpty ? .empty : .text(d.failedRules.joined(separator: ", ")),
                        d.advisories.isEmpty ? .empty : .text(d.advisories.joined(separator: ", ")),
                        d.sizeClasses.map { .text($0.pp7_2021Sales.rawValue) } ?? .empty,
                        d.sizeClasses.map { .text($0.permenperin64_2016.rawValue) } ?? .empty,
                    ]
                }, emptyText: c.t("Belum ada perusahaan.", "No firm yet.")))
        doc.sections.append(
            ReportSection(
                key: "alerts",
                heading: c.t("Penyewa yang tidak lagi memenuhi aturan", "Tenants in occupation out of the rules"),
                columns: [
                    ReportColumn("nib", "NIB"), ReportColumn("name", c.t("perusahaan", "firm")),
                    ReportColumn("rule", c.t("aturan", "rule")),
                    ReportColumn("explanation", c.t("penjelasan", "explanation")),
                    ReportColumn("citation", c.t("dasar", "source")),
                ],
                rows: alerts.flatMap { tenant, d in
                    d.outcomes.filter { d.failedRules.contains($0.ruleId) }.map { outcome -> [ReportValue] in
                        [
                            .text(tenant.nib.digits), .text(tenant.legalName), .text(outcome.ruleId),
                            .text(outcome.explanation(c.language)), .text(outcome.citation),
                        ]
                    }
                },
                emptyText: c.t(
                    "Semua penyewa yang menempati kavling memenuhi aturan.",
                    "Every tenant in occupation meets the rules."
                )))
        return doc
    }
}
