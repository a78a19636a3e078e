/// A member firm (IKM) that leases or applies for a plot.
///
/// A value type whose fields live in one shared box (copied on write), so that copying a tenant,
/// or an estate's array of thousands of them, costs one reference count instead of one per field.
public struct Tenant: Hashable, Sendable, Identifiable {
    private final class Fields: @unchecked Sendable {
        let nib: NIB
        let legalName: String
        let npwp: NPWP
        let kbli: [KBLI]
        let contact: TenantContact
        let legalForm: LegalForm?
        var declarations: [Declaration]
        var partnerships: [Partnership]

        init(
            nib: NIB, legalName: String, npwp: NPWP, kbli: [KBLI], contact: TenantContact, legalForm: LegalForm?,
            declarations: [Declaration], partnerships: [Partnership]
        ) {
            self.nib = nib
            self.legalName = legalName
            self.npwp = npwp
            self.kbli = kbli
            self.contact = contact
            self.legalForm = legalForm
            self.declarations = declarations
            self.partnerships = partnerships
        }

        func copy() -> Fields {
            Fields(
                nib: nib, legalName: legalName, npwp: npwp, kbli: kbli, contact: contact, legalForm: legalForm,
                declarations: declarations, partnerships: partnerships)
        }
    }

    private var fields: Fields

    public var nib: NIB { fields.nib }
    public var legalName: String { fields.legalName }
    public var npwp: NPWP { fields.npwp }
    /// KBLI 2020 codes, the main activity first; never empty.
    public var kbli: [KBLI] { fields.kbli }
    /// The firm's address and the person to reach there, when known.
    public var contact: TenantContact { fields.contact }
    /// The firm's legal form as recorded (`legal_form`, `bentuk_usaha`); nil when not recorded.
    public var legalForm: LegalForm? { fields.legalForm }
    /// The form its invoices are taxed by: as recorded, else as its name shows ("PT …", "CV …",
    /// "UD …"); nil when neither says, and then nothing is withheld.
    public var billingForm: LegalForm? { legalForm ?? LegalForm.inferred(fromName: legalName) }
    public var declarations: [Declaration] {
        get { fields.declarations }
        set {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            fields.declarations = newValue
        }
    }
    public var partnerships: [Partnership] {
        get { fields.partnerships }
        set {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            fields.partnerships = newValue
        }
    }

    public var id: NIB { nib }

    public static func == (a: Tenant, b: Tenant) -> Bool {
        a.fields === b.fields
            || (a.nib == b.nib && a.legalName == b.legalName && a.npwp == b.npwp && a.kbli == b.kbli
                && a.contact == b.contact && a.legalForm == b.legalForm && a.declarations == b.declarations && a.partnerships == b.partnerships)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nib)
        hasher.combine(legalName)
        hasher.combine(npwp)
        hasher.combine(kbli)
        hasher.combine(contact)
        hasher.combine(legalForm)
        hasher.combine(declarations)
        hasher.combine(partnerships)
    }

    public init(
        nib: NIB, legalName: String, npwp: NPWP, kbli: [KBLI], contact: TenantContact = TenantContact(),
        legalForm: LegalForm? = nil, declarations: [Declaration] = [], partnerships: [Partnership] = []
    ) throws {
        let name = try FreeText.checked(legalName, field: "name", limit: 200, example: "CV Baja Mandiri")
        guard (1...10).contains(kbli.count) else {
            throw InputError(
                field: "kbli", value: kbli.map(\.code).joined(separator: ";"), problem: "is not 1 to 10 codes",
                fix: "Give the firm's 5-digit KBLI 2020 codes, the main activity first, at most 10.",
                masalah: "tidak berisi 1 sampai 10 kode",
                perbaikan: "Isikan kode KBLI 2020 perusahaan (5 angka), kegiatan utama lebih dahulu, paling banyak 10.")
        }
        fields = Fields(
            nib: nib, legalName: name, npwp: npwp, kbli: kbli, contact: contact, legalForm: legalForm,
            declarations: declarations, partnerships: partnerships)
    }

    /// The declaration in force on `date`: the highest fiscal year among those filed on or
    /// before that day.
    public func declaration(asOf date: CivilDate) -> Declaration? {
        declarations.filter { $0.effectiveFrom <= date }
            .max { ($0.fiscalYear, $0.effectiveFrom) < ($1.fiscalYear, $1.effectiveFrom) }
    }

    /// The KBLI division of the main activity, e.g. `25`.
    public var mainDivision: String { kbli[0].division }
}

/// A tenant's supply relationship with a large industry in Bekasi, which the regency's business
/// forum encourages. It is in force over the half-open period [since, endedOn), like a lease.
public struct Partnership: Hashable, Sendable {
    public let partner: String
    public let product: String
    public let since: CivilDate
    /// The first day the partnership is no longer in force; nil while it runs.
    public let endedOn: CivilDate?

    /// What the forum's outcome records add to it (issue 18, item 5): the registered large
    /// industry, the forum meeting it followed, its value a year and the jobs it brings; `.none`
    /// for a partnership recorded with its names and dates only, as every one was before.
    public let terms: PartnershipTerms

    /// A partnership naming its partner and product in 1 to 200 characters each; an end, when
    /// given, comes after `since`.
    public init(
        partner: String, product: String, since: CivilDate, endedOn: CivilDate? = nil, terms: PartnershipTerms = .none
    ) throws {
        self.partner = try FreeText.checked(partner, field: "partner", limit: 200, example: "PT Astra Honda Motor")
        self.product = try FreeText.checked(product, field: "product", limit: 200, example: "braket knalpot")
        if let endedOn, endedOn <= since {
            throw InputError(
                field: "ended_on", value: endedOn.iso, problem: "is not after since (\(since.iso))",
                fix: "The end is the first day the partnership is no longer in force; make it later than \(since.iso).",
                masalah: "tidak sesudah since (\(since.iso))",
                perbaikan: "Tanggal berakhir adalah hari pertama kemitraan tidak berlaku lagi; "
                    + "buat lebih lambat dari \(since.iso).")
        }
        self.since = since
        self.endedOn = endedOn
        self.terms = terms
    }

    /// Whether the partnership is in force on `date`: from `since`, until the day before its end.
    public func isInForce(on date: CivilDate) -> Bool {
        since <= date && endedOn.map { date < $0 } ?? true
    }
}

/// Where a firm is and whom to reach there: an address and a contact (a person, a telephone
/// number or an e-mail address), each free text, absent when not yet known.
public struct TenantContact: Hashable, Sendable {
    public let address: String?
    public let contact: String?

    /// An address of 1 to 300 characters and a contact of 1 to 200, each when given.
    public init(address: String? = nil, contact: String? = nil) throws {
        self.address = try address.map {
            try FreeText.checked($0, field: "address", limit: 300, example: "Jl. Industri Raya No. 5, Cikarang Barat")
        }
        self.contact = try contact.map {
            try FreeText.checked($0, field: "contact", limit: 200, example: "Bu Sari, 0812-3456-7890")
        }
    }

    /// No address and no contact.
    public init() {
        address = nil
        contact = nil
    }
}
