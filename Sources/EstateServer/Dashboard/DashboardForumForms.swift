import EstateDomain
import EstateReports

/// An officer's forms on the forum page: save a forum's optimal schedule (a forum whose meetings
/// have no outcome yet), and record what followed a saved meeting. A refused form opens again
/// with the values sent.
extension ForumPageView {
    func forms(_ forums: [ForumEvent], meetings: [SavedMeeting], outcomes: [ForumOutcome]) -> String {
        let kept = { (form: String, field: String) -> String in
            refusal?.form == form ? refusal?.values[field] ?? "" : ""
        }
        let open = forums.filter { forum in !outcomes.contains { $0.forum == forum.code } }
        var html = ["<section id=\"forum-forms\"><h2>\(e(t("Catat", "Record")))</h2>"]
        if !open.isEmpty {
            let chosen = kept("schedule", "forum")
            html.append(
                form("/dashboard/forum/schedule", "schedule")
                    + "<fieldset><legend>\(e(t("Simpan jadwal optimal forum", "Save a forum's optimal schedule")))</legend>"
                    + "<label>Forum <select name=\"forum\">" + open.map {
                        "<option value=\"\(e($0.code))\"\($0.code == chosen ? " selected" : "")>\(e($0.code)) · \(e($0.heldOn.format(language)))</option>"
                    }.joined() + "</select></label>"
                    + "<label>\(e(t("Putaran", "Rounds"))) <input name=\"slots\" inputmode=\"numeric\" size=\"3\" value=\"\(e(kept("schedule", "slots").isEmpty ? "10" : kept("schedule", "slots")))\"></label>"
                    + "<label>\(e(t("Mulai", "Start"))) <input name=\"start\" size=\"5\" value=\"\(e(kept("schedule", "start").isEmpty ? "09:00" : kept("schedule", "start")))\"></label>"
                    + "<label>\(e(t("Menit", "Minutes"))) <input name=\"minutes\" inputmode=\"numeric\" size=\"3\" value=\"\(e(kept("schedule", "minutes").isEmpty ? "20" : kept("schedule", "minutes")))\"></label>"
                    + " <button type=\"submit\">\(e(t("Simpan jadwal", "Save the schedule")))</button>"
                    + "<p class=\"help\">\(e(t("Jadwal yang sudah memiliki hasil tidak dapat diganti.", "A schedule with outcomes cannot be replaced.")))</p>"
                    + "</fieldset></form>")
        }
        if meetings.isEmpty {
            html.append("<p class=\"empty\">\(e(t("Simpan jadwal sebuah forum untuk mencatat hasilnya.", "Save a forum's schedule to record its outcomes.")))</p>")
        } else {
            let chosen = kept("outcome", "meeting")
            let kinds: [ForumOutcome.Kind] = [.mou, .purchaseOrder, .partnership]
            html.append(
                form("/dashboard/forum/outcomes", "outcome")
                    + "<fieldset><legend>\(e(t("Catat hasil sebuah pertemuan", "Record what followed a meeting")))</legend>"
                    + "<label>\(e(t("Pertemuan", "Meeting"))) <select name=\"meeting\">" + meetings.map { m in
                        let value = "\(m.forum)|\(m.industry.digits)|\(m.nib.digits)"
                        return "<option value=\"\(e(value))\"\(value == chosen ? " selected" : "")>"
                            + "\(e(m.forum)) · \(e(name(m.industry))) × \(e(name(m.nib)))</option>"
                    }.joined() + "</select></label>"
                    + "<label>\(e(t("Jenis", "Kind"))) <select name=\"kind\">" + kinds.map {
                        "<option value=\"\($0.rawValue)\"\($0.rawValue == kept("outcome", "kind") ? " selected" : "")>\(e(kindName($0)))</option>"
                    }.joined() + "</select></label>"
                    + "<label>\(e(t("Tanggal", "Date"))) <input type=\"date\" name=\"on\" value=\"\(e(kept("outcome", "on").isEmpty ? today.iso : kept("outcome", "on")))\"></label>"
                    + "<label>\(e(t("Nilai (PO; kemitraan per tahun)", "Value (PO; partnership a year)"))) <input name=\"value\" size=\"16\" value=\"\(e(kept("outcome", "value")))\"></label>"
                    + "<label>\(e(t("Nomor (PO, MoU)", "Number (PO, MoU)"))) <input name=\"reference\" size=\"16\" maxlength=\"100\" value=\"\(e(kept("outcome", "reference")))\"></label>"
                    + "<label>\(e(t("Berakhir (kemitraan)", "Ends (partnership)"))) <input type=\"date\" name=\"ends_on\" value=\"\(e(kept("outcome", "ends_on")))\"></label>"
                    + "<label>\(e(t("Lapangan kerja", "Jobs"))) <input name=\"jobs\" inputmode=\"numeric\" size=\"4\" value=\"\(e(kept("outcome", "jobs")))\"></label>"
                    + "<label>\(e(t("Untuk warga Kab. Bekasi", "For Kab. Bekasi residents"))) <input name=\"local_jobs\" inputmode=\"numeric\" size=\"4\" value=\"\(e(kept("outcome", "local_jobs")))\"></label>"
                    + " <button type=\"submit\">\(e(t("Catat", "Record")))</button></fieldset></form>")
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    private func form(_ action: String, _ name: String) -> String {
        "<form method=\"post\" action=\"\(here.link(action))\" class=\"\(name)\"><input type=\"hidden\" name=\"csrf\" value=\"\(e(csrf))\">"
    }
}
