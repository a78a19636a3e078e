import EstateDomain
import EstateStore

/// A firm's own account sends its yearly declaration; an officer accepts or refuses it (issue
/// 17, item 1). Once for the CLI, the API and the dashboard.
extension EstateOperations {
    /// Which submissions a list shows.
    public enum SubmissionFilter: String, Sendable, CaseIterable {
        case all, submitted, accepted, refused

        /// `?state=` / `--state` as people write it; nil text is every state.
        public static func parse(_ text: String?, field: String) throws -> SubmissionFilter {
            guard let text else { return .all }
            guard let filter = SubmissionFilter(rawValue: text) else {
                throw InputError(
                    field: field, value: text, problem: "is not a submission state",
                    fix: "Write submitted, accepted, refused or all.",
                    masalah: "bukan status kiriman", perbaikan: "Tuliskan submitted, accepted, refused atau all.")
            }
            return filter
        }
    }

    /// Sends the firm's figures for a year, to wait for an officer. A year the firm has already
    /// declared is refused here, saying what to do (the store refuses a second one waiting).
    public func submitDeclaration(_ declaration: Declaration, for nib: NIB, actor: String) async throws
        -> DeclarationSubmission
    {
        try Self.checkSendable(declaration)
        guard let tenant = try await stored().estate.tenant(nib) else { throw OperationError.unknownTenant(nib) }
        if let stored = tenant.declarations.first(where: { $0.fiscalYear == declaration.fiscalYear }) {
            throw StoreError.refused(
                "the \(stored.fiscalYear) declaration of NIB \(nib.digits) is already recorded (version \(stored.version)); "
                    + "to change its figures, ask the association's officers to correct it",
                indonesian: "laporan \(stored.fiscalYear) NIB \(nib.digits) sudah tercatat (versi \(stored.version)); "
                    + "untuk mengubah angkanya, minta pengurus asosiasi mengoreksinya")
        }
        let waiting = StoreError.refused(
            "a \(declaration.fiscalYear) declaration of NIB \(nib.digits) is already waiting for an officer; wait for "
                + "their decision (a refused one may be sent again)",
            indonesian: "laporan \(declaration.fiscalYear) NIB \(nib.digits) sudah menunggu pemeriksaan pengurus; "
                + "tunggu keputusannya (yang ditolak boleh dikirim lagi)")
        do {
            return try await store.submitDeclaration(declaration, for: nib, actor: actor)
        } catch let error as StoreError {
            // One waits per firm and year: the database's index refuses a second, whether it was
            // sent before or at the same moment; the firm is told so in these words.
            if case .exists = error { throw waiting }
            throw error
        }
    }

    /// What a firm may send: a fiscal year of the last five, up to this one, and figures a firm
    /// can have (at most Rp1,000 trillion, far above the cluster's Rp50 billion limit, so that a
    /// slip of the keyboard is caught before an officer reads it).
    static func checkSendable(_ declaration: Declaration) throws {
        let year = CivilDate.todayInBekasi.year
        guard (year - 5...year).contains(declaration.fiscalYear) else {
            throw InputError(
                field: "fiscal_year", value: String(declaration.fiscalYear), problem: "is not one of the years \(year - 5) to \(year)",
                fix: "Send the figures of a finished or current fiscal year, e.g. \(year - 1); older ones are the officers' to record.",
                masalah: "bukan salah satu tahun \(year - 5) sampai \(year)",
                perbaikan: "Kirim angka tahun buku yang sudah atau sedang berjalan, misalnya \(year - 1); tahun yang lebih lama dicatat pengurus.")
        }
        let limit: Int64 = 1_000_000_000_000_000
        for (field, amount) in [("turnover", declaration.turnover.amount), ("investment", declaration.investment.amount)]
        where amount > limit {
            throw InputError(
                field: field, value: String(amount), problem: "is more than Rp1,000 trillion",
                fix: "Write the amount in Rupiah, e.g. 24 miliar.", masalah: "lebih dari Rp1.000 triliun",
                perbaikan: "Tuliskan jumlahnya dalam Rupiah, misalnya 24 miliar.")
        }
    }

    /// The submissions in `filter`, every firm's or one's, newest first.
    public func declarationSubmissions(nib: NIB? = nil, filter: SubmissionFilter = .all) async throws
        -> [DeclarationSubmission]
    {
        try await store.declarationSubmissions(nib: nib).filter { filter == .all || $0.state.name == filter.rawValue }
    }

    /// An officer's decision on the waiting submission `id`.
    public func decideDeclarationSubmission(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws
        -> DeclarationSubmission
    {
        try await store.decideDeclarationSubmission(id, decision, actor: actor)
    }
}
