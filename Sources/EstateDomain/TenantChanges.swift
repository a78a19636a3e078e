/// Corrections of a firm's record (issue 15): its name, NPWP or KBLI codes, keeping what was
/// there in the audit trail. The NIB is the firm's identity and never changes; its declarations
/// and partnerships are corrected on their own.
extension Estate {
    /// The firm `nib` with the values given (nil keeps one); refused when the firm is not in the
    /// registry or nothing would change.
    public func updatingTenant(_ nib: NIB, name: String?, npwp: NPWP?, kbli: [KBLI]?) throws -> RecordChange {
        let (index, found) = tenants.position(of: nib)
        guard found else { throw RecordChangeRefusal.missing(what: "tenant", key: nib.digits) }
        let old = tenants[index]
        let new = try Tenant(
            nib: nib, legalName: name ?? old.legalName, npwp: npwp ?? old.npwp, kbli: kbli ?? old.kbli,
            declarations: old.declarations, partnerships: old.partnerships)
        guard new != old else {
            throw RecordChangeRefusal.notAllowed(
                "\(old.legalName) (NIB \(nib)) already has these values; nothing to change")
        }
        var registry = tenants
        registry[index] = new
        return RecordChange(
            changed: .tenant(new), subject: "tenant \(nib)", before: old.summary, after: new.summary,
            estate: replacing(tenants: registry))
    }
}

extension Tenant {
    /// The firm's record in the audit trail's words: name, NPWP and KBLI codes.
    public var summary: String {
        "\(legalName), NPWP \(npwp), KBLI \(kbli.map(\.code).joined(separator: ";"))"
    }
}
