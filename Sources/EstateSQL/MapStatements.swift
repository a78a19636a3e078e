import EstateDomain
import EstateStore

/// The statements both engines run for estates' georeferences (issue 18, item 6).
package enum MapStatements {
    package static func select(_ estate: Int64) -> SQLStatement {
        SQLStatement(
            "SELECT longitude_e7, latitude_e7, rotation_millidegrees FROM estate_georeferences WHERE estate_id = ?", [.int(estate)])
    }

    package static func upsert(_ georeference: Georeference, estate: Int64, on day: CivilDate, actor: String) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO estate_georeferences (estate_id, longitude_e7, latitude_e7, rotation_millidegrees, set_on, set_by) \
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (estate_id) DO UPDATE SET longitude_e7 = excluded.longitude_e7, \
            latitude_e7 = excluded.latitude_e7, rotation_millidegrees = excluded.rotation_millidegrees, \
            set_on = excluded.set_on, set_by = excluded.set_by
            """,
            [
                .int(estate), .int(georeference.longitudeE7), .int(georeference.latitudeE7), .int(georeference.rotationMillidegrees),
                .date(day.iso), .text(actor),
            ],
            subject: .record(what: "georeference of estate", key: String(estate)))
    }

    package static func georeference(_ row: any SQLRowReader) throws -> Georeference {
        try Georeference(
            longitudeE7: try row.int(0) ?? 0, latitudeE7: try row.int(1) ?? 0, rotationMillidegrees: try row.int(2) ?? 0)
    }

    package static func audit(_ georeference: Georeference, estate: Int64, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "set georeference", subject: "the estate's site plan",
            after: WriteStatements.auditDocument([
                "longitude": georeference.longitudeText, "latitude": georeference.latitudeText,
                "rotation": georeference.rotationText,
            ]),
            estate: estate)
    }
}
