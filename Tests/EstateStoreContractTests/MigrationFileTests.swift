import EstateSQL
import EstateStore
import Testing

/// The migrations come from the files in `sql/`, bundled as resources; what databases in use
/// have recorded must still match them.
@Suite("Migration files")
struct MigrationFileTests {
    /// The SHA-256 of every file that has landed on main (1–4 as recorded by databases migrated
    /// before the files became resources): a landed file must never change.
    static let landed: [(BundledMigrations.Engine, Int, String)] = [
        (.postgres, 1, "74a165dcc9456a41f2733dccf3761ea160e09678d6da8f255388599718097825"),
        (.postgres, 2, "52590121df98b36d5c7d60ff74edd9921832dc3dccf52889fcc77a74e9567c6a"),
        (.postgres, 3, "5bd23c48a4657c1890e556de41948d07b1e0fd9a59e7a9a45449fd4e601ca79a"),
        (.postgres, 4, "95e806dc25ff6680e86414c8cc639a83254b068bc19e89d039bb9020f05db9d9"),
        (.postgres, 5, "c0d62b9c618b5fc710e6a300798d6cddcb92f4b7b49476480c9a2f05c9bb160c"),
        (.postgres, 6, "3e1e66971ad1a775910d02ac13a199f0ee1ebf9c97ece06dccb6552eb7b46d9b"),
        (.postgres, 7, "e68097486a5ed4d50ff0798a7842008beb6dd43499fa8b52bd42ec350de36ebd"),
        (.postgres, 8, "e7f5de9a603e7551c764550608561dfaa18f9d7c4627cb02ccb0713e208953c1"),
        (.postgres, 9, "a005e89e9b19c680826ea22f5feffebb60d42088a43efda8e29648ae745c5406"),
        (.postgres, 10, "cb02f6daafd223a1b1d3d66900477e6e57634d0273992889bde4b1a5ea92fbd5"),
        (.sqlite, 1, "e86493ea484161da959b3db2ae012ebff70d37ea63e2dea92f5062531a31ad46"),
        (.sqlite, 2, "940dd4e38181587f6a77759e2179d1dabb81e35f5fc3cac198a5da197f004eb0"),
        (.sqlite, 3, "7290c9988168767422dfd275d27d033f8cbf3e5140e80f88a6597fc4cd8ed6ec"),
        (.sqlite, 4, "3059530f8e3cc6c6bb064d558abb0a752ae5774c06105cc6f1a8c5727c55ad4a"),
        (.sqlite, 5, "655c890c5e06d121fb77cd6250f765907577e4ff268f74869b0af319e71ec3b2"),
        (.sqlite, 6, "e6c9eff6728197a6cacb70c2e8210a1dcf5d89fbeea14899f2d5c30646fc7efa"),
        (.sqlite, 7, "e68097486a5ed4d50ff0798a7842008beb6dd43499fa8b52bd42ec350de36ebd"),
        (.sqlite, 8, "779f741b032bd32692d82d279ebcd43474f6ec720d6c447245402cb506239afa"),
        (.sqlite, 9, "bf82e75567494ed6372c88120c4805ed4729165314018188f356ae02f0fd107b"),
        (.sqlite, 10, "a717b7c287abafc063e1e28b4afe2d3a63d520163062898047fd8b63cb6cc41f"),
    ]

    @Test("landed migration files keep the checksum databases recorded", arguments: landed)
    func landedChecksums(engine: BundledMigrations.Engine, version: Int, checksum: String) throws {
        let file = try #require(try BundledMigrations.files(engine).first { $0.version == version })
        #expect(file.checksum == checksum)
    }

    @Test("each engine has the same numbered files, in order, from 1 without a gap")
    func numbering() throws {
        let postgres = try BundledMigrations.files(.postgres)
        let sqlite = try BundledMigrations.files(.sqlite)
        #expect(postgres.map(\.version) == Array(1...postgres.count))
        #expect(sqlite.map(\.version) == Array(1...sqlite.count))
        #expect(postgres.count == sqlite.count)
        #expect(postgres.allSatisfy { !$0.sql.isEmpty })
    }
}
