import EstateDomain
import EstateStore
import Foundation
import SwiftCSV

/// A CSV file read with SwiftCSV, with its columns resolved through English names and their
/// Indonesian aliases, and each row's line number kept for error messages.
struct CSVTable {
    let file: String
    let rows: [Row]

    /// One data row: its line in the file and a way to read each column by canonical name.
    struct Row {
        let file: String
        let line: Int
        fileprivate let cells: [String]
        fileprivate let position: [String: Int]

        /// The trimmed text of `column`, nil when empty or absent.
        func text(_ column: String) -> String? {
            guard let index = position[column], index < cells.count else { return nil }
            let value = cells[index].trimmedCell
            return value.isEmpty ? nil : value
        }

        /// The text of a required column, or an input error naming it.
        func required(_ column: String) throws -> String {
            guard let value = text(column) else {
                throw InputError(field: column, value: "", problem: "is empty", fix: "Fill in \(column) on this row.")
            }
            return value
        }

        /// `parse` applied to a required column.
        func required<T>(_ column: String, _ parse: (String, String) throws -> T) throws -> T {
            try parse(try required(column), column)
        }

        /// `parse` applied to an optional column.
        func optional<T>(_ column: String, _ parse: (String, String) throws -> T) throws -> T? {
            try text(column).map { try parse($0, column) }
        }
    }

    /// Parses `text` (a leading UTF-8 BOM is ignored; `,` `;` or tab separated) and maps its
    /// header onto `columns`: canonical name → accepted aliases. Fails when a required column
    /// is missing.
    init(file: String, text: String, columns: [String: [String]], required: [String]) throws {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if let line = Self.lineOfUnclosedQuote(body) {
            // SwiftCSV would read the rest of the file into one cell; a file cut off in the
            // middle of a quoted cell must not import as a shorter value.
            throw RowErrors(errors: [
                RowError(
                    file: file, line: line,
                    error: InputError(
                        field: "file", value: file, problem: "has a quote opened on line \(line) that never closes",
                        fix:
                            "The file may be cut off: export it again, or close the quote (write \"\" for a quote inside a cell)."
                    ))
            ])
        }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: body, delimiter: .guessed(string: body), loadColumns: false)
        } catch {
            throw RowErrors(errors: [
                RowError(
                    file: file, line: 1,
                    error: InputError(
                        field: "file", value: file, problem: "is not readable CSV",
                        fix: "Save the sheet as CSV (UTF-8) and check its quotes."))
            ])
        }
        var position: [String: Int] = [:]
        for (index, name) in csv.header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let canonical = columns.first(where: { $0.key == key || $0.value.contains(key) })?.key {
                position[canonical] = index
            }
        }
        let missing = required.filter { position[$0] == nil }
        guard missing.isEmpty else {
            throw RowErrors(
                errors: missing.map { column in
                    RowError(
                        file: file, line: 1,
                        error: InputError(
                            field: column, value: csv.header.joined(separator: ","),
                            problem: "is not a column of the header",
                            fix: "Add a column named \(([column] + (columns[column] ?? [])).joined(separator: " or "))."
                        )
                    )
                })
        }
        self.file = file
        // Physical line numbers: a quoted cell with line breaks spans several lines.
        var line = 2 + csv.header.reduce(0) { $0 + $1.lineBreaks }
        var rows: [Row] = []
        var misshapen: [RowError] = []
        let width = csv.header.count
        for cells in csv.rows {
            defer { line += 1 + cells.reduce(0) { $0 + $1.lineBreaks } }
            guard cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            if let error = Self.shapeError(cells: cells, width: width) {
                misshapen.append(RowError(file: file, line: line, error: error))
            }
            rows.append(Row(file: file, line: line, cells: cells, position: position))
        }
        guard misshapen.isEmpty else { throw RowErrors(errors: misshapen) }
        self.rows = rows
    }

    /// Why a row's cells do not line up with the header's `width` columns, or nil when they do.
    /// A short row is refused rather than read with its last columns empty: a file cut off
    /// after "A-15,9120127120104,2026-12-01," would otherwise import as an open-ended lease.
    /// Extra cells are allowed only when empty (spreadsheets often add trailing separators).
    static func shapeError(cells: [String], width: Int) -> InputError? {
        if cells.count < width {
            return InputError(
                field: "row", value: cells.joined(separator: ","),
                problem: "has \(cells.count) cells where the header has \(width)",
                fix: "The file may be cut off; export it again, or fill the row's missing cells (empty ones too).")
        }
        if cells.dropFirst(width).contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return InputError(
                field: "row", value: cells.joined(separator: ","),
                problem: "has \(cells.count) cells where the header has \(width)",
                fix: "A value holds the separator; put quotes around it, e.g. \"CV Baja, Mandiri\".")
        }
        return nil
    }

    /// The line on which a quoted cell opens without closing before the end of the text, or
    /// nil when every quote is matched (RFC 4180: a quote inside a cell is doubled, so doubled
    /// quotes toggle the state twice).
    static func lineOfUnclosedQuote(_ text: String) -> Int? {
        var line = 1
        var opened: Int?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                opened = opened == nil ? line : nil
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
        }
        return opened
    }

    /// `map(_:)` with each value marked with its file and line.
    func sourced<T: Sendable>(_ read: (Row) throws -> T) throws -> [Sourced<T>] {
        let lines = rows.map(\.line)
        return try zip(map(read), lines).map { Sourced($0, origin: "\(file) line \($1)") }
    }

    /// Runs `read` on every row, collecting every row's error instead of stopping at the first.
    func map<T>(_ read: (Row) throws -> T) throws -> [T] {
        var results: [T] = []
        var errors: [RowError] = []
        for row in rows {
            do {
                results.append(try read(row))
            } catch let error as InputError {
                errors.append(RowError(file: file, line: row.line, error: error))
            }
        }
        guard errors.isEmpty else { throw RowErrors(errors: errors) }
        return results
    }
}

extension String {
    /// The cell without surrounding spaces, tabs or line breaks; cheap when there are none.
    fileprivate var trimmedCell: String {
        guard let first = first, let last = last, first.isWhitespace || last.isWhitespace else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Line feeds inside the text (a CR LF pair is one Character but holds one line feed).
    fileprivate var lineBreaks: Int { unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }
}
