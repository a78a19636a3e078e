import EstateDomain
import Foundation

/// An invoice's lines as stored in `invoices.lines`: a JSON array of `{kind, days, amount}`.
package enum InvoiceLinesJSON {
    package static func encode(_ lines: [InvoiceLine]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(lines)) ?? Data("[]".utf8), as: UTF8.self)
    }

    package static func decode(_ text: String) throws -> [InvoiceLine] {
        try JSONDecoder().decode([InvoiceLine].self, from: Data(text.utf8))
    }
}
