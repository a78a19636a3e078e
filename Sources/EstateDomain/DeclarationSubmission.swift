/// Where something a firm's account sends stands (a declaration, a document): waiting for an
/// officer, accepted, or refused with a reason the firm reads.
public enum ReviewState: Hashable, Sendable {
    /// Waiting for an officer; counts in nothing.
    case submitted
    /// Accepted on that day.
    case accepted(on: CivilDate)
    /// Not accepted; the reason is the firm's to read.
    case refused(on: CivilDate, reason: String)

    /// `submitted`, `accepted` or `refused`, as the API and the database write it.
    public var name: String {
        switch self {
        case .submitted: "submitted"
        case .accepted: "accepted"
        case .refused: "refused"
        }
    }
}

/// A yearly declaration as a firm's own account sends it (issue 17, item 1). It counts in no
/// verdict while it waits: an officer accepts it, which records its figures as the firm's
/// declaration for the year, or refuses it with a reason the firm reads.
public struct DeclarationSubmission: Hashable, Sendable {
    /// Where a submission stands.
    public typealias State = ReviewState

    /// The store's number for it (what an officer names to accept or refuse it).
    public let id: Int64
    public let nib: NIB
    /// The figures as sent, filed on the day they were sent (its `declaredOn`).
    public let declaration: Declaration
    public let state: State
    /// Who sent it and who decided it (the audit's actor names).
    public let submittedBy: String
    public let decidedBy: String?

    public init(
        id: Int64, nib: NIB, declaration: Declaration, state: State, submittedBy: String, decidedBy: String? = nil
    ) {
        self.id = id
        self.nib = nib
        self.declaration = declaration
        self.state = state
        self.submittedBy = submittedBy
        self.decidedBy = decidedBy
    }

    /// The day it was sent.
    public var submittedOn: CivilDate { declaration.effectiveFrom }
}

/// What an officer decides on a submission.
public enum SubmissionDecision: Hashable, Sendable {
    case accept
    /// Refused, with the reason the firm reads (checked as free text, 1 to 500 characters).
    case refuse(reason: String)

    /// A refusal's reason as people type it, checked: the firm reads it, and exports carry it.
    public static func refusal(_ reason: String) throws -> SubmissionDecision {
        .refuse(
            reason: try FreeText.checked(
                reason, field: "reason", limit: 500, example: "omzet tidak sesuai laporan keuangan 2025"))
    }
}
