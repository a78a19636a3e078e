import EstateDomain
import EstateReports
import EstateStore

/// The HTML of the dashboard's forum page: the year's report for the Dinas, the forums with their
/// printable agendas, the outcomes, an officer's forms, and the open needs with their best
/// matches. Every text is escaped; names come from the registers, NIBs stand in for a missing one.
struct ForumPageView {
    let language: Language
    let year: Int
    let role: APIRole
    let csrf: String
    let here: DashboardEstate
    let refusal: Dashboard.FormRefusal?
    let today: CivilDate
    let names: [NIB: String]

    func render(
        report: ForumReportDocument, forums: [ForumEvent], meetings: [SavedMeeting], outcomes: [ForumOutcome],
        matches: ForumMatchReport, industries: [LargeIndustry], problems: [String]
    ) -> String {
        var html = [
            "<header><h1>\(e(t("Forum bisnis Kabupaten Bekasi", "Business forum of Kabupaten Bekasi")))</h1></header>",
            "<form method=\"get\" action=\"/dashboard/forum\"><label>\(e(t("Tahun", "Year"))) <input type=\"number\" name=\"year\" "
                + "min=\"1990\" max=\"2200\" value=\"\(year)\"></label> <button type=\"submit\">\(e(t("Tampilkan", "Show")))</button></form>",
        ]
        if let refusal {
            html.append(
                "<p class=\"error\" role=\"alert\"><strong>\(e(t("Ditolak, tidak ada yang ditulis", "Refused, nothing written"))):"
                    + "</strong> \(e(refusal.message))</p>")
        }
        if !problems.isEmpty {
            html.append("<div class=\"problems\" role=\"alert\"><ul>" + problems.map { "<li>\(e($0))</li>" }.joined() + "</ul></div>")
        }
        html.append(reportSection(report))
        html.append(forumsSection(forums, meetings: meetings, outcomes: outcomes))
        html.append(outcomesSection(outcomes))
        if role >= .officer { html.append(forms(forums, meetings: meetings, outcomes: outcomes)) }
        html.append(needsSection(matches))
        if role >= .officer {
            html.append(registerForms(industries: industries, forums: forums))
            html.append(correctionForms(industries: industries, needs: matches.needs.filter { $0.isOpen(on: today) }))
        }
        return html.joined(separator: "\n")
    }

    private func reportSection(_ report: ForumReportDocument) -> String {
        let l = language
        func money(_ amount: Int64) -> String { e(Rupiah(amount).format(l)) }
        var html = [
            "<section id=\"report\"><h2>\(e(t("Laporan untuk Dinas Perindustrian, \(year)", "Report for the Dinas Perindustrian, \(year)")))</h2>",
            "<p>\(e(t("Forum yang diselenggarakan", "Forums held"))): "
                + e(report.forums.isEmpty ? t("tidak ada", "none") : report.forums.joined(separator: ", ")) + "</p>",
            "<table><thead><tr>" + [
                t("Sektor", "Sector"), t("Industri", "Industries"), "IKM", t("Pertemuan", "Meetings"), "MoU", "PO",
                t("Nilai PO", "PO value"), t("Kemitraan", "Partnerships"), t("Nilai/tahun", "Value/year"),
                t("Lapangan kerja", "Jobs"), t("Lokal", "Local"),
            ].map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>",
        ]
        for figures in report.bySector + [report.total] {
            let sector = figures.sector.flatMap { IKMSector(rawValue: $0)?.name.text(l) } ?? t("jumlah", "total")
            let cells = [
                e(sector), "\(figures.industries)", "\(figures.firms)", "\(figures.meetings)", "\(figures.mous)",
                "\(figures.purchaseOrders)", money(figures.purchaseOrderValue), "\(figures.partnerships)",
                money(figures.partnershipValuePerYear), "\(figures.jobs)",
                "\(figures.localJobs)" + (figures.localShare.map { " (\($0) %)" } ?? ""),
            ]
            html.append(
                "<tr\(figures.sector == nil ? " class=\"total\"" : "")><td>\(cells[0])</td>"
                    + cells.dropFirst().map { "<td class=\"number\">\($0)</td>" }.joined() + "</tr>")
        }
        html.append("</tbody></table>")
        html.append("<p>" + e(report.partnershipLines(language: l).joined(separator: " ")) + "</p>")
        if !report.employment.isEmpty {
            html.append(
                "<h3>\(e(t("Tenaga kerja IKM peserta (laporan tahunan)", "Employment of the taking part IKM firms (yearly declarations)")))</h3>"
                    + "<table><thead><tr>" + [
                        "IKM", t("Pekerja \(year - 1)", "Workers \(year - 1)"), t("Pekerja \(year)", "Workers \(year)"),
                        t("Lokal \(year - 1)", "Local \(year - 1)"), t("Lokal \(year)", "Local \(year)"),
                    ].map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
                    + report.employment.map { row in
                        "<tr><td>\(e(row.name))</td>" + [row.workersBefore, row.workersAfter, row.localBefore, row.localAfter]
                            .map { "<td class=\"number\">\($0.map(String.init) ?? "–")</td>" }.joined() + "</tr>"
                    }.joined() + "</tbody></table>")
        }
        html.append("<p class=\"downloads\"><a href=\"/api/v1/forum/report?year=\(year)\">JSON</a></p></section>")
        return html.joined(separator: "\n")
    }

    private func forumsSection(_ forums: [ForumEvent], meetings: [SavedMeeting], outcomes: [ForumOutcome]) -> String {
        guard !forums.isEmpty else {
            return "<section id=\"forums\"><h2>\(e(t("Forum", "Forums")))</h2><p class=\"empty\">\(e(t("Belum ada forum.", "No forum yet.")))</p></section>"
        }
        let rows = forums.sorted { $0.heldOn > $1.heldOn }.map { forum -> String in
            let saved = meetings.filter { $0.forum == forum.code }
            let slots = saved.map(\.slot).max() ?? 10
            let agenda = "/api/v1/forums/\(e(forum.code))/schedule?slots=\(slots)&format=html&lang=\(language.rawValue)"
            return "<tr><td class=\"code\">\(e(forum.code))</td><td class=\"code\">\(e(forum.heldOn.format(language)))</td><td>\(e(forum.venue))</td>"
                + "<td class=\"number\">\(forum.industries.count)</td><td class=\"number\">\(saved.count)</td>"
                + "<td class=\"number\">\(outcomes.filter { $0.forum == forum.code }.count)</td>"
                + "<td><a href=\"\(agenda)\">\(e(t("Agenda (\(slots) putaran)", "Agenda (\(slots) rounds)")))</a></td></tr>"
        }
        return "<section id=\"forums\"><h2>\(e(t("Forum", "Forums")))</h2><table><thead><tr>"
            + [t("Kode", "Code"), t("Tanggal", "Date"), t("Tempat", "Venue"), t("Industri diundang", "Industries invited"),
               t("Pertemuan tersimpan", "Meetings saved"), t("Hasil", "Outcomes"), ""].map { "<th>\(e($0))</th>" }.joined()
            + "</tr></thead><tbody>" + rows.joined() + "</tbody></table></section>"
    }

    private func outcomesSection(_ outcomes: [ForumOutcome]) -> String {
        let l = language
        guard !outcomes.isEmpty else {
            return "<section id=\"outcomes\"><h2>\(e(t("Hasil forum", "Forum outcomes")))</h2><p class=\"empty\">"
                + "\(e(t("Belum ada hasil yang dicatat.", "No outcome recorded yet.")))</p></section>"
        }
        let rows = outcomes.map { o in
            "<tr><td class=\"code\">\(e(o.forum))</td><td class=\"code\">\(e(o.on.format(l)))</td>"
                + "<td>\(e(kindName(o.kind)))\(o.reference.map { " <span class=\"code\">\(e($0))</span>" } ?? "")</td>"
                + "<td>\(e(name(o.industry)))</td><td>\(e(name(o.nib)))</td>"
                + "<td class=\"number\">\(e(o.value?.format(l) ?? ""))</td><td class=\"code\">\(e(o.endsOn?.format(l) ?? ""))</td>"
                + "<td class=\"number\">\(o.jobs.map { "\($0)" + (o.localJobs.map { " (\($0))" } ?? "") } ?? "")</td></tr>"
        }
        return "<section id=\"outcomes\"><h2>\(e(t("Hasil forum", "Forum outcomes")))</h2><table><thead><tr>"
            + [t("Forum", "Forum"), t("Tanggal", "Date"), t("Jenis dan nomor", "Kind and number"), t("Industri besar", "Large industry"), "IKM",
               t("Nilai", "Value"), t("Berakhir", "Ends"), t("Lapangan kerja (lokal)", "Jobs (local)")]
                .map { "<th>\(e($0))</th>" }.joined()
            + "</tr></thead><tbody>" + rows.joined() + "</tbody></table></section>"
    }

    private func needsSection(_ report: ForumMatchReport) -> String {
        let open = report.needs.filter { $0.isOpen(on: today) }
        guard !open.isEmpty else {
            return "<section id=\"needs\"><h2>\(e(t("Kebutuhan terbuka", "Open needs")))</h2><p class=\"empty\">"
                + "\(e(t("Tidak ada kebutuhan terbuka.", "No open need.")))</p></section>"
        }
        let rows = open.map { need -> String in
            let best = report.matches.filter { $0.need == need.id && $0.exclusions.isEmpty }.prefix(3)
                .map { "\(name($0.nib)) (\($0.score))" }.joined(separator: ", ")
            return "<tr><td class=\"number\">\(need.id)</td><td>\(e(name(need.industry)))</td><td>\(e(need.item))</td>"
                + "<td>\(e(need.process.name.text(language)))</td><td class=\"number\">\(need.volumePerMonth.map { "\($0) \(need.unit)" } ?? "")</td>"
                + "<td class=\"code\">\(e(need.deadline?.format(language) ?? ""))</td><td>\(e(best.isEmpty ? t("belum ada", "none yet") : best))</td>"
                + (role >= .officer ? "<td>\(closeButton(need.id))</td>" : "") + "</tr>"
        }
        return "<section id=\"needs\"><h2>\(e(t("Kebutuhan terbuka dan IKM yang paling cocok", "Open needs and the best-matching IKM firms")))</h2>"
            + "<table><thead><tr>" + ["#", t("Industri besar", "Large industry"), t("Barang", "Item"), t("Proses", "Process"),
                t("Volume/bulan", "Volume/month"), t("Tenggat", "Deadline"), t("Paling cocok (skor)", "Best matches (score)")]
                .map { "<th>\(e($0))</th>" }.joined() + (role >= .officer ? "<th></th>" : "")
            + "</tr></thead><tbody>" + rows.joined() + "</tbody></table>"
            + "<p class=\"downloads\"><a href=\"/api/v1/forum/matches\">\(e(t("Semua kecocokan dengan jejaknya (JSON)", "Every match with its trace (JSON)")))</a></p></section>"
    }

    func kindName(_ kind: ForumOutcome.Kind) -> String {
        switch kind {
        case .mou: "MoU"
        case .purchaseOrder: t("pesanan pembelian", "purchase order")
        case .partnership: t("kemitraan", "partnership")
        }
    }

    func name(_ nib: NIB) -> String { names[nib] ?? nib.digits }
    func t(_ id: String, _ en: String) -> String { language == .indonesian ? id : en }
    func e(_ text: String) -> String { ReportHTMLRenderer.escaped(text) }
}
