import SwiftCSV

enum EnumeratedCSVProbe {
    static func rows(_ text: String) throws -> Int {
        try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false).rows.count
    }
}
