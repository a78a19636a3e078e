import EstateDomain
import EstateStore
import EstateStores
import Foundation
import GRDB
import PostgresNIO
import Testing

/// An estate's code is held by the database on both engines exactly as the domain checks it
/// (`EstateCode.normalise`): 1 to 16 upper-case ASCII letters, digits and dashes, not starting with
/// a dash, never missing; and a store has at most one default estate.
@Suite("Estate codes, as the databases hold them")
struct EstateCodeTests {
    /// A code written straight into the database, and whether it may be stored.
    static let rows: [(String?, Bool)] = [
        ("A-1", true),
        ("KAWASAN-9", true),
        ("ABCDEFGHIJKLMNOP", true),  // 16 characters, the longest
        ("ABCDEFGHIJKLMNOPQ", false),  // 17
        ("kawasan-2", false),  // the domain upper-cases it first
        ("-A", false),
        ("", false),
        ("KÄWASAN", false),
        ("A 1", false),
        (nil, false),
    ]

    /// Inserts a second estate with `code` (nil: none) straight into a fresh, seeded store of
    /// `kind`; the error it raised, or nil.
    static func insert(code: String?, isDefault: Bool = false, kind: StoreKind) async throws -> (any Error)? {
        let literal = code.map { "'\($0)'" } ?? "NULL"
        let flag = isDefault ? "TRUE" : "FALSE"
        let sql = "INSERT INTO estates (id, name, code, is_default) VALUES (2, 'Sentra Uji', \(literal), \(flag))"
        switch kind {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID()).sqlite").path
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let opened = try await StoreLocation("sqlite:" + path).open(migrate: true)
            _ = try await opened.store.write(EstateBatch(estate: seedEstate), actor: "test")
            await opened.close()
            let raw = try DatabaseQueue(path: path)
            defer { try? raw.close() }
            do {
                try await raw.write { try $0.execute(sql: sql) }
                return nil
            } catch {
                return error
            }
        case .postgres:
            let settings = try await PostgresTestDatabases.shared.fresh()
            let opened = try await StoreLocation(settings.url).open(migrate: true)
            _ = try await opened.store.write(EstateBatch(estate: seedEstate), actor: "test")
            await opened.close()
            do {
                try await PostgresTestDatabases.execute(settings, sql)
                return nil
            } catch {
                return error
            }
        }
    }

    /// Whether `error` is the database refusing the code itself (not a busy file or a lost
    /// connection).
    static func refusesCode(_ error: any Error) -> Bool {
        if let sqlite = error as? DatabaseError { return sqlite.message?.contains("estates_code_check") == true }
        if let postgres = error as? PSQLError {
            return postgres.serverInfo?[.constraintName] == "estates_code_check"
                || postgres.serverInfo?[.sqlState] == "23502"  // NOT NULL
        }
        return false
    }

    @Test("a code is stored only when the domain would accept it as it is", arguments: StoreKind.allCases, rows)
    func code(kind: StoreKind, row: (String?, Bool)) async throws {
        let (code, accepted) = row
        let error = try await Self.insert(code: code, kind: kind)
        if accepted {
            #expect(error == nil, "\(code ?? "NULL") was refused: \(String(describing: error))")
            #expect(try EstateCode.normalise(code ?? "") == code)
        } else {
            let refusal = try #require(error, "\(code ?? "NULL") was stored")
            #expect(Self.refusesCode(refusal), "\(code ?? "NULL"): \(String(reflecting: refusal))")
            // What the database refuses, the domain refuses too, or (lower case) never stores.
            if let code, let normalised = try? EstateCode.normalise(code) { #expect(normalised != code) }
        }
    }

    @Test("a second default estate is refused", arguments: StoreKind.allCases)
    func oneDefault(kind: StoreKind) async throws {
        let error = try #require(try await Self.insert(code: "KAWASAN-2", isDefault: true, kind: kind))
        let named =
            (error as? DatabaseError)?.message?.contains("estates.is_default") == true
            || (error as? PSQLError)?.serverInfo?[.constraintName] == "estates_one_default"
        #expect(named, "\(String(reflecting: error))")
        #expect(try await Self.insert(code: "KAWASAN-2", isDefault: false, kind: kind) == nil)
    }
}
