/// A plot (kavling) that can be leased to one tenant at a time.
public struct Plot: Hashable, Sendable, Identifiable {
    /// The plot's code, e.g. `A-01`: upper-case letters, digits and dashes.
    public let code: String
    public let phase: Int
    /// The declared, exact area.
    public let area: Area
    /// The outline on the site plan, if drawn; then it must match `area` within 0.5%.
    public let outline: PlanPolygon?
    /// The day the association took the plot off the market (e.g. for a shared workshop).
    public let withdrawnOn: CivilDate?

    public var id: String { code }

    public init(code: String, phase: Int, area: Area, outline: PlanPolygon? = nil, withdrawnOn: CivilDate? = nil)
        throws
    {
        self.code = try Plot.normalise(code: code)
        guard (1...9999).contains(phase) else {
            throw InputError(
                field: "phase", value: String(phase), problem: "is not a phase number",
                fix: "Give the phase's number, e.g. 1 for the built phase or 2 for the expansion.",
                masalah: "bukan nomor tahap",
                perbaikan: "Isikan nomor tahap, misalnya 1 untuk tahap yang sudah terbangun atau 2 untuk perluasan.")
        }
        self.phase = phase
        self.area = area
        self.outline = outline
        self.withdrawnOn = withdrawnOn
    }

    /// Upper-cases and checks a plot code.
    public static func normalise(code: String, field: String = "code") throws -> String {
        guard let upper = RecordCode.normalised(code) else {
            throw InputError(
                field: field, value: code, problem: "is not a plot code",
                fix: "Use letters, digits and dashes, up to 16 characters, e.g. A-01.",
                masalah: "bukan kode kavling",
                perbaikan: "Gunakan huruf, angka, dan tanda hubung, paling banyak 16 karakter, misalnya A-01.")
        }
        return upper
    }

    /// Whether the outline's area is within 0.5% of the declared area (true with no outline).
    public var outlineMatchesArea: Bool {
        guard let outline else { return true }
        let difference = (outline.area - area).squareCentimetres.magnitude
        return difference * 1000 <= area.squareCentimetres.magnitude * 5
    }
}

/// What a plot is on a given date, derived from its phase, its withdrawal and the leases in
/// force, never stored.
public enum PlotStatus: String, Sendable, CaseIterable, Codable {
    /// Its phase is not open yet.
    case planned
    case vacant
    case leased
    /// Taken off the market by the association.
    case withdrawn
}
