import EstateDomain

/// One application on a date, whatever its state: what `estate applications list` and
/// `GET /api/v1/applications` show, so that history stays readable after an application closes.
public struct ApplicationView: Encodable, Sendable {
    public let nib: String
    public let name: String
    public let minAreaM2: String
    public let maxAreaM2: String
    public let phase: Int?
    public let submittedOn: CivilDate
    public let reconfirmedOn: CivilDate?
    /// active, housed, withdrawn, lapsed or refused, on the date asked about.
    public let state: ApplicationState
    /// The day it closed or lapsed, nil while active.
    public let closedOn: CivilDate?
    /// The plot it was housed on, the firm's reason, or the rules that refused it.
    public let detail: String?
    /// The day it lapses if not reconfirmed, when it is active and the rule set names a grace period.
    public let lapsesOn: CivilDate?

    /// Every application submitted by `date`, in the waitlist's order, in the states `states`
    /// (every state when empty).
    public static func list(of estate: Estate, asOf date: CivilDate, states: Set<ApplicationState> = []) -> [ApplicationView] {
        let parameters = try? estate.ruleBook.ruleSet(asOf: date).parameters
        return estate.applications(asOf: date).compactMap { application in
            let state = application.state(asOf: date, under: parameters)
            guard states.isEmpty || states.contains(state) else { return nil }
            let closing = application.closing.flatMap { $0.on <= date ? $0 : nil }
            let lapses = application.lapsesOn(asOf: date, under: parameters)
            return ApplicationView(
                nib: application.nib.digits, name: estate.tenant(application.nib)?.legalName ?? application.nib.digits,
                minAreaM2: application.minArea.squareMetresText, maxAreaM2: application.maxArea.squareMetresText,
                phase: application.phase, submittedOn: application.submittedOn,
                reconfirmedOn: application.reconfirmedOn.flatMap { $0 <= date ? $0 : nil }, state: state,
                closedOn: closing?.on ?? (state == .lapsed ? lapses : nil), detail: closing?.detail,
                lapsesOn: state == .active ? lapses : nil)
        }
    }

    /// The state's name in the reader's language.
    public static func name(_ state: ApplicationState, language: Language) -> String {
        guard language == .indonesian else { return state.rawValue }
        switch state {
        case .active: return "aktif"
        case .housed: return "mendapat kavling"
        case .withdrawn: return "ditarik"
        case .lapsed: return "gugur"
        case .refused: return "ditolak"
        }
    }

    public static func table(_ views: [ApplicationView], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Tidak ada permohonan." : "No application." }
        var table = TextTable(
            header: id
                ? ["NIB", "perusahaan", "luas (m²)", "tahap", "diajukan", "keadaan", "sejak", "keterangan"]
                : ["NIB", "firm", "area (m²)", "phase", "submitted", "state", "since", "detail"])
        for view in views {
            table.add([
                view.nib, view.name, "\(view.minAreaM2)–\(view.maxAreaM2)",
                view.phase.map(String.init) ?? (id ? "mana saja" : "any"), view.submittedOn.format(language),
                name(view.state, language: language), view.closedOn?.format(language) ?? "",
                view.detail ?? view.lapsesOn.map { (id ? "gugur pada " : "lapses on ") + $0.format(language) } ?? "",
            ])
        }
        return table.rendered
    }

    enum CodingKeys: String, CodingKey {
        case nib, name, phase, state, detail
        case minAreaM2 = "min_area_m2", maxAreaM2 = "max_area_m2", submittedOn = "submitted_on"
        case reconfirmedOn = "reconfirmed_on", closedOn = "closed_on", lapsesOn = "lapses_on"
    }

    /// Every key always (`null` where there is no value), so that each entry has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nib, forKey: .nib)
        try c.encode(name, forKey: .name)
        try c.encode(minAreaM2, forKey: .minAreaM2)
        try c.encode(maxAreaM2, forKey: .maxAreaM2)
        try c.encode(phase, forKey: .phase)
        try c.encode(submittedOn, forKey: .submittedOn)
        try c.encode(reconfirmedOn, forKey: .reconfirmedOn)
        try c.encode(state, forKey: .state)
        try c.encode(closedOn, forKey: .closedOn)
        try c.encode(detail, forKey: .detail)
        try c.encode(lapsesOn, forKey: .lapsesOn)
    }
}
