/// Corrections and endings of a firm's partnerships with large industry (issue 15), keeping what
/// was there in the audit trail. A partnership is found by its partner and product as stored;
/// adding one goes through the same batch as an import of `partnerships.csv`.
extension Estate {
    /// The partnership of `nib` with `partner` for `product`, corrected as `correction` says
    /// (nil keeps a value); refused when it is not there, when nothing would change or when the
    /// firm already has a partnership under the new partner and product.
    public func correctingPartnership(
        of nib: NIB, partner: String, product: String, to correction: PartnershipCorrection
    ) throws -> RecordChange {
        let (firm, old) = try partnership(of: nib, partner: partner, product: product)
        if correction.reopen, let end = correction.endedOn {
            throw InputError(
                field: "ended_on", value: end.iso, problem: "is given with reopen",
                fix: "Either correct the end (ended_on) or reopen the partnership (it runs on, no end), not both.",
                masalah: "diisi bersama reopen",
                perbaikan: "Perbaiki tanggal berakhirnya (ended_on) atau buka kembali kemitraan "
                    + "(berlaku terus, tanpa akhir), jangan keduanya.")
        }
        if let forum = old.terms.forum, let industry = correction.industry, industry != old.terms.industry {
            throw InputError(
                field: "industry", value: industry.digits,
                problem: "cannot change: the partnership followed forum \(forum)'s meeting with \(old.terms.industry?.digits ?? "")",
                fix: "Leave the industry as it is; record a partnership with another industry after its own meeting.",
                masalah: "tidak dapat diubah: kemitraan ini hasil pertemuan forum \(forum) dengan \(old.terms.industry?.digits ?? "")",
                perbaikan: "Biarkan industrinya; catat kemitraan dengan industri lain setelah pertemuannya sendiri.")
        }
        try Self.checkClearing(correction, forum: old.terms.forum)
        let new: Partnership
        do {
            let terms = old.terms
            let cleared = correction.clear
            new = try Partnership(
                partner: correction.partner ?? old.partner, product: correction.product ?? old.product,
                since: correction.since ?? old.since, endedOn: correction.reopen ? nil : correction.endedOn ?? old.endedOn,
                terms: try PartnershipTerms(
                    industry: cleared.contains("industry") ? nil : correction.industry ?? terms.industry, forum: terms.forum,
                    valuePerYear: cleared.contains("value_per_year") ? nil : correction.valuePerYear ?? terms.valuePerYear,
                    jobs: cleared.contains("jobs") ? nil : correction.jobs ?? terms.jobs,
                    localJobs: cleared.contains("local_jobs") ? nil : correction.localJobs ?? terms.localJobs))
        } catch let error as InputError where ["partner", "product"].contains(error.field) {
            // The new names are given as new_partner and new_product; the old ones only find it.
            throw error.renamed(to: "new_" + error.field)
        }
        guard new != old else {
            throw RecordChangeRefusal.notAllowed(
                "the partnership of \(firm.legalName) with \(old.partner) for \(old.product) already has these values; "
                    + "nothing to change",
                indonesian: "kemitraan \(firm.legalName) dengan \(old.partner) untuk \(old.product) sudah memiliki "
                    + "nilai-nilai ini; tidak ada yang perlu diubah")
        }
        if (new.partner, new.product) != (old.partner, old.product),
            firm.partnerships.contains(where: { ($0.partner, $0.product) == (new.partner, new.product) })
        {
            throw RecordChangeRefusal.notAllowed(
                "\(firm.legalName) already has a partnership with \(new.partner) for \(new.product); "
                    + "correct or end that one instead",
                indonesian: "\(firm.legalName) sudah memiliki kemitraan dengan \(new.partner) untuk \(new.product); "
                    + "perbaiki atau akhiri kemitraan itu sebagai gantinya")
        }
        return replacing(old, with: new, of: firm)
    }

    /// Ends the partnership from `on`, the first day it is no longer in force; refused when it has
    /// already ended (its end is corrected with `correctingPartnership`).
    public func endingPartnership(of nib: NIB, partner: String, product: String, on: CivilDate) throws -> RecordChange {
        let (firm, old) = try partnership(of: nib, partner: partner, product: product)
        if let ended = old.endedOn {
            throw RecordChangeRefusal.notAllowed(
                "the partnership of \(firm.legalName) with \(old.partner) for \(old.product) already ended on "
                    + "\(ended.iso); correct its end instead (`estate partnerships update \(nib) … --ended-on DATE`, "
                    + "or --reopen if it never ended; POST …/partnerships/correction with ended_on or reopen)",
                indonesian: "kemitraan \(firm.legalName) dengan \(old.partner) untuk \(old.product) sudah berakhir "
                    + "pada \(ended.iso); perbaiki tanggal berakhirnya sebagai gantinya "
                    + "(`estate partnerships update \(nib) … --ended-on DATE`, atau --reopen jika kemitraan itu tidak "
                    + "pernah berakhir; POST …/partnerships/correction dengan ended_on atau reopen)")
        }
        guard old.since < on else {
            throw InputError(
                field: "on", value: on.iso, problem: "is not after the partnership's start (\(old.since.iso))",
                fix: "Give the first day it is no longer in force, later than \(old.since.iso).",
                masalah: "tidak sesudah tanggal mulai kemitraan (\(old.since.iso))",
                perbaikan: "Isikan hari pertama kemitraan tidak berlaku lagi, lebih lambat dari \(old.since.iso).")
        }
        let ended = try Partnership(partner: old.partner, product: old.product, since: old.since, endedOn: on, terms: old.terms)
        return replacing(old, with: ended, of: firm)
    }

    private func partnership(of nib: NIB, partner: String, product: String) throws -> (Tenant, Partnership) {
        guard let firm = tenant(nib) else { throw RecordChangeRefusal.missing(what: "tenant", key: nib.digits) }
        let partner = partner.trimmingSpaces
        let product = product.trimmingSpaces
        guard let found = firm.partnerships.first(where: { $0.partner == partner && $0.product == product }) else {
            let known = firm.partnerships.map { "\($0.partner) for \($0.product)" }
            throw RecordChangeRefusal.missing(
                what: "partnership",
                key: "of NIB \(nib) with \(partner) for \(product) (the firm's partnerships: "
                    + (known.isEmpty ? "none" : known.joined(separator: "; ")) + ")")
        }
        return (firm, found)
    }

    private func replacing(_ old: Partnership, with new: Partnership, of firm: Tenant) -> RecordChange {
        var changed = firm
        changed.partnerships = firm.partnerships.map { $0 == old ? new : $0 }
            .sorted { ($0.partner, $0.product) < ($1.partner, $1.product) }
        var registry = tenants
        registry[tenants.position(of: firm.nib).index] = changed
        return RecordChange(
            changed: .partnership(nib: firm.nib, old: old, new: new),
            subject: "partnership of \(firm.nib) with \(old.partner) for \(old.product)", before: old.summary,
            after: new.summary, estate: replacing(tenants: registry))
    }
}

/// What a correction of a partnership changes; nil keeps the stored value.
public struct PartnershipCorrection: Hashable, Sendable {
    public let partner: String?
    public let product: String?
    public let since: CivilDate?
    public let endedOn: CivilDate?
    /// The partnership was ended by mistake: it runs on, without an end.
    public let reopen: Bool
    /// The registered large industry the partner is, its value a year and its jobs (issue 18):
    /// how an officer completes a partnership recorded before the forum's records existed.
    public let industry: NIB?
    public let valuePerYear: Rupiah?
    public let jobs: Int?
    public let localJobs: Int?
    /// The terms to empty (`clearable`), e.g. a value typed into the wrong partnership.
    public let clear: Set<String>

    /// The terms `clear` may name.
    public static let clearable: Set<String> = ["industry", "value_per_year", "jobs", "local_jobs"]

    public init(
        partner: String? = nil, product: String? = nil, since: CivilDate? = nil, endedOn: CivilDate? = nil,
        reopen: Bool = false, industry: NIB? = nil, valuePerYear: Rupiah? = nil, jobs: Int? = nil, localJobs: Int? = nil,
        clear: Set<String> = []
    ) {
        self.clear = clear
        self.partner = partner
        self.product = product
        self.since = since
        self.endedOn = endedOn
        self.reopen = reopen
        self.industry = industry
        self.valuePerYear = valuePerYear
        self.jobs = jobs
        self.localJobs = localJobs
    }

    /// Whether the correction names nothing to change.
    public var isEmpty: Bool {
        partner == nil && product == nil && since == nil && endedOn == nil && !reopen && industry == nil
            && valuePerYear == nil && jobs == nil && localJobs == nil && clear.isEmpty
    }

    /// The terms `names` lists, each checked to be one of `clearable`; `field` is how the
    /// caller's input names the list (`--clear`, `clear`).
    public static func clearing(_ names: [String], field: String) throws -> Set<String> {
        let choices = clearable.sorted().joined(separator: ", ")
        for name in names where !clearable.contains(name) {
            throw InputError(
                field: field, value: name, problem: "is not a term that can be emptied", fix: "Give one of \(choices).",
                masalah: "bukan syarat yang dapat dikosongkan", perbaikan: "Isi salah satu dari \(choices).")
        }
        return Set(names)
    }
}

extension Estate {
    /// A term both given and cleared is refused, and so is clearing the industry of a
    /// partnership that followed a forum's meeting with it.
    static func checkClearing(_ correction: PartnershipCorrection, forum: String?) throws {
        let given: [String: String] = [
            "industry": correction.industry?.digits, "value_per_year": correction.valuePerYear.map { String($0.amount) },
            "jobs": correction.jobs.map(String.init), "local_jobs": correction.localJobs.map(String.init),
        ].compactMapValues { $0 }
        if let both = correction.clear.sorted().first(where: { given[$0] != nil }) {
            throw InputError(
                field: both, value: given[both] ?? "", problem: "is both given and cleared", fix: "Give \(both) or clear it, not both.",
                masalah: "diisi sekaligus dikosongkan", perbaikan: "Isi \(both) atau kosongkan, jangan keduanya.")
        }
        if let forum, correction.clear.contains("industry") {
            throw InputError(
                field: "industry", value: "", problem: "cannot be emptied: the partnership followed forum \(forum)'s meeting",
                fix: "Leave the industry as it is.", masalah: "tidak dapat dikosongkan: kemitraan ini hasil pertemuan forum \(forum)",
                perbaikan: "Biarkan industrinya.")
        }
    }
}

extension Partnership {
    /// The partnership in one line for the audit log: partner, product and period.
    public var summary: String { "\(partner), \(product), \(period)" + (terms.isEmpty ? "" : ", " + terms.summary) }

    /// When it is in force, e.g. `since 2023-04-01, ended on 2026-07-01`.
    public var period: String { "since \(since.iso)" + (endedOn.map { ", ended on \($0.iso)" } ?? ", in force") }
}
