import EstateDomain
import EstateReports
import EstateStore

/// The estate on a map (issue 18, item 6), once for the CLI and the API: its georeference set by
/// an officer, and its plots as GeoJSON on a day.
extension EstateOperations {
    /// Sets or replaces where the estate's site plan lies. Refuses
    /// (`OperationError.noEstateYet`) a store that holds no estate.
    public func setGeoreference(_ georeference: Georeference, actor: String) async throws {
        _ = try await stored()
        try await store.setGeoreference(georeference, actor: actor)
    }

    /// The estate's georeference, nil when none is set.
    public func georeference() async throws -> Georeference? { try await store.georeference() }

    /// The estate's plots on `date` as GeoJSON; an estate without a georeference is refused with
    /// the command that sets one.
    public func plotsGeoJSON(asOf date: CivilDate) async throws -> PlotsGeoJSON {
        let estate = try await stored().estate
        guard let georeference = try await store.georeference() else {
            throw StoreError.refused(
                "\(estate.name) has no georeference yet, so its plots cannot be placed on a map; set it with "
                    + "`estate estates georeference --estate CODE --longitude 107.1534 --latitude -6.3066 [--rotation 0]` "
                    + "for this estate",
                indonesian: "\(estate.name) belum memiliki georeferensi, sehingga kavlingnya belum dapat dipetakan; isi dengan "
                    + "`estate estates georeference --estate KODE --longitude 107.1534 --latitude -6.3066 [--rotation 0]`")
        }
        return PlotsGeoJSON(estate, georeference: georeference, asOf: date)
    }
}
