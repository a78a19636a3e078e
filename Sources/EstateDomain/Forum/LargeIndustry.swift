/// A large firm in Bekasi that buys parts and services (issue 18, item 1): kept apart from the IKM
/// firms, which are the tenants and the regency's small industries. Its `regency` is where its
/// plant is, so that a match can favour suppliers in the same regency.
public struct LargeIndustry: Hashable, Sendable {
    public let nib: NIB
    public let name: String
    public let kbli: [KBLI]
    /// Where the plant is, e.g. `Kawasan Industri Jababeka, Cikarang Utara`.
    public let location: String
    /// The regency (kabupaten) or city of the plant, e.g. `Kabupaten Bekasi`.
    public let regency: String
    /// Who to call about purchasing, as given.
    public let contact: String?

    /// A large industry with its name, location and regency checked as free text.
    public init(nib: NIB, name: String, kbli: [KBLI], location: String, regency: String, contact: String? = nil) throws {
        self.nib = nib
        self.name = try FreeText.checked(name, field: "name", limit: 200, example: "PT Astra Honda Motor")
        guard !kbli.isEmpty else {
            throw InputError(
                field: "kbli", value: "", problem: "is empty", fix: "Give at least one KBLI code, e.g. 29100.",
                masalah: "kosong", perbaikan: "Isi paling sedikit satu kode KBLI, misalnya 29100.")
        }
        // As a firm's: at most 10 codes, the main first; a code twice is a typing slip.
        let text = kbli.map(\.code).joined(separator: ";")
        guard kbli.count <= 10, Set(kbli).count == kbli.count else {
            throw InputError(
                field: "kbli", value: text, problem: kbli.count > 10 ? "is more than 10 codes" : "names a code twice",
                fix: "Give the industry's KBLI 2020 codes once each, the main activity first, at most 10.",
                masalah: kbli.count > 10 ? "berisi lebih dari 10 kode" : "memuat satu kode dua kali",
                perbaikan: "Isikan kode KBLI 2020 industri itu masing-masing sekali, kegiatan utama lebih dahulu, paling banyak 10.")
        }
        self.kbli = kbli
        self.location = try FreeText.checked(
            location, field: "location", limit: 300, example: "Kawasan Industri Jababeka, Cikarang Utara")
        self.regency = try FreeText.checked(regency, field: "regency", limit: 100, example: "Kabupaten Bekasi")
        self.contact = try contact.map { try FreeText.checked($0, field: "contact", limit: 200, example: "0812-0000-0000") }
    }
}

/// A place named the same way whatever the spelling: lower case, single spaces, `Kab.` as
/// `Kabupaten`, so that `Kab. Bekasi` and `kabupaten  bekasi` are one regency.
enum PlaceName {
    static func normalised(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.map { $0 == "kab." || $0 == "kab" ? "kabupaten" : String($0) }.joined(separator: " ")
    }

    /// A firm's name compared as a partner's: lower case, single spaces, no full stops or commas.
    static func firm(_ text: String) -> String {
        text.lowercased().filter { $0 != "." && $0 != "," }.split(separator: " ").joined(separator: " ")
    }
}
