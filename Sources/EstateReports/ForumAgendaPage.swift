import EstateDomain

/// A forum's printable agenda (issue 18, item 4): one A4 sheet for the venue (every slot, every
/// table), then one per participant (each large industry at its table, each IKM firm going from
/// table to table), in one self-contained HTML file in the money documents' frame.
public enum ForumAgendaPage {
    public static func html(_ document: ForumScheduleDocument, language: Language) -> String {
        let id = language == .indonesian
        func t(_ indonesian: String, _ english: String) -> String { id ? indonesian : english }
        func e(_ text: String) -> String { ReportHTMLRenderer.escaped(text) }
        let tables = Dictionary(document.meetings.map { ($0.table, $0.industryName ?? $0.industry) }, uniquingKeysWith: { a, _ in a })
            .sorted { $0.key < $1.key }
        let times = Dictionary(document.meetings.map { ($0.slot, $0.time) }, uniquingKeysWith: { a, _ in a })
        func header(_ title: String, _ subtitle: String) -> String {
            "<header><div class=\"issuer\"><p class=\"name\">\(e(t("Forum Bisnis IKM – Industri Besar", "IKM – Large Industry Business Forum")))</p>"
                + "<p>\(e(document.forum)) · \(e(document.heldOn))</p><p>\(e(document.venue))</p></div>"
                + "<h1>\(e(title))<small>\(e(subtitle))</small></h1></header>"
        }
        var articles: [String] = []
        var venue = "<table><thead><tr><th>\(e(t("Slot", "Slot")))</th>"
            + tables.map { "<th>\(e(t("Meja", "Table"))) \($0.key)<br>\(e($0.value))</th>" }.joined() + "</tr></thead><tbody>"
        for slot in 1...max(document.slots, 1) {
            venue += "<tr><td>\(slot)<br><span class=\"note\">\(e(times[slot] ?? ""))</span></td>"
            for (table, _) in tables {
                let meeting = document.meetings.first { $0.slot == slot && $0.table == table }
                venue += "<td>\(e(meeting.map { $0.name ?? $0.nib } ?? "—"))</td>"
            }
            venue += "</tr>"
        }
        venue += "</tbody></table>"
        articles.append(
            "<article class=\"sheet\">" + header(t("JADWAL RUANGAN", "VENUE SCHEDULE"), t("semua meja, semua slot", "every table, every slot"))
                + venue
                + "<p class=\"note\">\(e(t("\(document.meetings.count) pertemuan; skor total \(document.objective), batas atas \(document.bound).", "\(document.meetings.count) meetings; total score \(document.objective), bound \(document.bound).")))</p>"
                + document.problems.map { "<p class=\"note\">\(e(t("Catatan: ", "Note: ") + $0))</p>" }.joined() + "</article>")
        for (table, name) in tables {
            let own = document.meetings.filter { $0.table == table }
            let rows = own.map {
                "<tr><td>\($0.slot)</td><td>\(e($0.time))</td><td>\(e($0.name ?? $0.nib))<br><span class=\"note\">NIB \(e($0.nib))</span></td>"
                    + "<td>\(e($0.item))</td><td class=\"n\">\($0.score)</td></tr>"
            }.joined()
            articles.append(
                "<article class=\"sheet\">" + header(name, t("Meja \(table): agenda industri", "Table \(table): industry agenda"))
                    + "<table><thead><tr><th>Slot</th><th>\(e(t("Jam", "Time")))</th><th>IKM</th><th>\(e(t("Kebutuhan", "Need")))</th><th class=\"n\">\(e(t("Skor", "Score")))</th></tr></thead><tbody>"
                    + rows + "</tbody></table></article>")
        }
        let firms = Dictionary(grouping: document.meetings, by: \.nib).sorted { $0.key < $1.key }
        for (nib, meetings) in firms {
            let rows = meetings.sorted { $0.slot < $1.slot }.map {
                "<tr><td>\($0.slot)</td><td>\(e($0.time))</td><td class=\"n\">\($0.table)</td><td>\(e($0.industryName ?? $0.industry))</td>"
                    + "<td>\(e($0.item))</td><td class=\"n\">\($0.score)</td></tr>"
            }.joined()
            articles.append(
                "<article class=\"sheet\">" + header(meetings[0].name ?? nib, "NIB \(nib): " + t("agenda IKM", "IKM agenda"))
                    + "<table><thead><tr><th>Slot</th><th>\(e(t("Jam", "Time")))</th><th class=\"n\">\(e(t("Meja", "Table")))</th><th>\(e(t("Industri", "Industry")))</th><th>\(e(t("Kebutuhan", "Need")))</th><th class=\"n\">\(e(t("Skor", "Score")))</th></tr></thead><tbody>"
                    + rows + "</tbody></table></article>")
        }
        return MoneyDocumentPage.html(title: t("Agenda forum", "Forum agenda") + " " + document.forum, language: language, articles: articles)
    }
}
