import EstateDomain
import Foundation
import Testing

@testable import EstateReports

/// What each format promises: CSV for spreadsheets, JSON for scripts, Markdown and HTML for
/// people.
@Suite("Report formats")
struct ReportFormatTests {
    @Test("CSV: header with units, plain numbers, CRLF lines, optional BOM")
    func csvPlain() throws {
        // act
        let text = try ReportOutput.render(.vacancy, context: try context(), format: .csv)
        let bom = try ReportOutput.render(
            .vacancy, context: try context(), format: .csv, csv: .init(byteOrderMark: true))
        // check
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "plot,phase,area (m²),vacant since,next lease,fitting applications,first in line")
        #expect(lines[1].hasPrefix("A-04,1,150,2025-09-30,"))
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(bom.unicodeScalars.first == "\u{FEFF}")
        #expect(String(bom.unicodeScalars.dropFirst()) == text)
    }

    @Test("CSV with ; uses a decimal comma, as Indonesian-locale spreadsheets expect")
    func csvSemicolon() throws {
        // act
        let text = try ReportOutput.render(
            .occupancy, context: try context(.indonesian), format: .csv, csv: .init(separator: ";"))
        // check
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("tahap;keadaan;luas kotor (m²);"))
        #expect(lines[0].contains(";% luas;") && !lines[0].contains("(%) (%)") && !lines[0].contains("% luas (%)"))
        #expect(lines[1].hasPrefix("Tahap 1;dibuka;8000;5600;5412,5;4462,5;82,4;"))
    }

    @Test("CSV picks a section by key and refuses an unknown one naming the choices")
    func csvSection() throws {
        let c = try context()
        let sectors = try ReportOutput.render(.occupancy, context: c, format: .csv, section: "sectors")
        #expect(sectors.hasPrefix("KBLI division,tenants\r\n25,"))
        let error = #expect(throws: InputError.self) {
            try ReportOutput.render(.occupancy, context: c, format: .csv, section: "nope")
        }
        #expect(error?.description.contains("phases, sectors, size_classes") == true)
    }

    @Test(
        "CSV neutralises text a spreadsheet would run as a formula",
        arguments: [
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
            ("CV Baja", "CV Baja"), ("", ""),
        ])
    func formulaInjection(text: String, written: String) {
        #expect(ReportCSVRenderer.neutralised(text) == written)
    }

    @Test("CSV quotes fields holding the separator, quotes or line breaks")
    func csvQuoting() throws {
        var doc = try document(.partnerships)
        doc.sections = [
            ReportSection(
                key: "t", heading: "t", columns: [ReportColumn("a", "a"), ReportColumn("b", "b")],
                rows: [[.text("PT \"Baja\", Tbk"), .text("line\nbreak")]], emptyText: "")
        ]
        let text = try ReportCSVRenderer.render(doc)
        #expect(text == "a,b\r\n\"PT \"\"Baja\"\", Tbk\",\"line\nbreak\"\r\n")
    }

    @Test("occupancy JSON keeps the documented contract keys")
    func occupancyContract() throws {
        // act
        let text = try ReportOutput.render(.occupancy, context: try context(), format: .json)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // check
        #expect(json["as_of"] as? String == "2026-11-22")
        #expect(json["store"] as? String == "sqlite:estate.sqlite")
        let total = try #require(json["total"] as? [String: Any])
        let phases = try #require(json["phases"] as? [[String: Any]])
        for figures in [total] + phases {
            for key in ["leasable_m2", "leased_m2", "gross_m2", "plots", "plots_leased"] {
                #expect(figures[key] != nil, "missing \(key)")
            }
        }
        #expect((total["leased_m2"] as? NSNumber)?.doubleValue == 4462.5)
        #expect((total["plots_leased"] as? Int) == 18)
    }

    @Test("other reports' JSON: provenance and each table as objects keyed by stable column keys")
    func genericJSON() throws {
        // act
        let text = try ReportOutput.render(.vacancy, context: try context(.indonesian), format: .json)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // check
        #expect(json["report"] as? String == "vacancy")
        #expect(json["rule_set_version"] as? String == "2021.1")
        let plots = try #require((json["sections"] as? [String: Any])?["plots"] as? [[String: Any]])
        #expect(plots.first?["plot"] as? String == "A-04")
        #expect((plots.first?["area_m2"] as? NSNumber)?.intValue == 150)
        #expect(plots.first?["vacant_since"] as? String == "2025-09-30")
    }

    @Test("Markdown escapes table syntax in names")
    func markdownEscapes() {
        #expect(ReportMarkdownRenderer.escaped("PT A|B *Baja*") == "PT A\\|B \\*Baja\\*")
    }

    @Test("HTML is one printable page: A4 styles, no script or external file, one shape per outlined plot")
    func html() throws {
        // act
        let text = try ReportOutput.render(.occupancy, context: try context(.indonesian), format: .html)
        // check
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("<html lang=\"id\">"))
        #expect(text.contains("@page { size: A4"))
        #expect(!text.contains("<script"))
        #expect(!text.contains("src=") && !text.contains("href="))
        let outlined = seedEstate.plots.filter { $0.outline != nil }
        #expect(text.components(separatedBy: "<polygon class=\"plot\"").count - 1 == outlined.count)
        let leased = outlined.filter { seedEstate.status(of: $0, on: referenceDate) == .leased }
        #expect(text.components(separatedBy: "data-status=\"leased\"").count - 1 == leased.count)
        #expect(text.components(separatedBy: "<svg").count - 1 == 5)
    }

    @Test("HTML escapes names so that a hostile name stays text")
    func htmlEscapes() throws {
        var doc = try document(.partnerships)
        doc.summary = ["<script>alert('x')</script> & \"quoted\""]
        let text = ReportHTMLRenderer.render(doc)
        #expect(!text.contains("<script>alert"))
        #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
    }

    @Test("numbers, money and dates are written the way each language reads them")
    func localisedValues() {
        #expect(ReportValue.rupiah(Rupiah(50_000_000_000)).display(.indonesian) == "Rp50.000.000.000")
        #expect(ReportValue.rupiah(Rupiah(50_000_000_000)).display(.english) == "IDR 50,000,000,000")
        #expect(ReportValue.date(referenceDate).display(.indonesian) == "22/11/2026")
        #expect(ReportValue.date(referenceDate).display(.english) == "2026-11-22")
        #expect(ReportValue.count(12345).display(.indonesian) == "12.345")
        #expect(ReportValue.year(2025).display(.indonesian) == "2025")
        #expect(ReportValue.area(Area(squareCentimetres: 55_625_000)).display(.indonesian) == "5.562,5 m²")
        #expect(ReportValue.percent(Ratio(1, 3)).display(.indonesian) == "33,3%")
    }
}
