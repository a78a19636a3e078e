import EstateStore
import Foundation

/// The estates a store holds, with their counts, in the dialect both engines read.
package enum EstateListingQuery {
    /// Adds an estate under the next id, in the dialect both engines read: the store's default
    /// when it is its first (as a fresh store's first write makes it), else not.
    package static func add(_ estate: NewEstate) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO estates (id, code, name, address, regency, rule_book, is_default)
            VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM estates), ?, ?, ?, ?, ?, NOT EXISTS (SELECT 1 FROM estates))
            """,
            [
                .text(estate.code), .text(estate.name), .optionalText(estate.address), .optionalText(estate.regency),
                .optionalText(estate.ruleBook),
            ],
            subject: .record(what: "estate", key: estate.code))
    }

    /// A row when an estate has `code`.
    package static func exists(_ code: String) -> SQLStatement {
        SQLStatement("SELECT id FROM estates WHERE code = ?", [.text(code)])
    }

    /// The refusal of a second estate with `code`.
    package static func refusal(_ code: String) -> StoreError {
        .refused(
            "an estate with code \(code) is already in the store (`estate estates show \(code)`); "
                + "choose another code, or give that estate its phases and records with `--estate \(code)`")
    }

    /// The refusal of an estate whose rule book holds no stored version, from the stored rule-set
    /// documents (`StoreQueries.ruleSets`), or nil when the choice holds: the main book always
    /// does (a fresh store gets its versions with its first write). Checked in the transaction
    /// that adds the estate, and rule sets are never removed, so the choice keeps holding.
    package static func bookRefusal(_ estate: NewEstate, documents: [String]) throws -> StoreError? {
        guard let book = estate.ruleBook else { return nil }
        let library = try documents.map(RuleSetDocument.decode)
        guard !library.contains(where: { $0.book == book }) else { return nil }
        let books = Set(library.compactMap(\.book)).sorted()
        return .refused(
            "the store holds no version of rule book \(book) for estate \(estate.code) ("
                + (books.isEmpty ? "it holds only the main book" : "its books: the main one, \(books.joined(separator: ", "))")
                + "); choose one of those with --rules, leave --rules out for the main book, or load that book first")
    }

    /// The audit entry of an added estate.
    package static func audit(of estate: NewEstate, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "add estate", subject: "estate \(estate.code)",
            after: "{\"code\":\(json(estate.code)),\"name\":\(json(estate.name)),\"rule_book\":"
                + (estate.ruleBook.map(json) ?? "null") + "}", record: AuditKeys.estate(estate.code))
    }

    private static func json(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    package static let statement = SQLStatement(
        """
        SELECT e.code, e.name, e.address, e.regency,
            CAST(CASE WHEN e.is_default THEN 1 ELSE 0 END AS BIGINT),
            (SELECT count(*) FROM phases p WHERE p.estate_id = e.id),
            (SELECT count(*) FROM plots p WHERE p.estate_id = e.id),
            (SELECT count(*) FROM leases l JOIN plots p ON p.id = l.plot_id WHERE p.estate_id = e.id),
            (SELECT count(*) FROM applications a WHERE a.estate_id = e.id),
            CAST(e.id AS BIGINT), e.rule_book
        FROM estates e
        """)

    /// The rows of `statement` as listings, the default first, then by code in byte order (the
    /// same on both engines, whatever the database's collation).
    package static func listings(_ rows: [any SQLRowReader]) throws -> [EstateListing] {
        try rows.map(listing).sorted { ($0.isDefault ? 0 : 1, $0.code) < ($1.isDefault ? 0 : 1, $1.code) }
    }

    /// One row of `statement`; a row the schema's checks should have made impossible is said as
    /// `StoreError.inconsistent`, never a crash.
    package static func listing(_ row: any SQLRowReader) throws -> EstateListing {
        guard let code = try row.text(0), let name = try row.text(1) else {
            throw StoreError.inconsistent(["an estate without a code or a name"])
        }
        func count(_ column: Int) throws -> Int { Int(try row.int(column) ?? 0) }
        return EstateListing(
            id: try row.int(9) ?? 0, code: code, name: name, address: try row.text(2), regency: try row.text(3),
            ruleBook: try row.text(10), isDefault: try row.int(4) == 1, phases: try count(5), plots: try count(6), leases: try count(7),
            applications: try count(8))
    }
}
