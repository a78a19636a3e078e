import EstateDomain
import EstateStore

/// The check, before a write, that a partnership's terms name what the forum's registers hold: a
/// registered large industry, and for a forum's partnership a saved meeting of that industry
/// with the firm. The database refuses either anyway (foreign keys); this names the field and the
/// fix instead of a constraint. Industries and saved meetings with partnerships are never removed,
/// so the check cannot go stale before the write.
extension EstateOperations {
    /// `origin` says where a partnership came from (a file's line), for the message.
    func checkTerms(_ partnerships: [(nib: NIB, terms: PartnershipTerms, origin: String?)]) async throws {
        let named = partnerships.filter { $0.terms.industry != nil }
        guard !named.isEmpty else { return }
        let industries = Set(try await store.forumRegister().industries.map(\.nib))
        for (nib, terms, origin) in named {
            guard let industry = terms.industry else { continue }
            let at = origin.map { " (\($0))" } ?? ""
            guard industries.contains(industry) else {
                throw InputError(
                    field: "industry", value: industry.digits, problem: "is not a registered large industry\(at)",
                    fix: "Give the NIB of one `estate industries list` shows, or register it first with `estate industries add`.",
                    masalah: "bukan industri besar yang terdaftar\(at)",
                    perbaikan: "Isi NIB yang ditampilkan `estate industries list`, atau daftarkan dulu dengan `estate industries add`.")
            }
            if let forum = terms.forum,
                !(try await store.meetings(forum: forum)).contains(where: { $0.industry == industry && $0.nib == nib })
            {
                throw InputError(
                    field: "forum", value: forum, problem: "has no saved meeting of \(industry) with \(nib)\(at)",
                    fix: "Record a forum's partnership with `estate forum outcome` after saving its schedule, or leave the forum out.",
                    masalah: "tidak memiliki pertemuan tersimpan antara \(industry) dan \(nib)\(at)",
                    perbaikan: "Catat kemitraan hasil forum dengan `estate forum outcome` setelah jadwalnya disimpan, atau kosongkan forum.")
            }
        }
    }
}
