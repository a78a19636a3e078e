import EstateDomain
import Testing

@testable import EstateInterchange

/// Record exports quote what a spreadsheet would split (issue 17's security review): a comma, a
/// quote, a line break and a tab; plain text stays bare.
@Suite("record export quoting")
struct CSVExportQuotingTests {
    @Test(
        "each field as written",
        arguments: [
            ("CV Baja", "CV Baja"), ("CV Baja, Tbk", "\"CV Baja, Tbk\""), ("CV \"Baja\"", "\"CV \"\"Baja\"\"\""),
            ("Jl. Industri\n1", "\"Jl. Industri\n1\""), ("CV\tBaja", "\"CV\tBaja\""), ("", ""),
        ])
    func quoted(field: String, written: String) {
        #expect(CSVExport.quoted(field) == written)
    }
}
