import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// Estates' georeferences in PostgreSQL: one row per estate, replaced whole by an upsert.
extension PostgresEstateStore: MapRepository {
    public func georeference() async throws -> Georeference? {
        try await connection { connection in
            try await self.rows(connection, MapStatements.select(self.estateID)).first.map(MapStatements.georeference)
        }
    }

    public func setGeoreference(_ georeference: Georeference, actor: String) async throws {
        let today = clock.today()
        try await transaction { connection in
            try await self.executeAll(connection, [
                MapStatements.upsert(georeference, estate: self.estateID, on: today, actor: actor),
                MapStatements.audit(georeference, estate: self.estateID, actor: actor),
            ])
        }
    }
}
