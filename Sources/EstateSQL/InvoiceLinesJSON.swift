import EstateDomain
import Foundation

/// An invoice's lines as stored in `invoices.lines`: a JSON array of `{kind, days, amount}`.
package enum InvoiceLinesJSON {
    /// The lines as `JSONEncoder` with sorted keys writes them (`[{"amount":…,"days":…,"kind":…}]`,
    /// `days` left out for a deposit), written directly: a run of 100,000 invoices made 100,000
    /// encoders, most of what the run spent beside the database. Every value is a number or a
    /// raw value of `InvoiceLine.Kind`, so nothing needs escaping.
    package static func encode(_ lines: [InvoiceLine]) -> String {
        "[" + lines.map { line in
            "{\"amount\":\(line.amount.amount)" + (line.days.map { ",\"days\":\($0)" } ?? "")
                + ",\"kind\":\"\(line.kind.rawValue)\"}"
        }.joined(separator: ",") + "]"
    }

    package static func decode(_ text: String) throws -> [InvoiceLine] {
        try JSONDecoder().decode([InvoiceLine].self, from: Data(text.utf8))
    }
}
