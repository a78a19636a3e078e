import EstateDomain
import EstateReports

/// An officer's forms on the forum page correcting the register (issue 18, item 1): a large
/// industry and an open need. A field left empty keeps what is stored, as `estate industries
/// update` and `estate needs update` do; a ticked box empties an optional field. A refused form
/// opens again with the values sent.
extension ForumPageView {
    func correctionForms(industries: [LargeIndustry], needs: [IndustryNeed]) -> String {
        guard !industries.isEmpty else { return "" }
        var html = [
            "<section id=\"forum-corrections\"><h2>\(e(t("Perbaiki daftar forum", "Correct the forum's register")))</h2>",
            "<p class=\"hint\">\(e(t("Isian yang dibiarkan kosong tidak diubah.", "A field left empty keeps what is stored.")))</p>",
        ]
        html.append(
            registerForm("/dashboard/forum/industries/correction", "industry-correction", t("Perbaiki industri besar", "Correct a large industry"))
                + select("industry-correction", "nib", t("Industri", "Industry"), industries.map { ($0.nib.digits, $0.name) })
                + field("industry-correction", "name", t("Nama", "Name"), size: 30)
                + field("industry-correction", "kbli", "KBLI", size: 12, placeholder: "29100;30911")
                + field("industry-correction", "location", t("Lokasi", "Location"), size: 30)
                + field("industry-correction", "regency", t("Kabupaten/kota", "Regency"), size: 18)
                + field("industry-correction", "contact", t("Kontak", "Contact"), size: 20)
                + box("industry-correction", "clear_contact", t("hapus kontak", "remove the contact"))
                + submit(t("Perbaiki", "Correct")))
        if !needs.isEmpty {
            let names = Dictionary(industries.map { ($0.nib, $0.name) }, uniquingKeysWith: { first, _ in first })
            html.append(
                registerForm("/dashboard/forum/needs/correction", "need-correction", t("Perbaiki kebutuhan", "Correct a need"))
                    + select(
                        "need-correction", "id", t("Kebutuhan", "Need"),
                        needs.map { (String($0.id), "\($0.id). \($0.item) (\(names[$0.industry] ?? $0.industry.digits))") })
                    + field("need-correction", "item", t("Barang", "Item"), size: 24)
                    + select(
                        "need-correction", "process", t("Proses", "Process"), [("", t("(tidak diubah)", "(unchanged)"))] + processes)
                    + field("need-correction", "material", t("Bahan", "Material"), size: 10)
                    + field("need-correction", "kbli", "KBLI", size: 6)
                    + field("need-correction", "volume_per_month", t("Volume/bulan", "Volume/month"), size: 8)
                    + field("need-correction", "unit", t("Satuan", "Unit"), size: 5)
                    + field("need-correction", "requires", t("Wajib (mengganti)", "Required (replaces)"), size: 16, placeholder: "iso_9001, tkdn:40")
                    + field("need-correction", "prefers", t("Diutamakan (mengganti)", "Preferred (replaces)"), size: 16, placeholder: "iatf_16949")
                    + "<label>\(e(t("Tenggat", "Deadline"))) <input type=\"date\" name=\"deadline\" value=\"\(e(kept("need-correction", "deadline")))\"></label>"
                    + " \(e(t("Kosongkan", "Empty"))):"
                    + box("need-correction", "clear_material", t("bahan", "material"))
                    + box("need-correction", "clear_kbli", "KBLI")
                    + box("need-correction", "clear_volume_per_month", t("volume", "volume"))
                    + box("need-correction", "clear_deadline", t("tenggat", "deadline"))
                    + submit(t("Perbaiki", "Correct")))
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    /// A checkbox, ticked again when a refused form comes back with it ticked.
    private func box(_ form: String, _ name: String, _ label: String) -> String {
        " <label><input type=\"checkbox\" name=\"\(name)\" value=\"on\"\(kept(form, name) == "on" ? " checked" : "")> \(e(label))</label>"
    }
}
