import EstateDomain
import Foundation

/// One table of a report as CSV for a spreadsheet: plain numbers (no grouping, units in the
/// header), ISO dates, RFC 4180 quoting, formulas neutralised. Indonesian-locale spreadsheets
/// expect `;` between fields and a decimal comma; Excel needs a byte-order mark to read UTF-8.
public enum ReportCSVRenderer {
    public struct Options: Sendable {
        public var separator: Character
        public var byteOrderMark: Bool

        public init(separator: Character = ",", byteOrderMark: Bool = false) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }

        /// A decimal comma goes with the `;` separator, as Indonesian spreadsheets expect.
        var decimalMark: Character { separator == ";" ? "," : "." }
    }

    /// The table `key` of the report (default: its first), or an input error listing its tables.
    public static func section(_ doc: ReportDocument, key: String?) throws -> ReportSection {
        guard let section = key.map({ key in doc.sections.first { $0.key == key } }) ?? doc.sections.first else {
            throw InputError(
                field: "--section", value: key ?? "", problem: "is not a table of the \(doc.kind.rawValue) report",
                fix: "Use one of: \(doc.sections.map(\.key).joined(separator: ", ")).")
        }
        return section
    }

    /// The section `key` (default: the report's first table).
    public static func render(_ doc: ReportDocument, section key: String? = nil, options: Options = Options()) throws
        -> String
    {
        let section = try section(doc, key: key)
        let header = section.columns.indices.map { column in
            let title = section.columns[column].title
            let unit = unit(of: section.rows.map { $0[column] }, doc.language)
            return title.contains(unit.trimmingCharacters(in: CharacterSet(charactersIn: " ()"))) ? title : title + unit
        }
        let lines = [header] + section.rows.map { $0.map { cell($0, options) } }
        let text =
            lines.map { $0.map { quoted($0, options.separator) }.joined(separator: String(options.separator)) }
            .joined(separator: "\r\n") + "\r\n"
        return (options.byteOrderMark ? "\u{FEFF}" : "") + text
    }

    /// `=`, `+`, `-`, `@` (and tab or return) at the start of text would run as a formula in a
    /// spreadsheet; a leading apostrophe keeps it text (OWASP's advice on CSV injection).
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private static func cell(_ value: ReportValue, _ options: Options) -> String {
        let mark = options.decimalMark
        switch value {
        case .text(let text): return neutralised(text)
        case .count(let count), .year(let count): return String(count)
        case .area(let area): return area.squareMetresText.replacingDecimalPoint(with: mark)
        case .rupiah(let amount): return String(amount.amount)
        case .percent(let ratio):
            guard let permille = ratio.permille else { return "" }
            return "\(permille / 10)\(mark)\(permille % 10)"
        case .date(let date): return date.iso
        case .empty: return ""
        }
    }

    private static func unit(of cells: [ReportValue], _ language: Language) -> String {
        switch cells.first(where: { $0 != .empty }) {
        case .area: " (m²)"
        case .rupiah: " (Rp)"
        case .percent: " (%)"
        default: ""
        }
    }

    /// RFC 4180 quoting: a field with the separator, a quote, a line break or a tab is quoted (a
    /// tab left bare splits the cell when a spreadsheet pastes the row).
    static func quoted(_ field: String, _ separator: Character = ",") -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline || $0 == "\t" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingDecimalPoint(with mark: Character) -> String {
        mark == "." ? self : replacing(".", with: String(mark))
    }
}
