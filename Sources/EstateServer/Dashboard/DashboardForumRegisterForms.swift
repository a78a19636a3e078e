import EstateDomain
import EstateReports

/// An officer's forms for the forum's register on the forum page: register a large industry,
/// record a need, add a forum, invite to one, and close a need from its row. A refused form
/// opens again with the values sent.
extension ForumPageView {
    func registerForms(industries: [LargeIndustry], forums: [ForumEvent]) -> String {
        var html = ["<section id=\"forum-register\"><h2>\(e(t("Daftar forum", "The forum's register")))</h2>"]
        html.append(
            registerForm("/dashboard/forum/industries", "industry", t("Daftarkan industri besar", "Register a large industry"))
                + field("industry", "nib", "NIB", size: 15) + field("industry", "name", t("Nama", "Name"), size: 30)
                + field("industry", "kbli", "KBLI", size: 12, placeholder: "29100;30911")
                + field("industry", "location", t("Lokasi", "Location"), size: 30)
                + field("industry", "regency", t("Kabupaten/kota", "Regency"), size: 18, placeholder: "Kabupaten Bekasi")
                + field("industry", "contact", t("Kontak", "Contact"), size: 20)
                + submit(t("Daftarkan", "Register")))
        if !industries.isEmpty {
            html.append(
                registerForm("/dashboard/forum/needs", "need", t("Catat kebutuhan", "Record a need"))
                    + select("need", "industry", t("Industri", "Industry"), industries.map { ($0.nib.digits, $0.name) })
                    + field("need", "item", t("Barang", "Item"), size: 24)
                    + select("need", "process", t("Proses", "Process"), processes)
                    + field("need", "material", t("Bahan", "Material"), size: 10) + field("need", "kbli", "KBLI", size: 6)
                    + field("need", "volume_per_month", t("Volume/bulan", "Volume/month"), size: 8)
                    + field("need", "unit", t("Satuan", "Unit"), size: 5, placeholder: "pcs")
                    + field("need", "requires", t("Wajib", "Required"), size: 16, placeholder: "iso_9001, tkdn:40")
                    + field("need", "prefers", t("Diutamakan", "Preferred"), size: 16, placeholder: "iatf_16949")
                    + "<label>\(e(t("Tenggat", "Deadline"))) <input type=\"date\" name=\"deadline\" value=\"\(e(kept("need", "deadline")))\"></label>"
                    + submit(t("Catat", "Record")))
        }
        html.append(
            registerForm("/dashboard/forum/forums", "forum", t("Tambah forum", "Add a forum"))
                + field("forum", "code", t("Kode", "Code"), size: 16, placeholder: "FORUM-2027-09")
                + "<label>\(e(t("Tanggal", "Date"))) <input type=\"date\" name=\"held_on\" value=\"\(e(kept("forum", "held_on")))\"></label>"
                + field("forum", "venue", t("Tempat", "Venue"), size: 40) + submit(t("Tambah", "Add")))
        if !forums.isEmpty {
            html.append(
                registerForm("/dashboard/forum/invitations", "invite", t("Undang ke forum", "Invite to a forum"))
                    + select("invite", "forum", "Forum", forums.map { ($0.code, $0.code) })
                    + field("invite", "nibs", t("NIB (industri besar dan IKM)", "NIBs (large industries and IKM firms)"), size: 50)
                    + submit(t("Undang", "Invite")))
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    /// The button closing need `id` today, in the open needs' table.
    func closeButton(_ id: Int64) -> String {
        "<form method=\"post\" action=\"\(here.link("/dashboard/forum/needs/closing"))\" class=\"inline\">"
            + "<input type=\"hidden\" name=\"csrf\" value=\"\(e(csrf))\"><input type=\"hidden\" name=\"id\" value=\"\(id)\">"
            + "<button type=\"submit\">\(e(t("Tutup hari ini", "Close today")))</button></form>"
    }

    func kept(_ form: String, _ name: String) -> String {
        refusal?.form == form ? refusal?.values[name] ?? "" : ""
    }

    /// The processes a need may take, as a select's options.
    var processes: [(value: String, text: String)] { IndustrialProcess.allCases.map { ($0.code, $0.name.text(language)) } }

    /// A select of `form`'s field `name`; a refused form's choice is selected again.
    func select(_ form: String, _ name: String, _ label: String, _ options: [(value: String, text: String)]) -> String {
        let chosen = kept(form, name)
        return "<label>\(e(label)) <select name=\"\(name)\">" + options.map {
            "<option value=\"\(e($0.value))\"\($0.value == chosen ? " selected" : "")>\(e($0.text))</option>"
        }.joined() + "</select></label>"
    }

    func registerForm(_ action: String, _ name: String, _ legend: String) -> String {
        "<form method=\"post\" action=\"\(here.link(action))\" class=\"\(name)\"><input type=\"hidden\" name=\"csrf\" value=\"\(e(csrf))\">"
            + "<fieldset><legend>\(e(legend))</legend>"
    }

    func field(_ form: String, _ name: String, _ label: String, size: Int, placeholder: String? = nil) -> String {
        "<label>\(e(label)) <input name=\"\(name)\" size=\"\(size)\" value=\"\(e(kept(form, name)))\""
            + (placeholder.map { " placeholder=\"\(e($0))\"" } ?? "") + "></label>"
    }

    func submit(_ label: String) -> String {
        " <button type=\"submit\">\(e(label))</button></fieldset></form>"
    }
}
