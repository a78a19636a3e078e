import EstateDomain
import EstateSQL
import Foundation
import Testing

/// `invoices.lines` is written by hand (for the speed of a large run); it must be exactly what
/// `JSONEncoder` with sorted keys writes, and read back to the same lines.
@Suite("invoice lines as stored JSON")
struct InvoiceLinesJSONTests {
    static let cases: [[InvoiceLine]] = [
        [],
        [InvoiceLine(kind: .rent, days: 30, amount: Rupiah(7_500_000)),
         InvoiceLine(kind: .serviceCharge, days: 30, amount: Rupiah(1_500_000))],
        [InvoiceLine(kind: .deposit, days: nil, amount: Rupiah(27_000_000))],
        [InvoiceLine(kind: .rent, days: 1, amount: Rupiah(0)), InvoiceLine(kind: .rent, days: 31, amount: Rupiah(Int64.max))],
    ]

    @Test("the hand-written text equals JSONEncoder's and decodes to the same lines", arguments: cases)
    func sameAsEncoder(lines: [InvoiceLine]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let expected = String(decoding: try encoder.encode(lines), as: UTF8.self)
        #expect(InvoiceLinesJSON.encode(lines) == expected)
        #expect(try InvoiceLinesJSON.decode(InvoiceLinesJSON.encode(lines)) == lines)
    }
}
