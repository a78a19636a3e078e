/// Corrections of a firm's record (issue 15): its name, NPWP, KBLI codes, address, contact or legal form, keeping what was
/// there in the audit trail. The NIB is the firm's identity and never changes; its declarations
/// and partnerships are corrected on their own.
extension Estate {
    /// The firm `nib` with the values given (nil keeps one); refused when the firm is not in the
    /// registry or nothing would change.
    public func updatingTenant(
        _ nib: NIB, name: String?, npwp: NPWP?, kbli: [KBLI]?, address: String? = nil, contact: String? = nil,
        legalForm: LegalForm? = nil
    ) throws -> RecordChange {
        let (index, found) = tenants.position(of: nib)
        guard found else { throw RecordChangeRefusal.missing(what: "tenant", key: nib.digits) }
        let old = tenants[index]
        let new = try Tenant(
            nib: nib, legalName: name ?? old.legalName, npwp: npwp ?? old.npwp, kbli: kbli ?? old.kbli,
            contact: try TenantContact(address: address ?? old.contact.address, contact: contact ?? old.contact.contact),
            legalForm: legalForm ?? old.legalForm, declarations: old.declarations, partnerships: old.partnerships)
        guard new != old else {
            throw RecordChangeRefusal.notAllowed(
                "\(old.legalName) (NIB \(nib)) already has these values; nothing to change",
                indonesian: "\(old.legalName) (NIB \(nib)) sudah memiliki nilai-nilai ini; tidak ada yang perlu diubah")
        }
        var registry = tenants
        registry[index] = new
        return RecordChange(
            changed: .tenant(new), subject: "tenant \(nib)", before: old.summary, after: new.summary,
            estate: replacing(tenants: registry))
    }
}

extension Tenant {
    /// The firm's record in the audit trail's words: name, NPWP and KBLI codes, and the address
    /// and contact when known.
    public var summary: String {
        "\(legalName), NPWP \(npwp), KBLI \(kbli.map(\.code).joined(separator: ";"))"
            + (contact.address.map { ", address \($0)" } ?? "") + (contact.contact.map { ", contact \($0)" } ?? "")
            + (legalForm.map { ", legal form \($0.rawValue)" } ?? "")
    }
}

/// A declaration corrected by a new version (issue 15): the figures as filed stay, superseded,
/// and every verdict names the version it used.
extension Estate {
    /// The firm's `figures.fiscalYear` declaration corrected to `figures` for `correction`;
    /// refused when the firm or that year's declaration is not there, or nothing would change.
    public func correctingDeclaration(
        of nib: NIB, to figures: Declaration, _ correction: DeclarationCorrection
    ) throws -> RecordChange {
        let (index, found) = tenants.position(of: nib)
        guard found else { throw RecordChangeRefusal.missing(what: "tenant", key: nib.digits) }
        let firm = tenants[index]
        guard let old = firm.declarations.first(where: { $0.fiscalYear == figures.fiscalYear }) else {
            let years = firm.declarations.map { String($0.fiscalYear) }.sorted()
            throw RecordChangeRefusal.missing(
                what: "declaration",
                key: "for fiscal year \(figures.fiscalYear) of NIB \(nib) (its declared years: "
                    + (years.isEmpty ? "none" : years.joined(separator: ", ")) + ")")
        }
        let new = try old.corrected(to: figures, correction)
        var changed = firm
        changed.declarations = firm.declarations.map { $0.fiscalYear == new.fiscalYear ? new : $0 }
        var registry = tenants
        registry[index] = changed
        return RecordChange(
            changed: .declaration(nib: nib, new: new),
            subject: "\(new.fiscalYear) declaration of \(nib)", before: old.figuresSummary,
            after: new.figuresSummary + ": " + correction.reason, estate: replacing(tenants: registry))
    }
}
