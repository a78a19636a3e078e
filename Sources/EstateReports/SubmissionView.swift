import EstateDomain

/// A declaration submission as the CLI's JSON and the API show it: the firm, the year and its
/// figures (whole Rupiah), when it was sent, and where it stands (with the refusal's reason).
public struct SubmissionView: Encodable, Hashable, Sendable {
    public let id: Int64
    public let nib: String
    /// The firm's name as registered, when it is known.
    public let tenant: String?
    public let fiscalYear: Int
    public let turnover: Int64
    public let workers: Int
    public let localWorkers: Int
    public let investment: Int64
    public let submittedOn: String
    public let state: String
    public let decidedOn: String?
    public let reason: String?

    public init(_ submission: DeclarationSubmission, firm: Tenant? = nil) {
        id = submission.id
        nib = submission.nib.digits
        tenant = firm?.legalName
        let figures = submission.declaration
        fiscalYear = figures.fiscalYear
        turnover = figures.turnover.amount
        workers = figures.workers
        localWorkers = figures.localWorkers
        investment = figures.investment.amount
        submittedOn = submission.submittedOn.iso
        state = submission.state.name
        switch submission.state {
        case .submitted: (decidedOn, reason) = (nil, nil)
        case .accepted(let on): (decidedOn, reason) = (on.iso, nil)
        case .refused(let on, let why): (decidedOn, reason) = (on.iso, why)
        }
    }

    /// The state in words for a page or a table.
    public static func stateName(_ state: DeclarationSubmission.State, _ language: Language) -> String {
        switch (state, language) {
        case (.submitted, .indonesian): "menunggu pemeriksaan"
        case (.submitted, .english): "waiting for an officer"
        case (.accepted(let on), .indonesian): "diterima \(on.format(language))"
        case (.accepted(let on), .english): "accepted \(on.format(language))"
        case (.refused(let on, let reason), .indonesian): "ditolak \(on.format(language)): \(reason)"
        case (.refused(let on, let reason), .english): "refused \(on.format(language)): \(reason)"
        }
    }
}
