import EstateDomain
import EstateStore

/// The checks, before a write, against the forum's registers: that a partnership's terms name a
/// registered large industry (and, for a forum's partnership, a saved meeting of that industry
/// with the firm), and that a firm being registered is not a large industry. The database
/// refuses each anyway (foreign keys, migration 0034's triggers); these name the field and the
/// fix instead. Industries and saved meetings with partnerships are never removed, so a check
/// cannot go stale before the write.
extension EstateOperations {
    /// Both checks for one write: the registered industries are read once, and only when a firm
    /// is registered or a partnership names an industry.
    func checkRegisters(
        firms: [(nib: NIB, origin: String?)] = [], partnerships: [(nib: NIB, terms: PartnershipTerms, origin: String?)] = []
    ) async throws {
        let named = partnerships.filter { $0.terms.industry != nil }
        guard !firms.isEmpty || !named.isEmpty else { return }
        let industries = try await store.largeIndustryNIBs()
        try checkNotIndustries(firms, industries: industries)
        try await checkTerms(named, industries: industries)
    }

    /// `origin` says where a partnership came from (a file's line), for the message.
    private func checkTerms(
        _ named: [(nib: NIB, terms: PartnershipTerms, origin: String?)], industries: Set<NIB>
    ) async throws {
        var saved: [String: [SavedMeeting]] = [:]  // each forum's meetings, read once
        for (nib, terms, origin) in named {
            guard let industry = terms.industry else { continue }
            let at = origin.map { " (\($0))" } ?? ""
            guard industries.contains(industry) else {
                throw InputError(
                    field: "industry", value: industry.digits, problem: "is not a registered large industry\(at)",
                    fix: "Give the NIB of one the register lists (`estate industries list`, GET /api/v1/forum/industries), or register it first (`estate industries add`, POST /api/v1/forum/industries).",
                    masalah: "bukan industri besar yang terdaftar\(at)",
                    perbaikan: "Isi NIB yang ada di daftar (`estate industries list`, GET /api/v1/forum/industries), atau daftarkan dulu (`estate industries add`, POST /api/v1/forum/industries).")
            }
            guard let forum = terms.forum else { continue }
            if saved[forum] == nil { saved[forum] = try await store.meetings(forum: forum) }
            if !(saved[forum] ?? []).contains(where: { $0.industry == industry && $0.nib == nib }) {
                throw InputError(
                    field: "forum", value: forum, problem: "has no saved meeting of \(industry) with \(nib)\(at)",
                    fix: "Record a forum's partnership as its outcome after saving its schedule (`estate forum outcome`, POST /api/v1/forums/\(forum)/outcomes), or leave the forum out.",
                    masalah: "tidak memiliki pertemuan tersimpan antara \(industry) dan \(nib)\(at)",
                    perbaikan: "Catat kemitraan hasil forum sebagai hasilnya setelah jadwalnya disimpan (`estate forum outcome`, POST /api/v1/forums/\(forum)/outcomes), atau kosongkan forum.")
            }
        }
    }

    /// The check, before a write, that no firm being registered has the NIB of a registered large
    /// industry (a firm would be matched with itself). Migration 0034's triggers hold the rule in
    /// the write itself, for two registering one NIB at the same moment; this names the fix.
    /// `origin` says where each firm came from (a file's line), for the message; every firm with
    /// an industry's NIB is named.
    private func checkNotIndustries(_ firms: [(nib: NIB, origin: String?)], industries: Set<NIB>) throws {
        let named = firms.filter { industries.contains($0.nib) }
        guard !named.isEmpty else { return }
        let list = named.map { "\($0.nib)" + ($0.origin.map { " (\($0))" } ?? "") }.joined(separator: ", ")
        throw StoreError.refused(
            "NIB \(list) \(named.count == 1 ? "is a registered large industry" : "are registered large industries") "
                + "(GET /api/v1/forum/industries, `estate industries list`); an IKM firm has a NIB of its own, nothing written",
            indonesian: "NIB \(list) adalah industri besar yang terdaftar (GET /api/v1/forum/industries, `estate industries list`); "
                + "IKM memiliki NIB sendiri, tidak ada yang ditulis")
    }
}
