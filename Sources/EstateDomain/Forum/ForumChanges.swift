/// A correction of a registered large industry (issue 18, item 1): only the fields given change,
/// applied to the record as stored when the write runs, so that two officers correcting different
/// fields at once both keep theirs. `clearContact` removes the contact.
public struct IndustryChange: Hashable, Sendable {
    public var name: String?
    public var kbli: [KBLI]?
    public var location: String?
    public var regency: String?
    public var contact: String?
    public var clearContact = false

    public init() {}

    public var isEmpty: Bool { name == nil && kbli == nil && location == nil && regency == nil && contact == nil && !clearContact }

    /// `industry` with the change, checked as a new record is.
    public func applied(to industry: LargeIndustry) throws -> LargeIndustry {
        try LargeIndustry(
            nib: industry.nib, name: name ?? industry.name, kbli: kbli ?? industry.kbli,
            location: location ?? industry.location, regency: regency ?? industry.regency,
            contact: clearContact ? nil : contact ?? industry.contact)
    }
}

/// A correction of a need (issue 18, item 1): only the fields given change; its number, its
/// industry and its opening and closing days stay. `clear` lists the optional fields to empty
/// (`material`, `kbli`, `volume_per_month`, `deadline`).
public struct NeedChange: Hashable, Sendable {
    public var item: String?
    public var process: IndustrialProcess?
    public var material: String?
    public var kbli: KBLI?
    public var volumePerMonth: Int?
    public var unit: String?
    /// The required certifications, in place of the stored ones; nil keeps them.
    public var required: [WantedCertification]?
    /// The preferred certifications, in place of the stored ones; nil keeps them.
    public var preferred: [WantedCertification]?
    public var deadline: CivilDate?
    public var clear: Set<String> = []
    /// How the input that names `clear` is called in errors: `--clear` on the command line,
    /// `clear` in a JSON body.
    public var clearField = "--clear"

    public init() {}

    /// Empties the fields `names` lists, each checked to be one of `clearable`; `field` is how
    /// the caller's input names the list.
    public mutating func clear(_ names: [String], field: String) throws {
        let choices = Self.clearable.sorted().joined(separator: ", ")
        for name in names where !Self.clearable.contains(name) {
            throw InputError(
                field: field, value: name, problem: "is not a field that can be emptied", fix: "Give one of \(choices).",
                masalah: "bukan isian yang dapat dikosongkan", perbaikan: "Isi salah satu dari \(choices).")
        }
        clear = Set(names)
        clearField = field
    }

    public var isEmpty: Bool {
        item == nil && process == nil && material == nil && kbli == nil && volumePerMonth == nil && unit == nil
            && required == nil && preferred == nil && deadline == nil && clear.isEmpty
    }

    /// The fields `clear` may name.
    public static let clearable: Set<String> = ["material", "kbli", "volume_per_month", "deadline"]

    /// `need` with the change, checked as a new need is. A field both set and cleared is refused.
    public func applied(to need: IndustryNeed) throws -> IndustryNeed {
        let given: [String: Bool] = [
            "material": material != nil, "kbli": kbli != nil, "volume_per_month": volumePerMonth != nil, "deadline": deadline != nil,
        ]
        if let both = clear.sorted().first(where: { given[$0] == true }) {
            throw InputError(
                field: clearField, value: both, problem: "is both given and cleared", fix: "Give \(both) or clear it, not both.",
                masalah: "diisi sekaligus dikosongkan", perbaikan: "Isi \(both) atau kosongkan, jangan keduanya.")
        }
        let certifications = (required ?? need.certifications.filter(\.required)) + (preferred ?? need.certifications.filter { !$0.required })
        return try IndustryNeed(
            id: need.id, industry: need.industry, item: item ?? need.item, process: process ?? need.process,
            material: clear.contains("material") ? nil : material ?? need.material,
            kbli: clear.contains("kbli") ? nil : kbli ?? need.kbli,
            volumePerMonth: clear.contains("volume_per_month") ? nil : volumePerMonth ?? need.volumePerMonth,
            unit: unit ?? need.unit, certifications: certifications,
            deadline: clear.contains("deadline") ? nil : deadline ?? need.deadline, openedOn: need.openedOn,
            closedOn: need.closedOn)
    }
}

extension IndustryChange {
    /// A correction read from the caller's texts, the same for the CLI, the API and the
    /// dashboard: nil keeps a field; `kbli` is the codes separated by `;`. A contact given and
    /// removed at once is refused, naming `clearField`, the caller's name for the removal
    /// (`--clear-contact`, `clear`, `clear_contact`).
    public init(
        name: String?, kbli: String?, location: String?, regency: String?, contact: String?, clearContact: Bool,
        clearField: String
    ) throws {
        self.init()
        self.name = name
        self.kbli = try kbli.map { try KBLI.list(parsing: $0) }
        self.location = location
        self.regency = regency
        self.contact = contact
        self.clearContact = clearContact
        if clearContact, let contact {
            throw InputError(
                field: clearField, value: contact, problem: "removes the contact that is also given",
                fix: "Give a contact or remove it, not both.", masalah: "menghapus kontak yang juga diisi",
                perbaikan: "Isi kontak atau hapus, jangan keduanya.")
        }
    }
}

extension NeedChange {
    /// How the caller names its inputs in errors: a JSON body's keys and a form's fields
    /// (`keys`), or the command line's options.
    public struct InputNames: Sendable {
        public let requires: String
        public let prefers: String
        public let deadline: String
        public let clear: String

        public static let keys = InputNames(requires: "requires", prefers: "prefers", deadline: "deadline", clear: "clear")
        public static let options = InputNames(
            requires: "--requires", prefers: "--prefers", deadline: "--deadline", clear: "--clear")
    }

    /// A correction read from the caller's texts, the same for the CLI, the API and the
    /// dashboard: nil keeps a field; `requires` and `prefers`, when given, replace the stored
    /// lists (`ForumSpecs.wanted`'s forms); `clear` names the optional fields to empty.
    public init(
        item: String?, process: String?, material: String?, kbli: String?, volumePerMonth: Int?, unit: String?,
        requires: [String]?, prefers: [String]?, deadline: String?, clear: [String], names: InputNames
    ) throws {
        self.init()
        self.item = item
        self.process = try process.map { try IndustrialProcess(parsing: $0) }
        self.material = material
        self.kbli = try kbli.map { try KBLI(parsing: $0) }
        self.volumePerMonth = volumePerMonth
        self.unit = unit
        required = try requires.map { try ForumSpecs.wanted($0, required: true, field: names.requires) }
        preferred = try prefers.map { try ForumSpecs.wanted($0, required: false, field: names.prefers) }
        self.deadline = try deadline.map { try CivilDate(parsing: $0, field: names.deadline) }
        try self.clear(clear, field: names.clear)
    }
}
