import EstateDomain
import EstateStore

/// The business forum's register and its matches (issue 18, items 1–3), once for the CLI, the
/// API and the dashboard: large industries, their needs, IKM capability profiles, and the
/// explained matches of firms to open needs under the forum's match rules.
extension EstateOperations {
    /// The register as stored, records the code cannot read named in its `problems`.
    public func forumRegister() async throws -> ForumRegister { try await store.forumRegister() }

    public func addIndustry(_ industry: LargeIndustry, actor: String) async throws {
        try await store.addIndustry(industry, actor: actor)
    }

    /// The industry `nib` with `change` applied to it as stored when the write runs; a change
    /// that leaves it as it is is refused, so that the audit trail records only changes.
    public func updateIndustry(_ nib: NIB, _ change: IndustryChange, actor: String) async throws -> LargeIndustry {
        try await store.updateIndustry(nib, actor: actor) {
            try Self.changed($0, by: change.applied, record: "large industry \(nib.digits)", rekaman: "industri besar \(nib.digits)")
        }
    }

    public func addNeed(_ need: IndustryNeed, actor: String) async throws -> IndustryNeed {
        try await store.addNeed(need, actor: actor)
    }

    /// The need `id` with `change` applied to it as stored when the write runs; a change that
    /// leaves it as it is is refused.
    public func updateNeed(_ id: Int64, _ change: NeedChange, actor: String) async throws -> IndustryNeed {
        try await store.updateNeed(id, actor: actor) {
            try Self.changed($0, by: change.applied, record: "need \(id)", rekaman: "kebutuhan \(id)")
        }
    }

    /// `stored` as `apply` changes it; refused when it stays as it is, so that the audit trail
    /// records only changes. `record` and `rekaman` name it in English and in Indonesian.
    static func changed<T: Equatable>(_ stored: T, by apply: (T) throws -> T, record: String, rekaman: String) throws -> T {
        let changed = try apply(stored)
        guard changed != stored else {
            throw StoreError.refused(
                "\(record) already has these values; nothing to change",
                indonesian: "\(rekaman) sudah memiliki nilai-nilai ini; tidak ada yang perlu diubah")
        }
        return changed
    }

    public func closeNeed(_ id: Int64, on date: CivilDate, actor: String) async throws -> IndustryNeed {
        try ForumDates.checked(date, field: "closed_on")
        return try await store.closeNeed(id, on: date, actor: actor)
    }

    public func setCapabilityProfile(_ profile: CapabilityProfile, actor: String) async throws {
        try await store.setCapabilityProfile(profile, actor: actor)
    }

    /// The firm's capability profile and its name; a firm not registered is
    /// `StoreError.notFound`, a registered firm without a profile answers nil.
    public func capabilityProfile(_ nib: NIB) async throws -> (name: String, profile: CapabilityProfile?) {
        guard let firm = try await stored().estate.tenants.tenant(nib) else {
            throw StoreError.notFound(what: "firm", key: nib.digits)
        }
        let register = try await store.forumRegister()
        if register.profiles[nib] == nil, let problem = register.problems.first(where: { $0.hasPrefix("capability profile of \(nib.digits) ") }) {
            // Stored but unreadable: say so, rather than "none".
            throw StoreError.inconsistent([problem])
        }
        return (firm.legalName, register.profiles[nib])
    }

    /// The matches on `date` of each open need (only `need`, when given) to the firms with a
    /// profile, best first within each need, with the names of the firms and industries they
    /// mention. For one firm (`nib`), every open need is scored, the pairs that are no match
    /// included with the reasons. An unknown need or firm asked for is
    /// `StoreError.notFound`, so that a typing mistake is not read as "no match".
    public func forumMatches(asOf date: CivilDate, need: Int64? = nil, nib: NIB? = nil) async throws -> ForumMatchReport {
        let register = try await store.forumRegister()
        let registry = try await stored().estate.tenants
        if let need, !register.needs.contains(where: { $0.id == need }) {
            throw StoreError.notFound(what: "need", key: String(need))
        }
        if let nib, registry.tenant(nib) == nil { throw StoreError.notFound(what: "firm", key: nib.digits) }
        let firms = Self.matchingFirms(register, registry, asOf: date).filter { nib == nil || $0.nib == nib }
        let needs = register.needs.filter { need == nil || $0.id == need }
        let matcher = ForumMatcher(rules: register.rules)
        let matches: [ForumMatch]
        if let nib {
            // One firm: every open need scored, matches and not, so the trace says why not.
            guard let firm = firms.first else { throw StoreError.notFound(what: "capability profile of firm", key: nib.digits) }
            let industries = Dictionary(register.industries.map { ($0.nib, $0) }, uniquingKeysWith: { first, _ in first })
            matches = try needs.filter { $0.isOpen(on: date) }.compactMap { need in
                try industries[need.industry].map { try matcher.score(need, of: $0, for: firm, asOf: date) }
            }
        } else {
            matches = try matcher.matches(needs: needs, industries: register.industries, firms: firms, asOf: date)
        }
        let names = Self.names(register.industries, firms)
        return ForumMatchReport(
            asOf: date, ruleVersion: try register.rules.ruleSet(asOf: date).version, matches: matches,
            needs: needs.filter { $0.isOpen(on: date) }, names: names, problems: register.problems)
    }

    /// Every firm with a profile as the matcher sees it on `date`, by NIB: its registry entry, the
    /// workers of its declaration in force that day (`Tenant.declaration(asOf:)`, as every
    /// verdict reads it) and its partnerships.
    static func matchingFirms(_ register: ForumRegister, _ registry: TenantRegistry, asOf date: CivilDate) -> [MatchingFirm] {
        register.profiles.values.sorted { $0.nib < $1.nib }.compactMap { profile -> MatchingFirm? in
            guard let firm = registry.tenant(profile.nib) else { return nil }
            let latest = firm.declaration(asOf: date)
            return MatchingFirm(
                nib: firm.nib, name: firm.legalName, kbli: firm.kbli, profile: profile,
                declared: latest.map { ($0.workers, $0.localWorkers) }, partnerships: firm.partnerships)
        }
    }

    /// The names of the industries and of the firms a match or a schedule can mention.
    static func names(_ industries: [LargeIndustry], _ firms: [MatchingFirm]) -> [NIB: String] {
        var names: [NIB: String] = [:]
        for industry in industries { names[industry.nib] = industry.name }
        for firm in firms { names[firm.nib] = firm.name }
        return names
    }
}
