import EstateDomain

/// Where the scoped estate's site plan lies (issue 18, item 6), kept apart from the plan itself:
/// the GeoJSON export reads it, an officer sets or replaces it, each change audited.
public protocol MapRepository: Sendable {
    /// The scoped estate's georeference, nil when none is set.
    func georeference() async throws -> Georeference?

    /// Sets or replaces the scoped estate's georeference.
    func setGeoreference(_ georeference: Georeference, actor: String) async throws
}
