import EstateDomain

/// A large industry as the CLI's JSON and the API show it (issue 18, item 1).
public struct IndustryView: Encodable, Hashable, Sendable {
    public let nib: String
    public let name: String
    public let kbli: [String]
    public let location: String
    public let regency: String
    public let contact: String?
    /// How many of its needs are open on the day asked.
    public let openNeeds: Int

    public init(_ industry: LargeIndustry, openNeeds: Int) {
        nib = industry.nib.digits
        name = industry.name
        kbli = industry.kbli.map(\.code)
        location = industry.location
        regency = industry.regency
        contact = industry.contact
        self.openNeeds = openNeeds
    }

    public static func list(_ register: ForumRegister, asOf date: CivilDate) -> [Self] {
        register.industries.map { industry in
            IndustryView(industry, openNeeds: register.needs.filter { $0.industry == industry.nib && $0.isOpen(on: date) }.count)
        }
    }

    public static func table(_ views: [Self], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Belum ada industri besar terdaftar." : "No large industry registered yet." }
        var table = TextTable(
            header: id
                ? ["NIB", "nama", "KBLI", "lokasi", "kabupaten/kota", "kontak", "kebutuhan terbuka"]
                : ["NIB", "name", "KBLI", "location", "regency", "contact", "open needs"])
        for view in views {
            table.add([
                view.nib, view.name, view.kbli.joined(separator: ";"), view.location, view.regency, view.contact ?? "",
                String(view.openNeeds),
            ])
        }
        return table.rendered
    }
}

/// A large industry's need as the CLI's JSON and the API show it (issue 18, item 1).
public struct NeedView: Encodable, Hashable, Sendable {
    public let id: Int64
    public let industry: String
    public let industryName: String?
    public let item: String
    public let process: String
    public let material: String?
    public let kbli: String?
    public let volumePerMonth: Int?
    public let unit: String
    /// Each as `kind` or `tkdn:40`, required and preferred apart.
    public let requiredCertifications: [String]
    public let preferredCertifications: [String]
    public let deadline: String?
    public let openedOn: String?
    public let closedOn: String?
    public let open: Bool

    public init(_ need: IndustryNeed, industryName: String?, asOf date: CivilDate) {
        id = need.id
        industry = need.industry.digits
        self.industryName = industryName
        item = need.item
        process = need.process.code
        material = need.material
        kbli = need.kbli?.code
        volumePerMonth = need.volumePerMonth
        unit = need.unit
        let spelled = { (wanted: WantedCertification) in wanted.kind.rawValue + (wanted.minimumPercent.map { ":\($0)" } ?? "") }
        requiredCertifications = need.certifications.filter(\.required).map(spelled)
        preferredCertifications = need.certifications.filter { !$0.required }.map(spelled)
        deadline = need.deadline?.iso
        openedOn = need.openedOn?.iso
        closedOn = need.closedOn?.iso
        open = need.isOpen(on: date)
    }

    /// The register's needs (of one industry, when given; only the open ones unless `all`).
    public static func list(_ register: ForumRegister, industry: NIB?, all: Bool, asOf date: CivilDate) -> [Self] {
        let names = Dictionary(register.industries.map { ($0.nib, $0.name) }, uniquingKeysWith: { first, _ in first })
        return register.needs.filter { (industry == nil || $0.industry == industry) && (all || $0.isOpen(on: date)) }
            .map { NeedView($0, industryName: names[$0.industry], asOf: date) }
    }

    public static func table(_ views: [Self], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Tidak ada kebutuhan." : "No need." }
        var table = TextTable(
            header: id
                ? ["no", "industri", "barang/jasa", "proses", "bahan", "volume/bulan", "sertifikasi wajib", "batas waktu", "status"]
                : ["no", "industry", "item", "process", "material", "volume/month", "required certifications", "deadline", "state"])
        for view in views {
            table.add([
                String(view.id), view.industryName ?? view.industry, view.item, view.process, view.material ?? "",
                view.volumePerMonth.map { "\($0) \(view.unit)" } ?? "", view.requiredCertifications.joined(separator: ", "),
                view.deadline ?? "",
                view.open ? (id ? "terbuka" : "open") : view.closedOn.map { (id ? "ditutup " : "closed ") + $0 } ?? (id ? "belum dibuka" : "not yet open"),
            ])
        }
        return table.rendered
    }
}
