/// The Bahasa Indonesia names of the records a `StoreError.notFound` (or a
/// `RecordChangeRefusal.missing`) can name, so that a refusal in Indonesian does not open with an
/// English noun ("tenant 912… tidak ada"); the key after it (e.g. "of NIB … submitted by …") is
/// still written in English. A `what` not listed is shown as it is; `Tests/EstateStoreContractTests/StoreErrorNounTests` checks that every one
/// the sources throw is listed.
extension StoreError {
    static let indonesianNouns: [String: String] = [
        "tenant": "penyewa", "firm": "perusahaan", "need": "kebutuhan", "forum": "forum", "estate": "kawasan",
        "large industry": "industri besar", "large industry or IKM firm": "industri besar atau IKM",
        "document": "dokumen", "document of NIB": "dokumen milik NIB", "phase": "tahap", "plot": "kavling",
        "plot or tenant": "kavling atau penyewa", "invoice": "tagihan", "invoice of the month": "tagihan bulan",
        "payment": "pembayaran", "declaration submission": "kiriman laporan tahunan",
        "capability profile of firm": "profil kemampuan perusahaan", "live token": "token aktif",
        "live token with id or name": "token aktif dengan id atau nama", "live session": "sesi aktif",
        "outbox entry": "pesan keluar", "rule-set version": "versi aturan",
        // `RecordChangeRefusal.missing`'s, which reach the caller as `notFound`.
        "application": "permohonan", "lease": "sewa", "signed lease": "sewa yang ditandatangani",
        "partnership": "kemitraan", "declaration": "laporan tahunan",
    ]

    /// `what` in Bahasa Indonesia: from the table, or for the two names built around a record
    /// ("declaration submission of NIB …", "a record referenced by …"), their own wording.
    public static func indonesianNoun(_ what: String) -> String {
        if let noun = indonesianNouns[what] { return noun }
        if what.hasPrefix("declaration submission of NIB ") {
            return "kiriman laporan tahunan milik NIB " + what.dropFirst("declaration submission of NIB ".count)
        }
        if what.hasPrefix("saved meeting of forum ") {
            return "pertemuan tersimpan forum " + what.dropFirst("saved meeting of forum ".count)
        }
        if what.hasPrefix("a record referenced by ") {
            return "data yang dirujuk oleh " + what.dropFirst("a record referenced by ".count)
        }
        return what
    }
}
