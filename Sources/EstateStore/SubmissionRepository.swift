import EstateDomain

/// Declarations a firm's own account sends (issue 17, item 1): waiting until an officer
/// accepts one (which records it as the firm's declaration, in the same transaction) or refuses
/// it with a reason. Only accepted figures are declarations; a waiting one counts in nothing.
public protocol SubmissionRepository: Sendable {
    /// Stores the figures as waiting, sent today by `actor`. An unknown firm is
    /// `StoreError.notFound`; a second submission waiting for the same firm and year is
    /// `StoreError.exists` (the database holds that rule).
    func submitDeclaration(_ declaration: Declaration, for nib: NIB, actor: String) async throws
        -> DeclarationSubmission

    /// Every submission, or one firm's, newest first.
    func declarationSubmissions(nib: NIB?) async throws -> [DeclarationSubmission]

    /// Accepts or refuses the waiting submission `id`, once: a submission already decided is
    /// `StoreError.refused`, an unknown one `StoreError.notFound`; accepting a year the firm has
    /// already declared is refused (a correction is made on the declaration itself).
    func decideDeclarationSubmission(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws
        -> DeclarationSubmission
}
