import EstateDomain

/// One waitlist entry on a date: active, or why an allocation would hold it back.
public struct WaitlistView: Encodable, Sendable {
    public let rank: Int
    public let nib: String
    public let name: String
    public let minAreaM2: String
    public let maxAreaM2: String
    public let phase: Int?
    public let submittedOn: CivilDate
    public let lastConfirmed: CivilDate
    public let active: Bool
    public let stale: Bool
    public let reason: String?

    /// The waitlist in order on `date`, each entry screened as an allocation would screen it.
    public static func entries(of estate: Estate, asOf date: CivilDate, language: Language) throws -> [WaitlistView] {
        let (applicants, refusals) = try Allocator(estate: estate).screen(asOf: date)
        return estate.waitlist(asOf: date).enumerated().map { index, application in
            let rank = index + 1
            let refusal = refusals.first { $0.rank == rank }
            return WaitlistView(
                rank: rank, nib: application.nib.digits,
                name: estate.tenant(application.nib)?.legalName ?? application.nib.digits,
                minAreaM2: application.minArea.squareMetresText, maxAreaM2: application.maxArea.squareMetresText,
                phase: application.phase, submittedOn: application.submittedOn,
                lastConfirmed: application.lastConfirmed(asOf: date),
                active: applicants.contains { $0.rank == rank }, stale: refusal?.reason.isStale ?? false,
                reason: refusal.map { ReasonText.refusal($0.reason, language: language) })
        }
    }

    public static func table(_ views: [WaitlistView], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Tidak ada permohonan." : "No application." }
        var table = TextTable(
            header: id
                ? ["#", "NIB", "perusahaan", "luas (m²)", "tahap", "diajukan", "konfirmasi", "keadaan"]
                : ["#", "NIB", "firm", "area (m²)", "phase", "submitted", "confirmed", "state"])
        table.rightAligned = [0]
        for view in views {
            table.add([
                "\(view.rank)", view.nib, view.name, "\(view.minAreaM2)–\(view.maxAreaM2)",
                view.phase.map(String.init) ?? (id ? "mana saja" : "any"),
                view.submittedOn.format(language), view.lastConfirmed.format(language),
                view.active ? (id ? "aktif" : "active") : (view.reason ?? ""),
            ])
        }
        return table.rendered
    }
}
