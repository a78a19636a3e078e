import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// Estates' georeferences in the embedded store.
extension SQLiteEstateStore: MapRepository {
    public func georeference() async throws -> Georeference? {
        try await read { db in try Self.rows(db, MapStatements.select(self.estateID)).first.map(MapStatements.georeference) }
    }

    public func setGeoreference(_ georeference: Georeference, actor: String) async throws {
        let today = clock.today()
        try await transaction { db in
            try Self.run(db, [
                MapStatements.upsert(georeference, estate: self.estateID, on: today, actor: actor),
                MapStatements.audit(georeference, estate: self.estateID, actor: actor),
            ])
        }
    }
}
