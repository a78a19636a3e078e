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
        guard let tenant = try await stored().estate.tenant(nib) else { throw OperationError.unknownTenant(nib) }
        if let stored = tenant.declarations.first(where: { $0.fiscalYear == declaration.fiscalYear }) {
            throw StoreError.refused(
                "the \(stored.fiscalYear) declaration of NIB \(nib.digits) is already recorded (version \(stored.version)); "
                    + "to change its figures, ask the association's officers to correct it",
                indonesian: "laporan \(stored.fiscalYear) NIB \(nib.digits) sudah tercatat (versi \(stored.version)); "
                    + "untuk mengubah angkanya, minta pengurus asosiasi mengoreksinya")
        }
        return try await store.submitDeclaration(declaration, for: nib, actor: actor)
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
